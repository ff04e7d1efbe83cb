namespace Modular.Plugins.BannerSixOnes.Contest;

/// <summary>台账: the individual results (姓名, 单位, 得分, 用时, 名次) and the team ranking, as .xlsx or CSV.</summary>
public static class ContestLedgers
{
    public static LedgerDefinition Results(KnowledgeContest contest, ContestRankings rankings, int totalPoints) =>
        new(Text.Of($"{contest.Title} · 个人成绩台账", $"{contest.Title} · individual scores"),
            [new(Text.Of("名次", "Rank"), LedgerColumnType.Integer), new(Text.Of("姓名", "Name"), LedgerColumnType.Person), new(Text.Of("单位", "Organization"), Width: 28), new(Text.Of("得分", "Score"), LedgerColumnType.Integer),
             new(Text.Of("满分", "Full marks"), LedgerColumnType.Integer), new(Text.Of("用时", "Time used")), new(Text.Of("用时（秒）", "Time used (s)"), LedgerColumnType.Integer), new(Text.Of("备注", "Note"))],
            [.. rankings.Individuals.Select(r => (IReadOnlyList<object?>)
                [r.Rank, r.Name, r.Organization, r.Score, totalPoints, SayDuration(r.SecondsUsed), r.SecondsUsed, r.TimedOut ? Text.Of("超时未交卷，按已保存答案计分", "Timed out: scored by the saved answers") : null])])
        { FileName = Text.Of($"{contest.Title}-个人成绩", $"{contest.Title}-scores"), SheetName = Text.Of("个人成绩", "Scores") };

    public static LedgerDefinition Organizations(KnowledgeContest contest, ContestRankings rankings) =>
        new(Text.Of($"{contest.Title} · 党组织排名台账", $"{contest.Title} · organization rankings"),
            [new(Text.Of("名次", "Rank"), LedgerColumnType.Integer), new(Text.Of("党组织", "Organization"), Width: 28), new(Text.Of("党员数", "Members"), LedgerColumnType.Integer), new(Text.Of("参赛人数", "Took part"), LedgerColumnType.Integer),
             new(Text.Of("参与率（%）", "Participation (%)"), LedgerColumnType.Decimal), new(Text.Of("平均分", "Average"), LedgerColumnType.Decimal)],
            [.. rankings.Organizations.Select(r => (IReadOnlyList<object?>)
                [r.Rank, r.Organization, r.Members, r.Participants, r.ParticipationPercent, r.AverageScore])])
        { FileName = Text.Of($"{contest.Title}-党组织排名", $"{contest.Title}-organizations"), SheetName = Text.Of("党组织排名", "Organizations") };

    public static LedgerDefinition Teams(KnowledgeContest contest, ContestRankings rankings) =>
        new(Text.Of($"{contest.Title} · 团体赛排名台账", $"{contest.Title} · team rankings"),
            [new(Text.Of("名次", "Rank"), LedgerColumnType.Integer), new(Text.Of("党组织", "Organization"), Width: 28), .. rankings.Rounds.Select(r => new LedgerColumn(r, LedgerColumnType.Decimal)),
             new(Text.Of("总分", "Total"), LedgerColumnType.Decimal)],
            [.. rankings.Teams.Select(t => (IReadOnlyList<object?>)
                [t.Rank, t.Organization, .. rankings.Rounds.Select(r => (object?)(t.Rounds.TryGetValue(r, out var p) ? p : null)), t.Total])])
        { FileName = Text.Of($"{contest.Title}-团体赛排名", $"{contest.Title}-teams"), SheetName = Text.Of("团体赛排名", "Teams") };

    /// <summary>用时 as 12分05秒.</summary>
    public static string Duration(int seconds) => $"{seconds / 60}分{seconds % 60:00}秒";

    /// <summary><see cref="Duration"/> in the user's language (<c>12 min 05 s</c>), for the pages; the ledger keeps the Chinese.</summary>
    public static string SayDuration(int seconds) => Text.Of(Duration(seconds), $"{seconds / 60} min {seconds % 60:00} s");
}
