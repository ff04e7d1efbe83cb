using Modular.Organizations;
using Modular.Sdk.Blocks;

namespace Modular.Tests.Roster;

public sealed class RosterFileTests
{
    [Fact]
    public void The_formula_guard_an_export_adds_is_taken_off_every_field_of_a_row_not_only_the_last()
    {
        // What the CSV export writes for a phone "+86…" and a note "=x" (a leading ' keeps Excel from running them).
        var header = "姓名,联系电话,备注,身份证号码";
        var row = $"王芳,{CsvFields.Write("+8613900000000")},{CsvFields.Write("=x")},{CsvFields.Write("-110101199001011234")}";

        var table = RosterFile.ReadCsv(header + "\n" + row + "\n");

        Assert.Equal(["王芳", "+8613900000000", "=x", "-110101199001011234"], table.Rows.Single().Cells);
    }
}
