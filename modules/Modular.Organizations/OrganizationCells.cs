using Modular.Sdk.Core;

namespace Modular.Organizations;

/// <summary>The columns of an organization file (组织信息表), with the header synonyms local offices use.</summary>
internal enum OrganizationField { Code, Name, Kind, Parent, Secretary, Contact, EstablishedOn, Sector, Seq }

internal static class OrganizationColumns
{
    /// <summary>Export order; the first header of each is what the export and the template write. 序号 is read and ignored.</summary>
    public static readonly IReadOnlyList<(OrganizationField Field, string[] Headers)> All =
    [
        (OrganizationField.Code, ["组织编号", "组织代码", "党组织编号", "党组织代码", "组织编码"]),
        (OrganizationField.Name, ["组织名称", "党组织名称", "组织全称", "党组织全称"]),
        (OrganizationField.Kind, ["组织类别", "组织类型", "党组织类别", "党组织类型"]),
        // Code or name alike (a code is looked up first); with two of these columns the first listed is read.
        (OrganizationField.Parent, ["上级组织", "上级党组织", "上级组织编号", "上级党组织编号", "上级组织名称", "上级党组织名称"]),
        (OrganizationField.Secretary, ["书记", "党组织书记", "书记姓名", "支部书记"]),
        // 联系人 is the contact; a file with only 联系电话 gives that instead.
        (OrganizationField.Contact, ["联系人", "联系电话", "联系方式"]),
        (OrganizationField.EstablishedOn, ["建立日期", "成立日期", "建立时间", "成立时间"]),
        (OrganizationField.Sector, ["所属领域", "单位类别", "领域"]),
        (OrganizationField.Seq, ["序号"]),
    ];

    public static readonly IReadOnlyList<(OrganizationField Field, string[] Headers)> Exported = [.. All.Where(c => c.Field != OrganizationField.Seq)];

    public static readonly IReadOnlyList<string> ExportHeaders = [.. Exported.Select(c => c.Headers[0])];
}

/// <summary>How the cells of an organization file as offices write them are read: kinds, sectors, and note rows.</summary>
internal static class OrganizationCells
{
    /// <summary>
    /// Kinds as offices write them besides <see cref="Labels.Kinds"/>' own labels: the full names (党的…委员会), the
    /// national system's variants and the bodies that are one of the kinds (机关党委 is a 党委, 联合党支部 a 党支部).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, OrganizationKind> KindVariants = new Dictionary<string, OrganizationKind>
    {
        ["党委员会"] = OrganizationKind.PartyCommittee,
        ["党的委员会"] = OrganizationKind.PartyCommittee,
        ["基层党委"] = OrganizationKind.PartyCommittee,
        ["党的基层委员会"] = OrganizationKind.PartyCommittee,
        ["机关党委"] = OrganizationKind.PartyCommittee,
        ["党工委"] = OrganizationKind.PartyCommittee,
        ["党的工作委员会"] = OrganizationKind.PartyCommittee,
        ["党组性质党委"] = OrganizationKind.PartyCommittee,
        ["党总支部"] = OrganizationKind.GeneralBranch,
        ["总支"] = OrganizationKind.GeneralBranch,
        ["党总支部委员会"] = OrganizationKind.GeneralBranch,
        ["总支部委员会"] = OrganizationKind.GeneralBranch,
        ["党的总支部委员会"] = OrganizationKind.GeneralBranch,
        ["机关党总支"] = OrganizationKind.GeneralBranch,
        ["支部"] = OrganizationKind.Branch,
        ["党支部委员会"] = OrganizationKind.Branch,
        ["支部委员会"] = OrganizationKind.Branch,
        ["党的支部委员会"] = OrganizationKind.Branch,
        ["联合党支部"] = OrganizationKind.Branch,
        ["联合支部"] = OrganizationKind.Branch,
        ["临时党支部"] = OrganizationKind.Branch,
        ["机关党支部"] = OrganizationKind.Branch,
        ["功能型党支部"] = OrganizationKind.Branch,
        ["流动党员党支部"] = OrganizationKind.Branch,
        ["分党组"] = OrganizationKind.PartyGroup,
        ["工作领导小组"] = OrganizationKind.LeadingGroup,
        ["领导小组办"] = OrganizationKind.LeadingGroupOffice,
        ["办公室"] = OrganizationKind.LeadingGroupOffice,
        ["指导组"] = OrganizationKind.InspectionGroup,
        ["检查组"] = OrganizationKind.InspectionGroup,
        ["督导组"] = OrganizationKind.InspectionGroup,
        ["督查组"] = OrganizationKind.InspectionGroup,
        ["巡回指导组"] = OrganizationKind.InspectionGroup,
    };

