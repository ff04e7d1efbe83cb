using Modular.Plugins.InstituteBranchPlan.BranchPlan;
using Modular.Plugins.InstituteBranchPlan.Common;
using Modular.Plugins.InstituteBranchPlan.LeadingGroup;

namespace Modular.Plugins.InstituteBranchPlan.Pages.BranchPlan;

/// <summary>三(一)二 制定方案: the branch's implementation plan — drafted, revised and finalized by those who run it; read by its members.</summary>
public sealed class IndexModel(BranchDocuments documents, BranchOffice office, InstituteBranchPlanCampaign campaign) : PluginPageModel
{
    public IReadOnlyList<BranchDocumentCard> Plans { get; private set; } = [];
    public string? Notice { get; private set; }

    public async Task OnGetAsync(string? done, CancellationToken ct)
    {
        Notice = done switch
        {
            "saved" => Text.Of("实施方案已保存为新的一稿。", "The plan is saved as a new version."),
            "final" => Text.Of("实施方案已定稿，本支部党员可以查看。", "The plan is final; the branch's members read it."),
            _ => null,
        };
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostSaveAsync(long branchId, string? goals, string? requirements, int version, string? note, CancellationToken ct) =>
        await AfterPostAsync(await documents.SaveAsync(BranchPlanRule.Document, branchId, new BranchPlanInput(goals, requirements, version, note).Parts, version, note, ct), "saved", () => LoadAsync(ct));

    public async Task<IActionResult> OnPostFinalAsync(long branchId, int version, CancellationToken ct) =>
        await AfterPostAsync(await documents.FinalizeAsync(BranchPlanRule.Document, branchId, version, ct), "final", () => LoadAsync(ct));


    // Every branch the user runs or sees, and the member's own branch.
    private async Task LoadAsync(CancellationToken ct)
    {
        var cards = new List<BranchDocumentCard>();
        foreach (var branch in await office.BranchesReadAsync(ct))
            if ((await documents.ReadAsync(BranchPlanRule.Document, branch.Id, ct)).Value is { } view)
                cards.Add(new(view, BranchPlanRule.Document, await office.MayRunAsync(branch.Id, ct), campaign.WallClock, ErrorFor, "Save", "Final"));
        Plans = cards;
    }
}
