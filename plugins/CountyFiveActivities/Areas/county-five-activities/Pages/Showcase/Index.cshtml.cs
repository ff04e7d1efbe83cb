using Modular.Plugins.CountyFiveActivities.Common;
using Modular.Plugins.CountyFiveActivities.Showcase;
using Modular.Plugins.CountyFiveActivities.TypicalModels;

namespace Modular.Plugins.CountyFiveActivities.Pages.Showcase;

/// <summary>展示成果 (第四步): the exhibitions, seminars and exchange meetings with the typical models they show; the holders record them — the same service as the API.</summary>
public sealed class IndexModel(ShowcaseService showcase, TypicalModelService models, CountyCampaign campaign) : PluginPageModel
{
    public IReadOnlyList<ShowcaseView> Events { get; private set; } = [];
    public IReadOnlyList<OrganizationInfo> Holders { get; private set; } = [];
    public IReadOnlyList<TypicalModelView> Models { get; private set; } = [];
    public CampaignStage Stage { get; private set; } = null!;
    public string? Notice { get; private set; }

    public async Task OnGetAsync(string? done, CancellationToken ct)
    {
        if (done == "saved") Notice = Text.Of("已登记展示活动。", "The event is recorded.");
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostRecordAsync(ShowcaseKind? kind, long organizationId, string? title, DateOnly? heldOn, decimal? hours, string? place,
        int? visitors, List<long>? models, CancellationToken ct)
    {
        var result = await showcase.RecordAsync(new(kind, organizationId, title, heldOn, hours, place, null, models ?? [], visitors), ct);
        return await AfterPostAsync(result, "saved", () => LoadAsync(ct));
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Events = await showcase.ListAsync(ct);
        Holders = await showcase.HoldersAsync(ct);
        Models = Holders.Count > 0 ? await models.ListAsync(ct) : [];
        Stage = Modular.Plugins.CountyFiveActivities.Showcase.ShowcaseRule.Stage(await campaign.RulesAsync(ct));
    }
}
