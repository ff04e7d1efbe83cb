using Modular.Organizations;
using Modular.Sdk.Core;

namespace Modular.Tests.Roster;

/// <summary>The organization file read without a database: kinds and sectors as offices write them, headers, parents and cycles.</summary>
public sealed class OrganizationImportParsingTests
{
    [Theory]
    [InlineData("党委", OrganizationKind.PartyCommittee)]
    [InlineData("6_党委", OrganizationKind.PartyCommittee)]
    [InlineData("机关党委", OrganizationKind.PartyCommittee)]
    [InlineData("党工委", OrganizationKind.PartyCommittee)]
    [InlineData("党总支", OrganizationKind.GeneralBranch)]
    [InlineData("党总支部", OrganizationKind.GeneralBranch)]
    [InlineData("621_党总支部委员会", OrganizationKind.GeneralBranch)]
    [InlineData("631_党支部", OrganizationKind.Branch)]
    [InlineData("联合党支部", OrganizationKind.Branch)]
    [InlineData("632_联合党支部", OrganizationKind.Branch)]
    [InlineData("临时党支部", OrganizationKind.Branch)]
    [InlineData(" 党 支 部 ", OrganizationKind.Branch)]
    [InlineData("党组", OrganizationKind.PartyGroup)]
    [InlineData("领导小组", OrganizationKind.LeadingGroup)]
    [InlineData("领导小组办公室", OrganizationKind.LeadingGroupOffice)]
    [InlineData("指导检查组", OrganizationKind.InspectionGroup)]
    [InlineData("督导组", OrganizationKind.InspectionGroup)]
    [InlineData("Branch", OrganizationKind.Branch)]
    [InlineData("party committee", OrganizationKind.PartyCommittee)]
    public void Kinds_read_as_offices_write_them(string cell, OrganizationKind kind)
    {
        Assert.True(OrganizationCells.TryParseKind(cell, out var read), cell);
        Assert.Equal(kind, read);
    }

    [Theory]
    [InlineData("党小组")]
    [InlineData("631_")]
    [InlineData("委员会")]
    [InlineData("")]
    public void Other_kinds_are_not_guessed(string cell) => Assert.False(OrganizationCells.TryParseKind(cell, out _));

    [Theory]
    [InlineData("苏木镇/乡镇", Sector.Township)]
    [InlineData("乡镇", Sector.Township)]
    [InlineData("12_嘎查", Sector.Village)]
    [InlineData("农村", Sector.Village)]
    [InlineData("社区", Sector.Community)]
    [InlineData("党政机关", Sector.GovernmentOrgan)]
    [InlineData("非公企业", Sector.NonPublicEnterprise)]
    [InlineData("科研院所", Sector.Research)]
    [InlineData("Park", Sector.Park)]
    public void Sectors_read_as_offices_write_them(string cell, Sector sector)
    {
        Assert.True(OrganizationCells.TryParseSector(cell, out var read), cell);
        Assert.Equal(sector, read);
    }

    [Theory]
    [InlineData(true, "示例：001", "巴丹吉林镇党委")]
    [InlineData(true, "", "【示例】")]
    [InlineData(true, "说明：组织编号必填", "")]
    [InlineData(false, "001", "示例党支部")]
    [InlineData(false, "T1", "说明书党支部")]
    public void Example_and_note_rows_are_told_by_their_first_cell(bool isNote, string first, string second) =>
        Assert.Equal(isNote, OrganizationCells.IsNoteRow([first, second]));

    private static Organization Existing(long id, string code, string name, long? parentId = null, OrganizationKind kind = OrganizationKind.Branch) =>
        new() { Id = id, Code = code, Name = name, ParentId = parentId, Kind = kind, JurisdictionId = 1 };

    private static OrganizationFile.Reading Read(string csv, params Organization[] existing) =>
        OrganizationFile.Read(RosterFile.ReadCsv(csv), existing);

    private static IEnumerable<string> Messages(OrganizationFile.Reading reading) => reading.Errors.Select(e => e.Message);

    [Fact]
    public void Synonym_headers_are_read_and_the_contact_is_the_person_when_a_phone_column_is_there_too()
    {
        var reading = Read("""
            序号,党组织编号,党组织名称,组织类型,上级党组织,党组织书记,联系电话,联系人,成立日期,单位类别
            1,T1,巴丹吉林镇党委,6_党委,,乌云,0483-1234567,乌云,2001/7/1,苏木镇
            2,B1,第一党支部,631_党支部,巴丹吉林镇党委,,,巴特尔,40725,嘎查
            """);

        Assert.Empty(reading.Errors);
        Assert.Equal(["列“联系电话”与列“联系人”重复，已忽略。"], reading.Warnings);
        var (town, branch) = (reading.Rows[0], reading.Rows[1]);
        Assert.Equal(("T1", OrganizationKind.PartyCommittee, Sector.Township, new DateOnly(2001, 7, 1), "乌云", "乌云"),
            (town.Code, town.Kind, town.Sector, town.EstablishedOn, town.Contact, town.Secretary));
        Assert.Null(town.ParentCode);
        Assert.Equal(("B1", "T1", new DateOnly(2011, 7, 1), "巴特尔", (string?)null), (branch.Code, branch.ParentCode, branch.EstablishedOn, branch.Contact, branch.Secretary));
    }

