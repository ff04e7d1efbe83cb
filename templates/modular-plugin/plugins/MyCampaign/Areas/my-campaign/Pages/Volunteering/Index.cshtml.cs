using Modular.Plugins.MyCampaign.Volunteering;

namespace Modular.Plugins.MyCampaign.Pages.Volunteering;

/// <summary>
/// 党员志愿服务: the form a branch's officers (or the office) record an activity with, this month's state of every branch the
/// user sees, the latest activities and the ledger. The same service as the API: its checks, its messages by field.
/// </summary>
public sealed class IndexModel(VolunteeringService service, MyCampaignCampaign campaign) : PluginPageModel
{
    public VolunteeringRule Rule { get; private set; } = null!;
    public DateOnly Today { get; private set; }
    public IReadOnlyList<OrganizationInfo> Branches { get; private set; } = [];
    public IReadOnlyList<BranchMonth> ThisMonth { get; private set; } = [];
    public ListPage<ActivityView> Recent { get; private set; } = null!;
    public bool Saved { get; private set; }

    [BindProperty] public long? OrganizationId { get; set; }
    [BindProperty] public DateOnly? HeldOn { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public int? Participants { get; set; }
    [BindProperty] public string? Note { get; set; }

    public async Task OnGetAsync(string? done, CancellationToken ct)
    {
        Saved = done == "saved";
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await service.RecordAsync(new ActivityInput(OrganizationId, HeldOn, Title, Participants, Note), ct);
        return await AfterPostAsync(result, "saved", () => LoadAsync(ct));
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Rule = await campaign.RulesAsync(ct);
        Today = campaign.Today;
        Branches = await service.RecordableBranchesAsync(ct);
        var thisMonth = VolunteeringRule.MonthOf(Today);
        ThisMonth = [.. (await service.MonthsAsync(ct)).Where(m => m.Month == thisMonth)];
        Recent = await service.ListAsync(new PageRequest(1, 20), ct);
    }
}
