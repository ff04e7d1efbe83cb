using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Modular.Identity.Provisioning;
using Modular.Modules;
using Modular.Modules.Web;
using Modular.Organizations.Accounts;
using Modular.Sdk;

namespace Modular.Organizations.Pages.Roster;

/// <summary>A batch's slips as a page to print and cut (the .xlsx's alternative): handed out once, like the sheet.</summary>
[Authorize(Policy = Policies.RosterEditor)]
internal sealed class AccountSlipsModel(SlipSheets sheets) : FormPageModel
{
    public IReadOnlyList<Slip> Slips { get; private set; } = [];
    public string SignInAddress => sheets.SignInAddress;
    public long BatchId { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        BatchId = id;
        Response.Headers.CacheControl = "no-store"; // initial passwords: not for the browser's cache
        var download = await sheets.SlipsAsync(RosterActor.From(User), id, ct);
        switch (download.Outcome)
        {
            case SlipSheets.Outcome.Handed:
                Slips = download.Sheet!;
                break;
            case SlipSheets.Outcome.Gone:
                Errors.Add("slips", sheets.GoneMessage(download.Batch));
                Response.StatusCode = StatusCodes.Status410Gone;
                break;
            default:
                Errors.Add("slips", download.Refusal!.Message ?? "");
                Response.StatusCode = ResultHttp.StatusOf(download.Refusal.Kind);
                break;
        }
        return Page();
    }
}
