namespace Modular.Plugins.BannerSixOnes.Contest;

/// <summary>台账: the individual results (姓名, 单位, 得分, 用时, 名次) and the team ranking, as .xlsx or CSV.</summary>
public static class ContestLedgers
{
    public static LedgerDefinition Results(KnowledgeContest contest, ContestRankings rankings, int totalPoints) =>
        new($"{contest.Title} · 个人成绩台账",
            [new("名次", LedgerColumnType.Integer), new("姓名", LedgerColumnType.Person), new("单位", Width: 28), new("得分", LedgerColumnType.Integer),
             new("满分", LedgerColumnType.Integer), new("用时"), new("用时（秒）", LedgerColumnType.Integer), new("备注")],
            [.. rankings.Individuals.Select(r => (IReadOnlyList<object?>)
                [r.Rank, r.Name, r.Organization, r.Score, totalPoints, Duration(r.SecondsUsed), r.SecondsUsed, r.TimedOut ? "超时未交卷，按已保存答案计分" : null])])
        { FileName = $"{contest.Title}-个人成绩", SheetName = "个人成绩" };

    public static LedgerDefinition Organizations(KnowledgeContest contest, ContestRankings rankings) =>
        new($"{contest.Title} · 党组织排名台账",
            [new("名次", LedgerColumnType.Integer), new("党组织", Width: 28), new("党员数", LedgerColumnType.Integer), new("参赛人数", LedgerColumnType.Integer),
             new("参与率（%）", LedgerColumnType.Decimal), new("平均分", LedgerColumnType.Decimal)],
            [.. rankings.Organizations.Select(r => (IReadOnlyList<object?>)
                [r.Rank, r.Organization, r.Members, r.Participants, r.ParticipationPercent, r.AverageScore])])
        { FileName = $"{contest.Title}-党组织排名", SheetName = "党组织排名" };

    public static LedgerDefinition Teams(KnowledgeContest contest, ContestRankings rankings) =>
        new($"{contest.Title} · 团体赛排名台账",
            [new("名次", LedgerColumnType.Integer), new("党组织", Width: 28), .. rankings.Rounds.Select(r => new LedgerColumn(r, LedgerColumnType.Decimal)),
             new("总分", LedgerColumnType.Decimal)],
            [.. rankings.Teams.Select(t => (IReadOnlyList<object?>)
                [t.Rank, t.Organization, .. rankings.Rounds.Select(r => (object?)(t.Rounds.TryGetValue(r, out var p) ? p : null)), t.Total])])
        { FileName = $"{contest.Title}-团体赛排名", SheetName = "团体赛排名" };

    /// <summary>用时 as 12分05秒.</summary>
    public static string Duration(int seconds) => $"{seconds / 60}分{seconds % 60:00}秒";

    /// <summary><see cref="Duration"/> in the user's language (<c>12 min 05 s</c>), for the pages; the ledger keeps the Chinese.</summary>
    public static string SayDuration(int seconds) => Text.Of(Duration(seconds), $"{seconds / 60} min {seconds % 60:00} s");
}
