namespace Modular.Plugins.PartyGroupStudy;

/// <summary>
/// The plan's numbers and dates for one jurisdiction (县政府党组《深入学习实践科学发展观活动实施方案》, 2009): the document's
/// values unless the office changed a setting (plugin.json). Every item reads its rule from here. Pure: no database, no clock.
/// </summary>
/// <param name="Calendar">四、方法步骤: the three stages (<c>stage1.*</c> … <c>stage3.*</c>).</param>
/// <param name="MinStudyHours">“学习培训的时间不少于40个小时” (<c>study.minHours</c>): per member, every kind together.</param>
/// <param name="MinNoteCharacters">“读书笔记不少于2万字” (<c>notes.minCharacters</c>): the sum of a member's notes.</param>
/// <param name="TalksEveryPair">“党组成员之间要开展谈心交心” (<c>talks.everyPair</c>): every pair talks; off, the leader with each member.</param>
/// <param name="SurveyRaiserPercent">“吸收一定比例……提出问题的当事人代表参加测评” (<c>survey.raiserPercent</c>).</param>
/// <param name="ImmediateDays">“马上整改” (<c>rectify.immediateDays</c>): days from the plan's adoption an at-once fix has.</param>
public sealed record PartyGroupRules(CampaignCalendar Calendar, decimal MinStudyHours, int MinNoteCharacters, bool TalksEveryPair,
    int SurveyRaiserPercent, int ImmediateDays)
{
    public const string StudyStage = "study", AnalysisStage = "analysis", RectifyStage = "rectify";

    /// <summary>四、方法步骤: 学习调研、分析检查、整改落实, their days the settings.</summary>
    public static readonly CalendarPlan Plan = CalendarPlan.OfStages(
        new(StudyStage, new("学习调研", "Study and research"), "setting:stage1.start", "setting:stage1.end"),
        new(AnalysisStage, new("分析检查", "Analysis and check"), "setting:stage2.start", "setting:stage2.end"),
        new(RectifyStage, new("整改落实", "Rectification"), "setting:stage3.start", "setting:stage3.end"));

    public static PartyGroupRules From(PluginSettingValues s) => new(
        CampaignCalendar.From(Plan, s), s.GetDecimal("study.minHours"), (int)s.GetInteger("notes.minCharacters"),
        s.GetBoolean("talks.everyPair"), (int)s.GetInteger("survey.raiserPercent"), (int)s.GetInteger("rectify.immediateDays"));

    public IReadOnlyList<CampaignStage> Stages => Calendar.Stages;
    public CampaignStage Study => Calendar.Stage(StudyStage);
    public CampaignStage Analysis => Calendar.Stage(AnalysisStage);
    public CampaignStage Rectify => Calendar.Stage(RectifyStage);

    /// <summary>The campaign's first and last day: 2009-03-01 to 2009-08-20 by default.</summary>
    public DateOnly Start => Calendar.Start;
    public DateOnly End => Calendar.End;

    /// <summary>The stage a day falls in; null before the first and after the last.</summary>
    public CampaignStage? StageOn(DateOnly day) => Calendar.StageOn(day);

    /// <summary>Every obligation of the plan falls due within the three stages.</summary>
    public ObligationSpan Span => new(Start, End);

    /// <summary>The key the campaign's yearly records are filed under (a pledge, a discussion): the year it starts, "2009".</summary>
    public string PeriodKey => Start.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Whether a day is within the campaign (its three stages).</summary>
    public bool InCampaign(DateOnly day) => day >= Start && day <= End;
}
