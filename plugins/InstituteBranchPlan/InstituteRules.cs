namespace Modular.Plugins.InstituteBranchPlan;

/// <summary>
/// The plan's numbers and dates for one jurisdiction (光栅室党支部《“创先争优”活动实施方案》, 2010-08-27): the document's
/// values unless the office changed a setting. Every item reads its rule from here. Pure: no database, no clock.
/// </summary>
/// <param name="Year">The campaign year (<c>campaign.year</c>); month-day settings fall in it.</param>
/// <param name="PersonalPlansDue">The last day a personal plan is on time (<c>personalPlans.due</c>: “9月14日前”, the 14th counts).</param>
/// <param name="MinSuggestions">Suggestions each member gives at least (<c>suggestions.minPerMember</c>: “至少提一条”).</param>
/// <param name="StudyAttendancePercent">A study session's attendance at least this % of the branch's members (<c>study.attendancePercent</c>: “保证学习人数”, 100).</param>
/// <param name="StudyTimePercent">A session's time studied at least this % of the time planned (<c>study.timePercent</c>: “保证集中学习时间”, 100).</param>
/// <param name="NoteMinCharacters">Characters each reading note or reflection has at least (<c>notes.minCharacters</c>; not in the document: 300).</param>
/// <param name="MinReadingNotes">Reading notes each member writes at least (<c>notes.minReadingNotes</c>).</param>
/// <param name="MinReflections">Reflections each member writes at least (<c>notes.minReflections</c>).</param>
/// <param name="NotesDue">The last day notes and reflections count as on time (<c>notes.due</c>; not in the document: the year's end).</param>
/// <param name="MinEducationEvents">Party-spirit education events a member attends to count as reached (<c>partySpirit.minEventsPerMember</c>: “普遍进行党性教育”).</param>
/// <param name="AnalysisDue">The last day a member's party-spirit analysis is on time (<c>partySpirit.analysisDue</c>; the document sets none: the year's end).</param>
/// <param name="Evaluation">群众评议: rounds, weights and grade thresholds (<c>evaluation.*</c>; the document gives only “每半年一次”).</param>
/// <param name="SummaryDue">The last day of the branch's summary and the members' reports (<c>summary.due</c>: the year's end).</param>
/// <param name="RectifyDays">Days a member flagged by a check has to put it right (<c>oversight.rectifyDays</c>).</param>
/// <param name="BranchPlanDue">The last day a branch's implementation plan is final on time (<c>mobilize.branchPlanDue</c>; the document gives none: the personal plans' day, which answer it).</param>
public sealed record InstituteRules(int Year, DateOnly Start, DateOnly End, DateOnly PersonalPlansDue, int MinSuggestions,
    int StudyAttendancePercent, int StudyTimePercent, int NoteMinCharacters, int MinReadingNotes, int MinReflections, DateOnly NotesDue,
    int MinEducationEvents, DateOnly AnalysisDue, InstituteBranchPlan.Evaluation.EvaluationSettings Evaluation,
    DateOnly SummaryDue, int RectifyDays, DateOnly BranchPlanDue)
{
    public static InstituteRules From(PluginSettingValues s)
    {
        var year = (int)s.GetInteger("campaign.year");
        return new(year, s.GetMonthDay("campaign.start").InYear(year), s.GetMonthDay("campaign.end").InYear(year),
            s.GetMonthDay("personalPlans.due").InYear(year), (int)s.GetInteger("suggestions.minPerMember"),
            (int)s.GetInteger("study.attendancePercent"), (int)s.GetInteger("study.timePercent"), (int)s.GetInteger("notes.minCharacters"),
            (int)s.GetInteger("notes.minReadingNotes"), (int)s.GetInteger("notes.minReflections"), s.GetMonthDay("notes.due").InYear(year),
            (int)s.GetInteger("partySpirit.minEventsPerMember"), s.GetMonthDay("partySpirit.analysisDue").InYear(year),
            InstituteBranchPlan.Evaluation.EvaluationSettings.From(s, year),
            s.GetMonthDay("summary.due").InYear(year), (int)s.GetInteger("oversight.rectifyDays"), s.GetMonthDay("mobilize.branchPlanDue").InYear(year));
    }

    /// <summary>The period key the campaign's yearly records are filed under (a pledge, a suggestion): "2010".</summary>
    public string PeriodKey => Year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public bool InCampaign(DateOnly day) => day >= Start && day <= End;
}
