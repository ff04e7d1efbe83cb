using Microsoft.AspNetCore.Mvc;
using Modular.Modules.Web;

namespace Modular.Schedules.Pages.Office;

/// <summary>Attendance entry for one meeting or training: who came, for how many hours.</summary>
internal sealed class EventModel(EventService events) : FormPageModel
{
    public ScheduledEvent? Event { get; private set; }
    public IReadOnlyList<Attendance> Attendance { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct) => await LoadAsync(id, ct);

    public async Task<IActionResult> OnPostAsync(long id, long? personId, decimal? hours, CancellationToken ct)
    {
        if (personId is null) Errors.Add("personId", Modular.Sdk.Text.Of("请选择人员。", "Choose the person."));
        else
        {
            var result = await events.SetAttendanceAsync(id, new AttendanceInput(personId.Value, hours), ct);
            if (!result.Succeeded) ShowErrors(result.Errors); else Notice = Modular.Sdk.Text.Of("已登记。", "Recorded.");
        }
        return await LoadAsync(id, ct);
    }

    private async Task<IActionResult> LoadAsync(long id, CancellationToken ct)
    {
        Event = await events.FindAsync(id, ct);
        if (Event is null) return NotFound();
        Attendance = await events.AttendanceAsync(id, ct);
        return Page();
    }
}
