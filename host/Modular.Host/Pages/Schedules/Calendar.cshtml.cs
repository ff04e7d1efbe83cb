using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Modular.Host.Api;
using Modular.Schedules;

namespace Modular.Host.Pages.Schedules;

/// <summary>A month of deadlines and events for one person or one organization.</summary>
[Authorize]
public sealed class CalendarModel(CalendarService calendar, ObligationStore store) : PageModel
{
    public long? Person { get; private set; }
    public long? Organization { get; private set; }
    public DateOnly Month { get; private set; }
    public DateOnly Today { get; private set; }
    public IReadOnlyList<CalendarItem> Items { get; private set; } = [];

    public async Task OnGetAsync(long? person, long? organization, string? month, CancellationToken ct)
    {
        (Person, Organization, Today) = (person, organization, store.Today);
        Month = SchedulesApi.MonthOf(month, Today);
        if (person is null != organization is null)
            Items = await calendar.ItemsAsync(person, person is null ? organization : null, Month, Month.AddMonths(1).AddDays(-1), ct);
    }

    /// <summary>The Monday-first weeks that cover the month.</summary>
    public IEnumerable<DateOnly[]> Weeks()
    {
        var first = Month.AddDays(-(((int)Month.DayOfWeek + 6) % 7));
        for (var start = first; start < Month.AddMonths(1); start = start.AddDays(7))
            yield return Enumerable.Range(0, 7).Select(start.AddDays).ToArray();
    }
}