    /// <summary>Sectors as offices write them besides <see cref="Labels.Sectors"/>' own labels (苏木镇/乡镇 is also 乡镇 or 苏木镇 alone, ...).</summary>
    public static readonly IReadOnlyDictionary<string, Sector> SectorVariants = new Dictionary<string, Sector>
    {
        ["苏木镇"] = Sector.Township,
        ["乡镇"] = Sector.Township,
        ["苏木"] = Sector.Township,
        ["苏木乡镇"] = Sector.Township,
        ["嘎查"] = Sector.Village,
        ["农村"] = Sector.Village,
        ["嘎查村"] = Sector.Village,
        ["行政村"] = Sector.Village,
        ["村"] = Sector.Village,
        ["城市社区"] = Sector.Community,
        ["党政机关"] = Sector.GovernmentOrgan,
        ["国家机关"] = Sector.GovernmentOrgan,
        ["机关单位"] = Sector.GovernmentOrgan,
        ["非公有制企业"] = Sector.NonPublicEnterprise,
        ["非公企业"] = Sector.NonPublicEnterprise,
        ["非公有制经济"] = Sector.NonPublicEnterprise,
        ["非公经济组织"] = Sector.NonPublicEnterprise,
        ["医疗卫生"] = Sector.Health,
        ["卫生健康"] = Sector.Health,
        ["学校"] = Sector.Education,
        ["科研院所"] = Sector.Research,
        ["科研单位"] = Sector.Research,
        ["科研机构"] = Sector.Research,
        ["产业园区"] = Sector.Park,
        ["工业园区"] = Sector.Park,
        ["开发区"] = Sector.Park,
    };

    /// <summary>A kind from its label, a variant, its English label or enum name; a code_label cell (<c>631_党支部</c>, <c>6_党委</c>) by its label.</summary>
    public static bool TryParseKind(string text, out OrganizationKind kind) => TryParse(Labels.Kinds, KindVariants, text, out kind);

    /// <summary>A sector the same way as <see cref="TryParseKind"/>.</summary>
    public static bool TryParseSector(string text, out Sector sector) => TryParse(Labels.Sectors, SectorVariants, text, out sector);

    private static bool TryParse<T>(IReadOnlyDictionary<T, Sdk.LocalizedText> labels, IReadOnlyDictionary<string, T> variants, string text, out T value) where T : struct, Enum
    {
        var label = Compact(RosterCells.StripCode(text));
        if (Labels.TryParse(labels, label, out value)) return true;
        return variants.TryGetValue(label, out value);
    }

    // Offices' cells carry stray spaces, ideographic ones too, inside the label ("党 支 部").
    private static string Compact(string text) => new(text.Where(c => !char.IsWhiteSpace(c)).ToArray());

    /// <summary>
    /// A row that is an example or a note rather than an organization: its first cell starts with 示例, 说明 or 注
    /// (also in brackets, 【示例】). The template has one of each; an import skips them with a warning.
    /// </summary>
    public static bool IsNoteRow(string[] cells)
    {
        var first = cells.Select(c => c.Trim()).FirstOrDefault(c => c.Length > 0) ?? "";
        first = first.TrimStart('【', '[', '（', '(', ' ', '\u3000');
        return first.StartsWith("示例", StringComparison.Ordinal) || first.StartsWith("说明", StringComparison.Ordinal)
            || first.StartsWith("注：", StringComparison.Ordinal) || first.StartsWith("注:", StringComparison.Ordinal);
    }

    /// <summary>The 书记 cell an export writes: the secretaries' names (、 between two), else the name still pending, else nothing.</summary>
    public static string SecretaryText(IReadOnlyList<string> secretaries, string? pending) =>
        secretaries.Count > 0 ? string.Join("、", secretaries) : pending ?? "";
}
