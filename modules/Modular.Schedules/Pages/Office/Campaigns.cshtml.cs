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
        if (created is not null) return RedirectWithNotice($"/j/{jurisdiction.Required.Code}/office/campaigns/{created.Id}", Modular.Sdk.Text.Of("活动实例已创建。下一步：添加阶段和期限。", "Campaign created. Next: add its stages and deadlines."));
        ShowErrors(errors);
        Campaigns = await campaigns.ListAsync(ct);
        return Page();
    }
}
