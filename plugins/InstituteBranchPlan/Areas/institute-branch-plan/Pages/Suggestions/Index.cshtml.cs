using Modular.Plugins.InstituteBranchPlan.LeadingGroup;
using Modular.Plugins.InstituteBranchPlan.Suggestions;

namespace Modular.Plugins.InstituteBranchPlan.Pages.Suggestions;

/// <summary>我为组织建一言: a member writes to their branch and reads the answers; the branch answers each and sees who has not written.</summary>
public sealed class IndexModel(SuggestionService suggestions, BranchOffice office, InstituteBranchPlanCampaign campaign, ICurrentUser user) : PluginPageModel
{
    public InstituteRules Rules { get; private set; } = null!;
    public bool IsMember { get; private set; }
    public IReadOnlyList<SuggestionInfo> Mine { get; private set; } = [];
    public IReadOnlyList<BranchSuggestions> Branches { get; private set; } = [];
    public HashSet<long> Runs { get; private set; } = [];
    public string? Notice { get; private set; }

    [BindProperty] public string? SuggestionText { get; set; }

    public DateTime Local(DateTimeOffset at) => campaign.WallClock(at);

    public async Task OnGetAsync(string? done, CancellationToken ct)
    {
        Notice = done switch
        {
            "given" => Text.Of("建议已提交给党支部。", "Your suggestion went to the branch."),
            "answered" => Text.Of("答复已保存。", "The answer is saved."),
            _ => null,
        };
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await suggestions.SubmitAsync(new SuggestionTextInput(SuggestionText), ct);
        return await AfterPostAsync(result, "given", () => LoadAsync(ct));
    }

    public async Task<IActionResult> OnPostReplyAsync(long id, string? reply, int version, CancellationToken ct)
    {
        var result = await suggestions.ReplyAsync(id, new SuggestionReplyInput(reply, version), ct);
        return await AfterPostAsync(result, "answered", () => LoadAsync(ct));
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Rules = await campaign.RulesAsync(ct);
        IsMember = await user.PersonIdAsync(ct) is not null;
        Mine = await suggestions.MineAsync(ct);
        Branches = await suggestions.BranchesAsync(ct);
        foreach (var b in Branches)
            if (await office.MayRunAsync(b.BranchId, ct)) Runs.Add(b.BranchId);
    }
}
