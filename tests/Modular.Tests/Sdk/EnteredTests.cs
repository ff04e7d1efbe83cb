using Modular.Sdk;

namespace Modular.Tests.Sdk;

/// <summary>What a person typed, as services keep it.</summary>
public sealed class EnteredTests
{
    [Fact]
    public void A_text_is_trimmed_and_a_blank_one_is_none()
    {
        Assert.Equal("实施方案", Entered.Text("  实施方案\n"));
        Assert.Null(Entered.Text(null));
        Assert.Null(Entered.Text(""));
        Assert.Null(Entered.Text(" \t\u3000")); // an ideographic space is blank too
    }
}