    [Fact]
    public void A_parent_is_found_by_code_first_then_by_its_name_after_the_file_s_changes()
    {
        // B2's parent names the town by its new name, written in the file after it; "B1" is a code even though an organization is named so.
        var reading = Read("""
            组织编号,组织名称,组织类别,上级组织
            B2,第二党支部,党支部,新镇党委
            B3,第三党支部,党支部,B1
            T1,新镇党委,党委,
            """, Existing(1, "T1", "旧镇党委", kind: OrganizationKind.PartyCommittee), Existing(2, "B1", "第一党支部", 1), Existing(3, "X9", "B1", 1));

        Assert.Empty(reading.Errors);
        Assert.Equal(["T1", "B1", null], reading.Rows.Select(r => r.ParentCode));
        Assert.Null(reading.Rows[0].Existing);
        Assert.Equal(1, reading.Rows[2].Existing!.Id);
    }

    [Fact]
    public void Unknown_ambiguous_and_own_parents_and_duplicate_codes_are_errors_naming_row_column_and_value()
    {
        var reading = Read("""
            组织编号,组织名称,组织类别,上级组织,建立日期
            B2,第二党支部,党支部,第一党支部,2011-13-01
            B3,第三党支部,党小组,不存在的党委,
            B4,第四党支部,党支部,B4,
            B2,又一个第二党支部,党支部,,
            ,无编号党支部,党支部,,
            B5,,党支部,,
            """, Existing(1, "T1", "甲镇党委"), Existing(2, "B1", "第一党支部", 1), Existing(3, "C1", "第一党支部", 1));

        Assert.Equal(
        [
            "第2行，列“上级组织”：有 2 个组织名为“第一党支部”（编号 B1、C1），请填写上级组织的编号",
            "第2行，列“建立日期”：“2011-13-01”不是日期",
            "第3行，列“组织类别”：“党小组”不是组织类别（党委、党总支、党支部、党组、领导小组、领导小组办公室、指导检查组）",
            "第3行，列“上级组织”：没有编号或名称为“不存在的党委”的组织（顶级组织此格留空）",
            "第4行，列“上级组织”：组织不能是自己的上级组织",
            "第5行，列“组织编号”：“B2”与第2行重复",
            "第6行，列“组织编号”：不能为空",
            "第7行，列“组织名称”：不能为空",
        ], Messages(reading));
        Assert.Equal(8, reading.ErrorCount);
        var first = reading.Errors[0];
        Assert.Equal((2, "上级组织", "第一党支部"), (first.Row, first.Column, first.Value));
    }

    [Fact]
    public void A_cycle_within_the_file_is_an_error_on_each_of_its_rows()
    {
        var reading = Read("""
            组织编号,组织名称,组织类别,上级组织
            A,甲,党委,C
            B,乙,党委,A
            C,丙,党委,B
            D,丁,党支部,A
            """);

        Assert.Equal(
        [
            "第2行，列“上级组织”：“C”会使组织形成循环：A → C → B → A",
            "第3行，列“上级组织”：“A”会使组织形成循环：A → C → B → A",
            "第4行，列“上级组织”：“B”会使组织形成循环：A → C → B → A",
        ], Messages(reading));
    }

    [Fact]
    public void A_cycle_made_with_organizations_already_there_is_an_error_on_the_file_s_row()
    {
        // T1 → B1 → G1 now; the file puts T1 under G1, its own grandchild, and says nothing of B1 and G1.
        var reading = Read("""
            组织编号,组织名称,组织类别,上级组织
            T1,镇党委,党委,G1
            """, Existing(1, "T1", "镇党委"), Existing(2, "B1", "党总支", 1), Existing(3, "G1", "党支部", 2));

        Assert.Equal(["第2行，列“上级组织”：“G1”会使组织形成循环：T1 → G1 → B1 → T1"], Messages(reading));
    }

    [Fact]
    public void Missing_required_columns_are_named_and_nothing_else_is_read()
    {
        var reading = Read("""
            组织名称,上级组织
            甲,
            """);
        Assert.Equal(["第1行：缺少必需的列“组织编号”。", "第1行：缺少必需的列“组织类别”。"], Messages(reading));
        Assert.Empty(reading.Rows);
    }

    [Fact]
    public void Cycles_are_found_once_each_walking_every_node_once()
    {
        var parentOf = new Dictionary<string, string?> { ["a"] = "b", ["b"] = "a", ["c"] = "a", ["d"] = "e", ["e"] = null, ["f"] = "f" };
        var cycles = OrganizationFile.Cycles(["c", "a", "b", "d", "f"], parentOf);
        Assert.Equal(["a b", "f"], cycles.Select(c => string.Join(" ", c)));
    }
}
