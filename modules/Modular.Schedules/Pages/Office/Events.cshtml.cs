using Microsoft.AspNetCore.Mvc;
using Modular.Modules.Web;
using Modular.Sdk;

namespace Modular.Schedules.Pages.Office;

internal sealed class EventsModel(EventService events, IJurisdictionContext jurisdiction) : FormPageModel
{
    public IReadOnlyList<ScheduledEvent> Events { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Events = await events.ListAsync(ct: ct);

    public async Task<IActionResult> OnPostAsync(string? title, string? kind, long? organizationId, DateTime? startsAt, decimal? hours, CancellationToken ct)
    {
        DateTimeOffset? at = startsAt is { } local ? new DateTimeOffset(local, jurisdiction.Required.TimeZone.GetUtcOffset(local)) : null;
        var (created, errors) = await events.CreateAsync(new EventInput(title, kind, organizationId, at, hours), ct);
        if (created is not null) return RedirectWithNotice($"/j/{jurisdiction.Required.Code}/office/events/{created.Id}", Modular.Sdk.Text.Of("已创建。下一步：登记出席。", "Created. Next: record attendance."));
        ShowErrors(errors);
        Events = await events.ListAsync(ct: ct);
        return Page();
    }
}
