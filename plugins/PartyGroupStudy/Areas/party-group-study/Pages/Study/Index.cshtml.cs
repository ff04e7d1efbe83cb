using Modular.Plugins.PartyGroupStudy.LeadingGroup;
using Modular.Plugins.PartyGroupStudy.Study;

namespace Modular.Plugins.PartyGroupStudy.Pages.Study;

/// <summary>学习培训: the member's own hours first, then (for the office) every member's; the mobilization meeting and the events; the forms.</summary>
public sealed class IndexModel(StudyService study, GroupOffice office, PartyGroupStudyCampaign campaign) : PluginPageModel
{
    public StudyOverview? Study { get; private set; }
    public IReadOnlyList<Participant> Participants { get; private set; } = [];
    public string? Notice { get; private set; }
    public DateOnly Today { get; private set; }

    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Place { get; set; }
    [BindProperty] public string? Summary { get; set; }
    [BindProperty] public string? SelfTitle { get; set; }
    [BindProperty] public string? SelfBody { get; set; }

    public async Task OnGetAsync(string? done, CancellationToken ct)
    {
        Notice = done switch
        {
            "event" => Text.Of("活动已登记。", "The event is recorded."),
            "self" => Text.Of("自学已登记。", "The self-study is recorded."),
            _ => null,
        };
        await LoadAsync(ct);
    }

    /// <summary>The form sends, per member, <c>absent-{id}</c> (a reason: absent) and <c>hours-{id}</c> (their own hours, when fewer).</summary>
    public async Task<IActionResult> OnPostEventAsync(StudyKind kind, DateOnly heldOn, decimal hours, CancellationToken ct)
    {
        var attendance = new List<AttendanceInput>();
        foreach (var p in await office.ParticipantsAsync(ct))
        {
            var reason = Request.Form[$"absent-{p.PersonId}"].ToString();
            var own = decimal.TryParse(Request.Form[$"hours-{p.PersonId}"], System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var h) ? h : (decimal?)null;
            if (!string.IsNullOrWhiteSpace(reason)) attendance.Add(new AttendanceInput(p.PersonId, false, reason));
            else if (own is not null) attendance.Add(new AttendanceInput(p.PersonId, Hours: own));
        }
        return await AfterPostAsync(await study.RecordAsync(new StudyEventInput(kind, Title, heldOn, hours, Place, Summary, attendance), ct), "event", () => LoadAsync(ct));
    }

    public async Task<IActionResult> OnPostSelfStudyAsync(DateOnly date, decimal hours, long? personId, CancellationToken ct) =>
        await AfterPostAsync(await study.RecordSelfStudyAsync(new SelfStudyInput(hours, SelfBody, SelfTitle, date, personId), ct), "self", () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct)
    {
        Today = campaign.Today;
        Study = (await study.OverviewAsync(ct)).Value;
        Participants = Study?.MayRun == true ? await office.ParticipantsAsync(ct) : [];
    }

    /// <summary>The reader's own line, shown first (null for the office and inspectors outside the group).</summary>
    public MemberHours? Mine => Study?.Members.FirstOrDefault(m => m.PersonId == Study.Me);

    /// <summary>Whole hours for the bar (39.5 shows 39 of 40: never more than was studied).</summary>
    public static int Whole(decimal hours) => (int)Math.Floor(hours);
}
