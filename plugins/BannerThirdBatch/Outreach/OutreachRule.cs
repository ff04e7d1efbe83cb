using Modular.Plugins.BannerThirdBatch.Common;

namespace Modular.Plugins.BannerThirdBatch.Outreach;

/// <summary>How an outgoing member was reached: 电话, 信函, 走访, 短信/微信.</summary>
public enum OutreachMethod { Phone, Letter, Visit, Message }

/// <summary>
/// 二(三): “要采取有效措施，将第三批学习实践活动的有关精神和要求迅速传达贯彻到每一名外出党员”. A contact is a day no later than
/// today and a way; a unit's coverage counts each of its outgoing members once, however many contacts; the unit is through the
/// day its last outgoing member was first reached, owed <see cref="ThirdBatchRules.OutreachDueDays"/> days after its start. Pure.
/// </summary>
public static class OutreachRule
{
    public static LocalizedText MethodName(OutreachMethod method) => method switch
    {
        OutreachMethod.Phone => new("电话", "Phone"),
        OutreachMethod.Letter => new("信函", "Letter"),
        OutreachMethod.Visit => new("走访", "Visit"),
        _ => new("短信微信", "Message"),
    };

    /// <summary>The fields of a contact that are wrong: the day (required, not in the future), the way (required), the note's length.</summary>
    public static Dictionary<string, string[]> Problems(DateOnly? reachedOn, OutreachMethod? method, string? note, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        if (reachedOn is not { } day) errors["reachedOn"] = [Text.Of("请填写传达日期。", "Give the day the member was reached.")];
        else if (Limits.DateProblem(day) is { } outOfRange) errors["reachedOn"] = [outOfRange];
        else if (day > today) errors["reachedOn"] = [Text.Of("传达日期不能晚于今天。", "The day cannot be in the future.")];
        if (method is not { } m || !Enum.IsDefined(m)) errors["method"] = [Text.Of("请选择传达方式（电话、信函、走访、短信微信）。", "Choose how (phone, letter, visit, message).")];
        if (Limits.TooLong(note, Limits.Note) is { } tooLong) errors["note"] = [tooLong];
        return errors;
    }

    /// <summary>The day the unit's outgoing members were all reached (the latest of their first contacts); null while one is not, or when it has none.</summary>
    public static DateOnly? CompletedOn(IReadOnlyCollection<long> outgoing, IReadOnlyDictionary<long, DateOnly> firstReached)
    {
        if (outgoing.Count == 0) return null;
        DateOnly? last = null;
        foreach (var person in outgoing)
        {
            if (!firstReached.TryGetValue(person, out var on)) return null;
            if (last is null || on > last) last = on;
        }
        return last;
    }

    /// <summary>A unit's outgoing members reached (each once) of all of them.</summary>
    public static UnitFigure Coverage(long unitId, string unit, IReadOnlyCollection<long> outgoing, IReadOnlyDictionary<long, DateOnly> firstReached) =>
        new(unitId, unit, outgoing.Count(firstReached.ContainsKey), outgoing.Count);

    /// <summary>Every outgoing member is reached this many days after the unit's start.</summary>
    public static DateOnly DueOn(ThirdBatchRules rules, DateOnly start) => start.AddDays(rules.OutreachDueDays);
}
