using Modular.Plugins.PartyGroupStudy.LeadingGroup;

namespace Modular.Plugins.PartyGroupStudy.Talks;

/// <summary>Two members, the lower person id first: a talk is the same whichever of them is named first.</summary>
public readonly record struct TalkPair(long A, long B)
{
    public static TalkPair Of(long one, long other) => one < other ? new(one, other) : new(other, one);

    public bool Has(long personId) => A == personId || B == personId;

    public long Other(long personId) => A == personId ? B : A;
}

/// <summary>
/// 四(二)2: “党组成员之间要开展谈心交心，沟通思想”. With <c>talks.everyPair</c> (the default) every two members of the party
/// group talk once (seven members: 21 pairs); off, the leader talks with each member. A talk is between two different
/// members, on a day within the campaign and not after today. Pure.
/// </summary>
public static class TalkRule
{
    /// <summary>The pairs the plan asks for.</summary>
    public static IReadOnlyList<TalkPair> RequiredPairs(IReadOnlyList<Participant> participants, bool everyPair)
    {
        if (!everyPair)
            return participants.FirstOrDefault(p => p.Role == GroupRole.Leader) is { } leader
                ? [.. participants.Where(p => p.PersonId != leader.PersonId).Select(p => TalkPair.Of(leader.PersonId, p.PersonId))]
                : [];
        var ids = participants.Select(p => p.PersonId).Distinct().Order().ToList();
        return [.. from i in Enumerable.Range(0, ids.Count) from j in Enumerable.Range(i + 1, ids.Count - i - 1) select new TalkPair(ids[i], ids[j])];
    }

    /// <summary>A member's part of the plan: the required pairs they are in, and the day the last of them talked (null while one is missing).</summary>
    public static (int Required, int Held, DateOnly? DoneOn) MemberProgress(long personId, IReadOnlyList<TalkPair> required, IReadOnlyDictionary<TalkPair, DateOnly> held)
    {
        var mine = required.Where(p => p.Has(personId)).ToList();
        var days = mine.Where(held.ContainsKey).Select(p => held[p]).ToList();
        return (mine.Count, days.Count, mine.Count > 0 && days.Count == mine.Count ? days.Max() : null);
    }

    public static Dictionary<string, string[]> Problems(PartyGroupRules rules, DateOnly? talkedOn, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        if (talkedOn is not { } day) errors["talkedOn"] = [Text.Of("请填写谈心日期。", "Give the day of the talk.")];
        else if (!rules.InCampaign(day))
            errors["talkedOn"] = [Text.Of($"谈心日期应在活动期间（{rules.Start:yyyy-MM-dd} 至 {rules.End:yyyy-MM-dd}）。", $"The talk falls within the campaign ({rules.Start:yyyy-MM-dd} to {rules.End:yyyy-MM-dd}).")];
        else if (day > today) errors["talkedOn"] = [Text.Of("只登记已进行的谈心：日期不能晚于今天。", "Record talks held: the day cannot be after today.")];
        return errors;
    }
}
