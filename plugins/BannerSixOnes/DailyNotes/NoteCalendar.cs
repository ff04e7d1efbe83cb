namespace Modular.Plugins.BannerSixOnes.DailyNotes;

/// <summary>
/// Which days a member owes a note: every day from campaign.start to campaign.end of campaign.year
/// (05-05..12-31 by default), quarters clipped to the campaign (Q2 of 2011 is 05-05..06-30).
/// </summary>
public static class NoteCalendar
{
    public static bool IsDue(this SixOnesRules rules, DateOnly day) => day >= rules.CampaignStart && day <= rules.CampaignEnd;

    /// <summary>The quarter's days that are due: the quarter ∩ the campaign; null when they do not overlap.</summary>
    public static (DateOnly From, DateOnly To)? DueDays(this SixOnesRules rules, Quarter quarter)
    {
        var from = quarter.Start > rules.CampaignStart ? quarter.Start : rules.CampaignStart;
        var to = quarter.End < rules.CampaignEnd ? quarter.End : rules.CampaignEnd;
        return from <= to ? (from, to) : null;
    }

    /// <summary>How many days are due from the campaign start up to and including <paramref name="asOf"/>.</summary>
    public static int DaysDueUpTo(this SixOnesRules rules, DateOnly asOf)
    {
        var to = asOf < rules.CampaignEnd ? asOf : rules.CampaignEnd;
        return to < rules.CampaignStart ? 0 : to.DayNumber - rules.CampaignStart.DayNumber + 1;
    }

    /// <summary>Days due in the quarter up to and including <paramref name="asOf"/>.</summary>
    public static int DaysDueUpTo(this SixOnesRules rules, Quarter quarter, DateOnly asOf)
    {
        if (rules.DueDays(quarter) is not { } due) return 0;
        var to = asOf < due.To ? asOf : due.To;
        return to < due.From ? 0 : to.DayNumber - due.From.DayNumber + 1;
    }

    public static int Length(this (DateOnly From, DateOnly To) range) => range.To.DayNumber - range.From.DayNumber + 1;

    /// <summary>The quarter of the campaign with this key (2011-Q2), or null when malformed or outside the campaign.</summary>
    public static Quarter? CampaignQuarter(this SixOnesRules rules, string? key) =>
        Quarter.TryParse(key) is { } q && rules.Quarters.Contains(q) ? q : null;

    /// <summary>The inspection may be opened on the quarter's last due day or later (06-30 for Q2, not 06-29).</summary>
    public static bool InspectionMayOpen(this SixOnesRules rules, Quarter quarter, DateOnly today) =>
        rules.DueDays(quarter) is { } due && today >= due.To;
}
