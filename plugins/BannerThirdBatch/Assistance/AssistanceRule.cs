namespace Modular.Plugins.BannerThirdBatch.Assistance;

/// <summary>What the help was: to a struggling gacha 场地, 经费, 教材 or other; or help to a struggling member.</summary>
public enum AssistanceKind { Venue, Funds, Materials, Other, Member }

/// <summary>
/// 二(三): “要切实加强对一些困难嘎查党组织的帮扶，切实解决它们在开展活动中遇到的场地、经费、教材等方面的实际困难。进一步做好困难党员的
/// 帮扶工作”. Funds need their amount in yuan (above 0); a venue, materials or other help need what was given (a quantity or a
/// description), as does help to a member; any amount is at least 0; the day is no later than today. Pure.
/// </summary>
public static class AssistanceRule
{
    /// <summary>The largest amount one record may carry (yuan): a typing slip beyond it is refused.</summary>
    public const decimal MaxAmount = 100_000_000m;

    public static LocalizedText KindName(AssistanceKind kind) => kind switch
    {
        AssistanceKind.Venue => new("场地", "Venue"),
        AssistanceKind.Funds => new("经费", "Funds"),
        AssistanceKind.Materials => new("教材", "Materials"),
        AssistanceKind.Other => new("其他", "Other"),
        _ => new("困难党员帮扶", "Struggling member"),
    };

    public static bool ForMember(AssistanceKind kind) => kind == AssistanceKind.Member;

    public static Dictionary<string, string[]> Problems(AssistanceKind? kind, decimal? amount, string? detail, DateOnly? givenOn, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        if (kind is not { } k || !Enum.IsDefined(k)) errors["kind"] = [Text.Of("请选择帮扶类别（场地、经费、教材、其他或困难党员）。", "Choose the kind (venue, funds, materials, other, or a struggling member).")];
        if (givenOn is not { } day) errors["givenOn"] = [Text.Of("请填写帮扶日期。", "Give the day.")];
        else if (Limits.DateProblem(day) is { } outOfRange) errors["givenOn"] = [outOfRange];
        else if (day > today) errors["givenOn"] = [Text.Of("帮扶日期不能晚于今天。", "The day cannot be in the future.")];
        if (kind == AssistanceKind.Funds && amount is not > 0m)
            errors["amount"] = [Text.Of("经费帮扶须填写金额（元），且大于 0。", "Funds need their amount in yuan, above 0.")];
        else if (amount is < 0m) errors["amount"] = [Text.Of("金额不能为负数。", "The amount cannot be negative.")];
        else if (amount > MaxAmount) errors["amount"] = [Text.Of($"金额不能超过 {MaxAmount:0} 元。", $"The amount cannot exceed {MaxAmount:0} yuan.")];
        else if (amount is { } a && decimal.Round(a, 2) != a) errors["amount"] = [Text.Of("金额最多保留两位小数。", "The amount has at most two decimals.")];
        if (kind is { } given && given != AssistanceKind.Funds && string.IsNullOrWhiteSpace(detail))
            errors["detail"] = [given == AssistanceKind.Member
                ? Text.Of("请填写帮扶内容（做了什么）。", "Say what was done.")
                : Text.Of("请填写数量或说明（如“活动室一间”“教材50册”）。", "Give a quantity or a description (a meeting room, 50 books).")];
        else if (Limits.TooLong(detail, Limits.Note) is { } tooLong) errors["detail"] = [tooLong];
        return errors;
    }
}
