namespace Modular.Plugins.BannerSixOnes.Training;

/// <summary>The fields (领域) of the rotation: the roster's sectors, by their Chinese names.</summary>
public static class TrainingFields
{
    public const string Unclassified = "未分类";

    public static readonly IReadOnlyDictionary<Sector, string> Labels = new Dictionary<Sector, string>
    {
        [Sector.Township] = "苏木镇/乡镇",
        [Sector.Village] = "嘎查/农村",
        [Sector.Community] = "社区",
        [Sector.GovernmentOrgan] = "机关",
        [Sector.NonPublicEnterprise] = "非公有制经济组织",
        [Sector.SocialOrganization] = "社会组织",
        [Sector.Health] = "卫生",
        [Sector.Education] = "教育",
        [Sector.Research] = "科研",
        [Sector.Park] = "园区",
    };

    public static string Label(Sector? sector) => sector is { } s ? Labels[s] : Unclassified;

    public static string Label(string field) => Enum.TryParse<Sector>(field, out var s) ? Labels[s] : field;

    private static readonly IReadOnlyDictionary<string, string> English = new Dictionary<string, string>
    {
        ["苏木镇/乡镇"] = "Townships", ["嘎查/农村"] = "Villages", ["社区"] = "Communities", ["机关"] = "Government organs",
        ["非公有制经济组织"] = "Non-public enterprises", ["社会组织"] = "Social organizations", ["卫生"] = "Health", ["教育"] = "Education",
        ["科研"] = "Research", ["园区"] = "Parks", [Unclassified] = "Unclassified", ["合计"] = "Total",
    };

    /// <summary>A field's Chinese name (as stored and in the ledgers) in the user's language, for the pages.</summary>
    public static string Say(string? label) => label is not null && English.TryGetValue(label, out var en) ? Text.Of(label, en) : label ?? "";

    /// <summary>Reads a field from its Chinese name or its enum name (any case).</summary>
    public static Sector? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Trim();
        foreach (var (sector, label) in Labels)
            if (label == t || string.Equals(sector.ToString(), t, StringComparison.OrdinalIgnoreCase)) return sector;
        return null;
    }
}
