namespace Modular.Plugins.BannerSixOnes.Training;

/// <summary>培训台账: sessions with their attendees (one line per attendee), and coverage per committee and field.</summary>
public static class TrainingLedgers
{
    public static LedgerDefinition Sessions(int year, IReadOnlyList<SessionDetail> sessions) => new($"{year}年党员干部大规模学习培训台账",
    [
        new("基层党委", Width: 20), new("培训主题", Width: 30), new("日期", LedgerColumnType.Date), new("地点", Width: 16),
        new("学时", LedgerColumnType.Decimal), new("领域"), new("行业"), new("参训人数", LedgerColumnType.Integer),
        new("参训人员", LedgerColumnType.Person), new("所在组织", Width: 24),
    ],
    [.. sessions.SelectMany(d => d.Attendance.Count == 0
        ? [Line(d, null)]
        : d.Attendance.Select(a => Line(d, a)))])
    { FileName = $"大规模学习培训台账-{year}" };

    private static IReadOnlyList<object?> Line(SessionDetail d, Attendee? a) =>
        [d.Session.Committee, d.Session.Title, d.Session.HeldOn, d.Session.Place, d.Session.Hours, d.Session.FieldLabel, d.Session.Industry,
         d.Attendance.Count, a?.Name, a?.Organization];

    public static LedgerDefinition Coverage(int year, CoverageOverview overview) => new($"{year}年大规模学习培训覆盖率台账（目标 {overview.GoalPercent}%）",
    [
        new("基层党委", Width: 20), new("领域"), new("党员数", LedgerColumnType.Integer), new("已培训", LedgerColumnType.Integer),
        new("覆盖率(%)", LedgerColumnType.Decimal), new("目标(%)", LedgerColumnType.Integer), new("是否达标"),
    ],
    [
        .. overview.Committees.SelectMany(c => new[] { Row(c.Committee, "合计", c.Members, c.Trained, c.Percent, c.MeetsGoal, overview.GoalPercent) }
            .Concat(c.Fields.Select(f => Row(c.Committee, f.Field, f.Members, f.Trained, f.Percent, f.MeetsGoal, overview.GoalPercent)))),
        .. overview.Fields.Select(f => Row("全部基层党委", f.Field, f.Members, f.Trained, f.Percent, f.MeetsGoal, overview.GoalPercent)),
    ])
    { FileName = $"大规模学习培训覆盖率台账-{year}" };

    private static IReadOnlyList<object?> Row(string committee, string field, int members, int trained, decimal percent, bool meets, int goal) =>
        [committee, field, members, trained, percent, goal, meets ? "达标" : "未达标"];
}
