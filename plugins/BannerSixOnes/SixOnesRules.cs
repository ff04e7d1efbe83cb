using Modular.Sdk.Settings;

namespace Modular.Plugins.BannerSixOnes;

/// <summary>The six items of the plan with their numbers for one jurisdiction (document defaults, or its settings).</summary>
public sealed record SixOnesRules(int Year, DateOnly EducationDue, int TrainingGoalPercent, long DailyNoteMinChars,
    decimal DailyStudyHours, long TheoryBookMinChars, DateOnly ContestDate)
{
    public static SixOnesRules From(PluginSettingValues s)
    {
        var year = (int)s.GetInteger("campaign.year");
        return new(year, s.GetMonthDay("education.due").InYear(year), (int)s.GetInteger("training.goal.percent"),
            s.GetInteger("dailyNote.minChars"), s.GetDecimal("dailyNote.studyHours"), s.GetInteger("theoryBook.minChars"),
            s.GetMonthDay("contest.date").InYear(year));
    }

    /// <summary>The six, in the document's order, as the overview and the dashboard list them.</summary>
    public IReadOnlyList<(string Title, string Rule)> Items =>
    [
        ("开展一次党性、党纪教育活动", $"各党组织 {EducationDue:M月d日} 前完成并记录出勤"),
        ("开展一次党员干部大规模学习培训", $"分领域分行业轮训，覆盖率目标 {TrainingGoalPercent}%"),
        ("每日做好一次学习笔记", $"每日自主学习 {DailyStudyHours:0.#} 小时，笔记不少于 {DailyNoteMinChars} 字；季度末检查验收"),
        ("精读一本理论著作", $"领导干部每季度一本，读书笔记不少于 {TheoryBookMinChars} 字"),
        ("撰写一篇调研报告", "领导干部每人一篇，旗创先争优办择优上报盟、自治区"),
        ("组织一次党的知识竞赛", $"旗委组织部 {ContestDate:M月d日} 前后举办"),
    ];
}
