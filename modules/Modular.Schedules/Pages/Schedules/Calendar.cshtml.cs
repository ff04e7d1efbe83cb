using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Modular.Modules;
using Modular.Sdk;
using Modular.Sdk.Core;

namespace Modular.Schedules.Pages.Schedules;

/// <summary>
/// A month of deadlines and events for one person or one organization — by default the user's own — with what is
/// still open from earlier months, and the subscription (a secret .ics address) to the user's own calendar.
/// </summary>
[Authorize]
internal sealed class CalendarModel(
    CalendarService calendar, ObligationStore store, ReminderService reminders, ScheduleAccess access,
    IRoster roster, IOrganizationDirectory organizations, TimeProvider clock, IPublicUrls urls) : PageModel
{
    public long? Person { get; private set; }
    public long? Organization { get; private set; }
    public string? SubjectName { get; private set; }
    public DateOnly Month { get; private set; }
    public DateOnly Today { get; private set; }
    public IReadOnlyList<CalendarItem> Items { get; private set; } = [];
    /// <summary>The subject's open obligations due soon or overdue, whatever the month shown.</summary>
    public PersonReminders? Open { get; private set; }
    /// <summary>The organizations the user may pick (their subtree; all for the office).</summary>
    public IReadOnlyList<OrganizationInfo> Tree { get; private set; } = [];
    public bool MayPickPeople => access.ReadsAll || Tree.Count > 0;

    /// <summary>The user's own roster person: whose calendar they may subscribe to.</summary>
    public long? OwnPerson { get; private set; }
    public IReadOnlyList<CalendarToken> Feeds { get; private set; } = [];
    /// <summary>The feed address just created: shown this once (only its hash is kept).</summary>
    public string? NewFeedUrl { get; private set; }
    public string? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync(long? person, long? organization, string? month, bool revoked, CancellationToken ct)
    {
        if (revoked) Notice = Text.Of("已停用该订阅地址。", "That subscription address no longer works.");
        return await ShowAsync(person, organization, month, ct) ? Page() : Forbid();
    }

    public async Task<IActionResult> OnPostSubscribeAsync(CancellationToken ct)
    {
        if (await access.OwnPersonAsync(ct) is { } own && await calendar.CreateTokenAsync(own, ct) is { } created)
            NewFeedUrl = urls.Feed(created.Token);
        await ShowAsync(null, null, null, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(long id, CancellationToken ct)
    {
        if (await access.OwnPersonAsync(ct) is { } own)
            await calendar.RevokeTokenAsync(id, clock.GetUtcNow(), own, ct);
        return RedirectToPage(new { revoked = true });
    }

    /// <summary>The feed address for calendar apps that subscribe by the webcal scheme.</summary>
    public static string Webcal(string url) => "webcal://" + url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..];

    private async Task<bool> ShowAsync(long? person, long? organization, string? month, CancellationToken ct)
    {
        Today = store.Today;
        Month = CalendarService.MonthOf(month, Today);
        Tree = await access.OrganizationsAsync(ct);
        OwnPerson = await access.OwnPersonAsync(ct);
        if (OwnPerson is { } own) Feeds = await calendar.TokensAsync(own, activeOnly: true, ct);

        if (person is null && organization is null) (organization, person) = await access.DefaultSubjectAsync(preferPerson: true, ct);
        if (person is not null && organization is not null) return true; // asked for both: the form says to pick one
        (Person, Organization) = (person, organization);
        if (person is { } p)
        {
            if (!await access.MayReadPersonAsync(p, ct)) return false;
            SubjectName = (await roster.FindAsync(p, ct))?.Name ?? $"#{p}";
            Open = await reminders.ForAsync(p, [], ct);
        }
        else if (organization is { } o)
        {
            if (!await access.MayReadOrganizationAsync(o, ct)) return false;
            SubjectName = (await organizations.FindAsync(o, ct))?.Name ?? $"#{o}";
            Open = await reminders.ForAsync(null, [o], ct);
        }
        else return true;
        Items = await calendar.ItemsAsync(person, organization, Month, Month.AddMonths(1).AddDays(-1), ct);
        return true;
    }

    /// <summary>The Monday-first weeks that cover the month.</summary>
    public IEnumerable<DateOnly[]> Weeks()
    {
        var first = Month.AddDays(-(((int)Month.DayOfWeek + 6) % 7));
        for (var start = first; start < Month.AddMonths(1); start = start.AddDays(7))
            yield return Enumerable.Range(0, 7).Select(start.AddDays).ToArray();
    }
}
