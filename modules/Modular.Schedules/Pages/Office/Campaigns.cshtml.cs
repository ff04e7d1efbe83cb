using Microsoft.AspNetCore.Mvc;
using Modular.Modules.Web;
using Modular.Sdk;

namespace Modular.Schedules.Pages.Office;

internal sealed class CampaignsModel(CampaignService campaigns, IJurisdictionContext jurisdiction) : FormPageModel
{
    public IReadOnlyList<Campaign> Campaigns { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Campaigns = await campaigns.ListAsync(ct);

    public async Task<IActionResult> OnPostAsync(string? pluginId, string? name, DateOnly? startsOn, DateOnly? endsOn, CancellationToken ct)
    {
        var (created, errors) = await campaigns.CreateAsync(new CampaignInput(pluginId, name, startsOn, endsOn), ct);
        if (created is not null) return Redirect($"/j/{jurisdiction.Required.Code}/office/campaigns/{created.Id}");
        ShowErrors(errors);
        Campaigns = await campaigns.ListAsync(ct);
        return Page();
    }
}
