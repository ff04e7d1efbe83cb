namespace Modular.Plugins.BannerSixOnes.Training;

/// <summary>培训台账: sessions with their attendees (one line per attendee), and coverage per committee and field.</summary>
public static class TrainingLedgers
{
    public static LedgerDefinition Sessions(int year, IReadOnlyList<SessionDetail> sessions) => new(Text.Of($"{year}年党员干部大规模学习培训台账", $"Large-scale training {year}"),
    [
        new(Text.Of("基层党委", "Committee"), Width: 20), new(Text.Of("培训主题", "Topic"), Width: 30), new(Text.Of("日期", "Date"), LedgerColumnType.Date), new(Text.Of("地点", "Place"), Width: 16),
        new(Text.Of("学时", "Hours"), LedgerColumnType.Decimal), new(Text.Of("领域", "Field")), new(Text.Of("行业", "Industry")), new(Text.Of("参训人数", "Attendees"), LedgerColumnType.Integer),
        new(Text.Of("参训人员", "Attendee"), LedgerColumnType.Person), new(Text.Of("所在组织", "Organization"), Width: 24),
    ],
    [.. sessions.SelectMany(d => d.Attendance.Count == 0
        ? [Line(d, null)]
        : d.Attendance.Select(a => Line(d, a)))])
    { FileName = Text.Of($"大规模学习培训台账-{year}", $"large-scale-training-{year}") };

    private static IReadOnlyList<object?> Line(SessionDetail d, Attendee? a) =>
        [d.Session.Committee, d.Session.Title, d.Session.HeldOn, d.Session.Place, d.Session.Hours, d.Session.FieldLabel, d.Session.Industry,
         d.Attendance.Count, a?.Name, a?.Organization];

    public static LedgerDefinition Coverage(int year, CoverageOverview overview) => new(Text.Of($"{year}年大规模学习培训覆盖率台账（目标 {overview.GoalPercent}%）", $"Training coverage {year} (goal {overview.GoalPercent}%)"),
    [
        new(Text.Of("基层党委", "Committee"), Width: 20), new(Text.Of("领域", "Field")), new(Text.Of("党员数", "Members"), LedgerColumnType.Integer), new(Text.Of("已培训", "Trained"), LedgerColumnType.Integer),
        new(Text.Of("覆盖率(%)", "Coverage (%)"), LedgerColumnType.Decimal), new(Text.Of("目标(%)", "Goal (%)"), LedgerColumnType.Integer), new(Text.Of("是否达标", "Goal met")),
    ],
    [
        .. overview.Committees.SelectMany(c => new[] { Row(c.Committee, Text.Of("合计", "Total"), c.Members, c.Trained, c.Percent, c.MeetsGoal, overview.GoalPercent) }
            .Concat(c.Fields.Select(f => Row(c.Committee, f.Field, f.Members, f.Trained, f.Percent, f.MeetsGoal, overview.GoalPercent)))),
        .. overview.Fields.Select(f => Row(Text.Of("全部基层党委", "All grassroots committees"), f.Field, f.Members, f.Trained, f.Percent, f.MeetsGoal, overview.GoalPercent)),
    ])
    { FileName = Text.Of($"大规模学习培训覆盖率台账-{year}", $"training-coverage-{year}") };

    private static IReadOnlyList<object?> Row(string committee, string field, int members, int trained, decimal percent, bool meets, int goal) =>
        [committee, field, members, trained, percent, goal, meets ? Text.Of("达标", "Yes") : Text.Of("未达标", "No")];
}
