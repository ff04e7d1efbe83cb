namespace Modular.Plugins.CountyFiveActivities.Mobilization;

/// <summary>
/// 进行发动部署 (实施方案 二(一)1): “进行专题研究，组建领导机构和工作机构，逐级召开发动大会”. Every level — the county and each
/// party committee — sets up its leading body (领导小组) and its working body (办公室/工作机构) during stage 1, whose end
/// (<c>stage1.end</c>, 05月底 in the document) is the day both must stand by. A body counts from the day it was first
/// recorded (成立), not from later changes. Pure.
/// </summary>
public static class LeadingBodiesRule
{
    /// <summary>The day both bodies must be set up by: the last day of stage 1.</summary>
    public static DateOnly Due(CountyRules rules) => rules.Stages[0].End;

    /// <summary>Done when both stand by the due day (late after it); pending without both until the due day, then missed.</summary>
    public static DueState Status(DateOnly? groupSetUp, DateOnly? officeSetUp, DateOnly due, DateOnly today) =>
        DueStates.Of(due, groupSetUp is { } g && officeSetUp is { } o ? (g > o ? g : o) : null, today);

    /// <summary>The seats as the form or the API names them: the head, the deputies, the members (or staff), each person once in that order; then those not on the roster, by name.</summary>
    public static IReadOnlyList<LeadingBodySeat> Seats(LeadingBodyType type, long headId, IEnumerable<long> deputyIds, IEnumerable<long> memberIds, IEnumerable<string> others)
    {
        var (head, member) = type == LeadingBodyType.LeadingGroup ? (LeadingBodyRole.Leader, LeadingBodyRole.Member) : (LeadingBodyRole.Director, LeadingBodyRole.Staff);
        return [new(headId, head), .. deputyIds.Select(p => new LeadingBodySeat(p, LeadingBodyRole.Deputy)), .. memberIds.Select(p => new LeadingBodySeat(p, member)),
            .. others.Select(n => new LeadingBodySeat(null, member, Name: n))];
    }

    /// <summary>Names typed in one field, separated by 、，, ; or new lines.</summary>
    public static IReadOnlyList<string> Names(string? text) =>
        [.. (text ?? "").Split(['、', '，', ',', ';', '；', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct()];

    public static LocalizedText StatusName(DueState status) => status switch
    {
        DueState.Done => new("已按时组建", "Set up on time"),
        DueState.Late => new("逾期组建", "Set up late"),
        DueState.Pending => new("第一步内待组建", "Due within stage 1"),
        _ => new("逾期未组建", "Overdue, not set up"),
    };
}
