using Modular.Sdk.Web;
using Modular.Plugins.InstituteBranchPlan.LeadingGroup;
using Modular.Plugins.InstituteBranchPlan.Dedication;

namespace Modular.Plugins.InstituteBranchPlan.Pages.Dedication;

/// <summary>
/// 岗位奉献: the contests of the member's branch to enter, with the results; for those who run a branch, setting up contests,
/// entering members and recording results, and assigning model posts; the institute's model posts for everyone.
/// </summary>
public sealed class IndexModel(DedicationService service, BranchOffice office, InstituteBranchPlanCampaign campaign) : PluginPageModel
{
    public InstituteRules Rules { get; private set; } = null!;
    public DateOnly Today { get; private set; }
    public long? Me { get; private set; }
    public IReadOnlyList<BranchContests> Branches { get; private set; } = [];
    public IReadOnlyList<ModelPostView> Posts { get; private set; } = [];
    private ILookup<long, PersonInfo> _members = Enumerable.Empty<PersonInfo>().ToLookup(p => 0L);

    /// <summary>The branch's members, for its pickers: a leading group's deputy chooses among them though the host shows a member only themselves.</summary>
    public IReadOnlyList<PickerChoice> MembersOf(long branchId) => [.. _members[branchId].Select(p => new PickerChoice(p.Id, p.Name))];
    public string? Notice { get; private set; }

    public async Task OnGetAsync(string? done, CancellationToken ct)
    {
        Notice = done switch
        {
            "contest" => Text.Of("竞赛已设立。", "The contest is set up."),
            "entered" => Text.Of("已报名。", "Entered."),
            "result" => Text.Of("结果已登记。", "The result is recorded."),
            "post" => Text.Of("党员示范岗已设立。", "The model post is assigned."),
            _ => null,
        };
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostContestAsync(long branchId, ContestKind? kind, string? title, DateOnly? heldOn, string? description, CancellationToken ct) =>
        await AfterPostAsync(await service.CreateContestAsync(new ContestInput(branchId, kind, title, heldOn, description), ct), "contest", () => LoadAsync(ct));

    public async Task<IActionResult> OnPostEnterAsync(long contestId, long? personId, CancellationToken ct) =>
        await AfterPostAsync(await service.EnterAsync(contestId, new EntryInput(personId), ct), "entered", () => LoadAsync(ct));

    public async Task<IActionResult> OnPostResultAsync(long contestId, long personId, int? rank, string? award, int? version, CancellationToken ct) =>
        await AfterPostAsync(await service.RecordResultAsync(contestId, personId, new ContestResultInput(rank, award, version), ct), "result", () => LoadAsync(ct));

    public async Task<IActionResult> OnPostPostAsync(long? personId, string? postName, string? shows, DateOnly? from, DateOnly? to, CancellationToken ct) =>
        await AfterPostAsync(await service.SavePostAsync(null, new ModelPostInput(personId, postName, shows, from, to, null), ct), "post", () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct)
    {
        Rules = await campaign.RulesAsync(ct);
        Today = campaign.Today;
        Me = await HttpContext.RequestServices.GetRequiredService<ICurrentUser>().PersonIdAsync(ct);
        Branches = await service.ContestsAsync(ct);
        Posts = await service.PostsAsync(ct);
        var run = Branches.Where(b => b.Runs).Select(b => b.BranchId).ToHashSet();
        _members = await office.MembersOfAsync((await office.BranchesSeenAsync(ct)).Where(b => run.Contains(b.Id)), ct);
    }
}
