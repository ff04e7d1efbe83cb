namespace Modular.Plugins.InstituteBranchPlan;

/// <summary>
/// The plan's numbers and dates for one jurisdiction (光栅室党支部《“创先争优”活动实施方案》, 2010-08-27): the document's
/// values unless the office changed a setting. Every item reads its rule from here. Pure: no database, no clock.
/// </summary>
/// <param name="Year">The campaign year (<c>campaign.year</c>); month-day settings fall in it.</param>
/// <param name="PersonalPlansDue">The last day a personal plan is on time (<c>personalPlans.due</c>: “9月14日前”, the 14th counts).</param>
/// <param name="MinSuggestions">Suggestions each member gives at least (<c>suggestions.minPerMember</c>: “至少提一条”).</param>
/// <param name="SummaryDue">The last day of the branch's summary and the members' reports (<c>summary.due</c>: the year's end).</param>
/// <param name="RectifyDays">Days a member flagged by a check has to put it right (<c>oversight.rectifyDays</c>).</param>
public sealed record InstituteRules(int Year, DateOnly Start, DateOnly End, DateOnly PersonalPlansDue, int MinSuggestions, DateOnly SummaryDue, int RectifyDays)
{
    public static InstituteRules From(PluginSettingValues s)
    {
        var year = (int)s.GetInteger("campaign.year");
        return new(year, s.GetMonthDay("campaign.start").InYear(year), s.GetMonthDay("campaign.end").InYear(year),
            s.GetMonthDay("personalPlans.due").InYear(year), (int)s.GetInteger("suggestions.minPerMember"),
            s.GetMonthDay("summary.due").InYear(year), (int)s.GetInteger("oversight.rectifyDays"));
    }

    /// <summary>The period key the campaign's yearly records are filed under (a pledge, a suggestion): "2010".</summary>
    public string PeriodKey => Year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public bool InCampaign(DateOnly day) => day >= Start && day <= End;
}
