using Modular.Sdk.Blocks;

namespace Modular.Tests.Sdk;

public sealed class CsvFieldsTests
{
    [Theory]
    [InlineData("王芳", "王芳")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]  // would run as a formula
    [InlineData("+86 139", "'+86 139")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("-1+2", "'-1+2")]
    public void Text_fields_are_quoted_and_formulas_neutralised(string field, string written) =>
        Assert.Equal(written, CsvFields.Write(field));

    [Fact]
    public void Numbers_keep_their_minus_sign_and_reading_undoes_the_apostrophe()
    {
        Assert.Equal("-3.5", CsvFields.Write("-3.5", isText: false));
        Assert.Equal("=1+1", CsvFields.Read(CsvFields.Write("=1+1").Trim('"')));
        Assert.Equal("'quoted on purpose", CsvFields.Read("'quoted on purpose"));
    }
}
