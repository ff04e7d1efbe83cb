namespace Modular.Plugins.BannerThirdBatch.Struggling;

/// <summary>Why a gacha or community is singled out: 困难 (short of a venue, funds, materials) or 软弱涣散 (a weak and lax organization).</summary>
public enum StrugglingKind { Difficult, Lax }

/// <summary>
/// 二(三) “加强对一些困难嘎查党组织的帮扶”: the document names no list of struggling gacha, so the sumu/town above (or the banner
/// office) marks its own, with a reason and the day; help to the organization then counts against the marked ones.
/// </summary>
public static class StrugglingRule
{
    public static LocalizedText KindName(StrugglingKind kind) => kind switch
    {
        StrugglingKind.Lax => new("软弱涣散", "Weak and lax"),
        _ => new("困难", "Struggling"),
    };

    /// <summary>The fields of a mark that are wrong: a kind and a reason when marking, the day (required, not in the future), the lengths.</summary>
    public static Dictionary<string, string[]> Problems(bool struggling, StrugglingKind? kind, string? reason, DateOnly? markedOn, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        if (struggling && kind is null) errors["kind"] = [Text.Of("请选择困难或软弱涣散。", "Choose struggling or weak and lax.")];
        if (struggling && reason is null) errors["reason"] = [Text.Of("请写明认定的原因。", "Say why.")];
        else if (Limits.TooLong(reason, Limits.Note) is { } tooLong) errors["reason"] = [tooLong];
        if (markedOn is not { } day) errors["markedOn"] = [Text.Of("请填写认定日期。", "Give the day.")];
        else if (Limits.DateProblem(day) is { } bad) errors["markedOn"] = [bad];
        else if (day > today) errors["markedOn"] = [Text.Of("认定日期不能晚于今天。", "The day cannot be in the future.")];
        return errors;
    }
}
