namespace Modular.Plugins.BannerSixOnes;

/// <summary>
/// The plan's numbers and dates for one jurisdiction: the document's values (阿右创组发〔2011〕7号)
/// unless its office changed a setting. Every feature reads its rule from here.
/// </summary>
/// <param name="EducationDue">The last day of item 1: the day before the setting <c>education.due</c> (“7月1日前” ends on 06-30).</param>
public sealed record SixOnesRules(
    int Year, DateOnly CampaignStart, DateOnly CampaignEnd,
    DateOnly EducationDue, int TrainingGoalPercent, DateOnly TrainingDue,
    int DailyNoteMinChars, decimal DailyStudyHours, int TheoryBookMinChars,
    DateOnly ReportDue, DateOnly ContestDate, int ContestMinutes)
{
    /// <summary>A research report's least length (<c>report.minChars</c>): the document asks for 高质量 and gives no number.</summary>
    public int ReportMinChars { get; init; } = 2000;

    public static SixOnesRules From(PluginSettingValues s)
    {
        var year = (int)s.GetInteger("campaign.year");
        return new(year, s.GetMonthDay("campaign.start").InYear(year), s.GetMonthDay("campaign.end").InYear(year),
            // "7月1日前" (RULES.md, as in every plugin): the setting holds 七一 itself, the first day too late; the due day is the one before.
            s.GetMonthDay("education.due").InYear(year).AddDays(-1), (int)s.GetInteger("training.goal.percent"), s.GetMonthDay("training.due").InYear(year),
            (int)s.GetInteger("dailyNote.minChars"), s.GetDecimal("dailyNote.studyHours"), (int)s.GetInteger("theoryBook.minChars"),
            s.GetMonthDay("report.due").InYear(year), s.GetMonthDay("contest.date").InYear(year), (int)s.GetInteger("contest.minutes"))
        { ReportMinChars = (int)s.GetInteger("report.minChars") };
    }

    /// <summary>The quarters of the campaign year that overlap the campaign, clipped to it (Q2 of 2011 starts 05-05).</summary>
    public IReadOnlyList<Quarter> Quarters =>
        [.. Enumerable.Range(1, 4).Select(q => Quarter.Of(Year, q)).Where(q => q.End >= CampaignStart && q.Start <= CampaignEnd)];

    /// <summary>The six, in the document's order, as the overview and the dashboard list them.</summary>
    public IReadOnlyList<(string Title, string Rule)> Items =>
    [
        (Text.Of("开展一次党性、党纪教育活动", "One party-spirit and discipline education event"),
         Text.Of($"各党组织 {EducationDue.AddDays(1):M月d日}前（{EducationDue:M月d日}为最后一天）完成并记录出勤",
             $"Every party organization holds it and records attendance by {SixOnesDates.Day(EducationDue)} (the last day)")),
        (Text.Of("开展一次党员干部大规模学习培训", "One large-scale training of members and cadres"),
         Text.Of($"各基层党委分领域分行业轮训，覆盖率目标 {TrainingGoalPercent}%", $"Grassroots party committees train in rotation by field and industry; coverage goal {TrainingGoalPercent}%")),
        (Text.Of("每日做好一次学习笔记", "Daily study notes"),
         Text.Of($"每日自主学习 {DailyStudyHours:0.#} 小时，笔记不少于 {DailyNoteMinChars} 字；季度末检查验收",
             $"{DailyStudyHours:0.#} hour(s) of self-study a day, a note of at least {DailyNoteMinChars} characters; quarterly inspection at the quarter's end")),
        (Text.Of("精读一本理论著作", "Read one theory book closely"),
         Text.Of($"领导干部每季度一本，读书笔记不少于 {TheoryBookMinChars} 字", $"Leading cadres read one book a quarter, with reading notes of at least {TheoryBookMinChars} characters")),
        (Text.Of("撰写一篇调研报告", "Write one research report"),
         Text.Of($"领导干部每人一篇（{ReportDue:M月d日} 前，不少于 {ReportMinChars} 字，评审通过才算完成），旗创先争优办择优上报盟、自治区",
             $"One per leading cadre (by {SixOnesDates.Day(ReportDue)}, at least {ReportMinChars} characters, done once accepted); the banner office reports the best up to the league and the region")),
        (Text.Of("组织一次党的知识竞赛", "One party knowledge contest"),
         Contest.ContestCalendar.IsEndOfJune(ContestDate)
             ? Text.Of($"旗委组织部 6月底（{ContestDate:M月d日}）举办", $"Held by the banner's organization department at the end of June ({SixOnesDates.Day(ContestDate)})")
             : Text.Of($"旗委组织部 {ContestDate:M月d日} 举办", $"Held by the banner's organization department on {SixOnesDates.Day(ContestDate)}")),
    ];
}

/// <summary>A calendar quarter (季度): Q1 Jan–Mar … Q4 Oct–Dec; <see cref="Key"/> is e.g. <c>2011-Q2</c>.</summary>
public sealed record Quarter(int Year, int Number)
{
    public DateOnly Start => new(Year, Number * 3 - 2, 1);
    public DateOnly End => Start.AddMonths(3).AddDays(-1);
    public string Key => $"{Year}-Q{Number}";
    public string Label => $"{Year}年第{"一二三四"[Number - 1]}季度";

    /// <summary><see cref="Label"/> in the user's language (Q2 2011 in English); Label stays Chinese for data and ledgers.</summary>
    public string Name => Text.Of(Label, $"Q{Number} {Year}");

    public static Quarter Of(int year, int number) =>
        number is >= 1 and <= 4 ? new(year, number) : throw new ArgumentOutOfRangeException(nameof(number), "1–4");

    public static Quarter Containing(DateOnly day) => new(day.Year, (day.Month - 1) / 3 + 1);

    public bool Contains(DateOnly day) => day >= Start && day <= End;

    /// <summary>Parses <c>2011-Q2</c>; null when malformed.</summary>
    public static Quarter? TryParse(string? key) =>
        key is { Length: 7 } && key[4] == '-' && key[5] is 'Q' or 'q' && int.TryParse(key[..4], out var y) && key[6] is >= '1' and <= '4'
            ? new(y, key[6] - '0') : null;
}
