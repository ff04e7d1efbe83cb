using Modular.Plugins.InstituteBranchPlan.Commendation;
using Modular.Plugins.InstituteBranchPlan.LeadingGroup;

namespace Modular.Plugins.InstituteBranchPlan.Pages.Commendation;

/// <summary>评选表彰: the branch's recommendation list and its nominations upward; the level above decides; honours recorded.</summary>
public sealed class IndexModel(CommendationService commendation, BranchOffice office, InstituteBranchPlanCampaign campaign, ICurrentUser user) : PluginPageModel
{
    public InstituteRules Rules { get; private set; } = null!;
    public IReadOnlyList<BranchCandidates> Branches { get; private set; } = [];
    public IReadOnlyList<NominationInfo> Nominations { get; private set; } = [];
    public HashSet<long> Decides { get; private set; } = [];
    /// <summary>Approved nominations the user may report to the parent jurisdiction (the institute's selection).</summary>
    public HashSet<long> Reports { get; private set; } = [];
    public IReadOnlyList<HonorView> Honors { get; private set; } = [];
    public HashSet<long> Runs { get; private set; } = [];
    public string? Notice { get; private set; }

    public DateTime Local(DateTimeOffset at) => campaign.WallClock(at);

    public async Task OnGetAsync(string? done, CancellationToken ct)
    {
        Notice = done switch
        {
            "nominated" => Text.Of("已推荐，等待上级党组织审定。", "Nominated; the organization above decides."),
            "decided" => Text.Of("审定结果已保存。", "The decision is saved."),
            "reported" => Text.Of("已上报上级，等待评选结果。", "Reported up; the level above selects."),
            "honored" => Text.Of("表彰已登记。", "The honour is recorded."),
            _ => null,
        };
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostNominateAsync(long personId, string? reason, CancellationToken ct) =>
        await AfterPostAsync(await commendation.NominateAsync(new NominateInput(personId, reason), ct), "nominated", () => LoadAsync(ct));

    public async Task<IActionResult> OnPostDecideAsync(long id, bool approve, string? reason, CancellationToken ct) =>
        await AfterPostAsync(await commendation.DecideAsync(id, new NominationDecisionInput(approve, reason), ct), "decided", () => LoadAsync(ct));

    public async Task<IActionResult> OnPostReportAsync(long id, CancellationToken ct) =>
        await AfterPostAsync(await commendation.ReportAsync(id, ct), "reported", () => LoadAsync(ct));

    public async Task<IActionResult> OnPostHonorAsync(HonorKind? kind, long? organizationId, long? personId, string? title, CancellationToken ct) =>
        await AfterPostAsync(await commendation.RecordHonorAsync(new HonorInput(kind, kind == HonorKind.Collective ? organizationId : null, kind == HonorKind.Individual ? personId : null, title), ct), "honored", () => LoadAsync(ct));


    private async Task LoadAsync(CancellationToken ct)
    {
        Rules = await campaign.RulesAsync(ct);
        Branches = await commendation.BranchesAsync(ct);
        Nominations = await commendation.NominationsAsync(ct);
        Honors = await commendation.HonorsAsync(ct);
        foreach (var b in Branches)
            if (await office.MayRunAsync(b.BranchId, ct)) Runs.Add(b.BranchId);
        foreach (var n in Nominations)
        {
            if (!await user.ManagesOrganizationAsync(n.CurrentOrganizationId, ct)) continue;
            if (n.Status == NominationStatus.InProgress) Decides.Add(n.Id);
            else if (n.Status == NominationStatus.Approved && n.ReportedToJurisdictionId is null) Reports.Add(n.Id);
        }
    }
}
