namespace Modular.Plugins.MyCampaign.Volunteering;

/// <summary>
/// 党员志愿服务 (the document, 三(二)): “各党支部每月至少组织开展一次党员志愿服务活动，最迟于当月25日完成并登记台账；每次参加
/// 志愿服务的党员不少于5人。” The numbers come first, from the jurisdiction's settings (plugin.json, whose defaults are the
/// document's); each question the sentence answers is one method. Pure: no database, no clock, no user.
/// </summary>
/// <param name="Start">The campaign's first day (setting <c>campaign.start</c>: “自2024年1月起”).</param>
/// <param name="End">Its last day (<c>campaign.end</c>: “至2024年12月底”).</param>
/// <param name="DueDay">The day of each month by which the month's service is done (<c>volunteering.dueDay</c>: “最迟于当月25日”).</param>
/// <param name="MinParticipants">The fewest members one activity has (<c>volunteering.minParticipants</c>: “不少于5人”).</param>
public sealed record VolunteeringRule(DateOnly Start, DateOnly End, int DueDay, int MinParticipants)
{
    public static VolunteeringRule From(PluginSettingValues settings) => new(
        settings.GetDate("campaign.start"),
        settings.GetDate("campaign.end"),
        (int)settings.GetInteger("volunteering.dueDay"),
        (int)settings.GetInteger("volunteering.minParticipants"));

    /// <summary>The first day of the month a day falls in: the month a branch's activity counts for.</summary>
    public static DateOnly MonthOf(DateOnly day) => new(day.Year, day.Month, 1);

    /// <summary>Every month of the campaign (its first day), in order.</summary>
    public IReadOnlyList<DateOnly> Months
    {
        get
        {
            var months = new List<DateOnly>();
            for (var month = MonthOf(Start); month <= End; month = month.AddMonths(1)) months.Add(month);
            return months;
        }
    }

    /// <summary>The months of the campaign that have begun by <paramref name="today"/>.</summary>
    public IReadOnlyList<DateOnly> MonthsUpTo(DateOnly today) => [.. Months.Where(m => m <= today)];

    /// <summary>
    /// The last day the month's service is on time: the due day, or the month's last day in a month that has fewer days
    /// (February); never after the campaign's end.
    /// </summary>
    public DateOnly DueOn(DateOnly month)
    {
        var due = new DateOnly(month.Year, month.Month, Math.Min(DueDay, DateTime.DaysInMonth(month.Year, month.Month)));
        return due > End ? End : due;
    }

    public bool InCampaign(DateOnly day) => day >= Start && day <= End;

    /// <summary>Why an activity of this many members does not count, or null when it does.</summary>
    public string? ParticipantsProblem(int participants) => participants >= MinParticipants ? null
        : Text.Of($"每次参加志愿服务的党员不少于 {MinParticipants} 人（本次 {participants} 人）。",
            $"At least {MinParticipants} members take part each time ({participants} this time).");

    /// <summary>A branch's month: done by the due day (on time), after it (late), not yet (pending), not at all once it passed (missed).</summary>
    public DueState StateOf(DateOnly month, DateOnly? firstHeldOn, DateOnly today) => DueStates.Of(DueOn(month), firstHeldOn, today);

    /// <summary>A month's state in the document's words, in both languages: the ledger (台账) takes the Chinese, the page the reader's language.</summary>
    public static LocalizedText StateName(DueState state) => state switch
    {
        DueState.Done => new("按时开展", "Held on time"),
        DueState.Late => new("逾期开展", "Held late"),
        DueState.Pending => new("本月待开展", "Due this month"),
        DueState.Missed => new("逾期未开展", "Not held"),
        _ => new("未到期", "Not due"),
    };
}
