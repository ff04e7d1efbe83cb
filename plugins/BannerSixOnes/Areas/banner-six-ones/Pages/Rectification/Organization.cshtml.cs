using Modular.Plugins.BannerSixOnes.Common;
using Modular.Plugins.BannerSixOnes.Rectification;

namespace Modular.Plugins.BannerSixOnes.Pages.Rectification;

/// <summary>One organization's problem list: the problems with their state, a form to add one (its officers, the office), and 落实整改 on each open one.</summary>
public sealed class OrganizationModel(ProblemList problems, IOrganizationDirectory organizations, SixOnesCampaign campaign) : PluginPageModel
{
    public OrganizationInfo Organization { get; private set; } = null!;
    public IReadOnlyList<ProblemRow> Rows { get; private set; } = [];
    public IReadOnlyList<PersonInfo> People { get; private set; } = [];
    public bool MayKeep { get; private set; }
    public DateOnly Today { get; private set; }
    public string? Notice { get; private set; }
    /// <summary>The problem a refused 落实整改 was for, so its error shows beside it.</summary>
    public long? FailedId { get; private set; }

    [BindProperty] public string? Problem { get; set; }
    [BindProperty] public string? FoundIn { get; set; }
    [BindProperty] public string? Cause { get; set; }
    [BindProperty] public string? Target { get; set; }
    [BindProperty] public string? Measures { get; set; }
    [BindProperty] public long? LeadPersonId { get; set; }
    [BindProperty] public RectificationMode Mode { get; set; } = RectificationMode.Deadline;
    [BindProperty] public DateOnly? Deadline { get; set; }

    public async Task<IActionResult> OnGetAsync(long organization, string? done, CancellationToken ct)
    {
        if (await LoadAsync(organization, ct) is { } stop) return stop;
        Notice = done switch
        {
            "added" => Text.Of("问题已登记。", "The problem is on the list."),
            "completed" => Text.Of("已登记整改完成。", "Recorded as put right."),
            _ => null,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAddAsync(long organization, CancellationToken ct)
    {
        if (await LoadAsync(organization, ct) is { } stop) return stop;
        var result = await problems.AddAsync(new ProblemInput(organization, Problem, FoundIn, LeadPersonId, Mode, Deadline, Target, Measures, Cause: Cause), ct);
        return await AfterAsync(result, organization, "added", ct);
    }

    public async Task<IActionResult> OnPostCompleteAsync(long organization, long id, DateOnly? completedOn, string? evidence, int? version, CancellationToken ct)
    {
        if (await LoadAsync(organization, ct) is { } stop) return stop;
        var result = await problems.CompleteAsync(id, new ProblemCompletion(completedOn, evidence, version), ct);
        if (!result.Succeeded) FailedId = id;
        return await AfterAsync(result, organization, "completed", ct);
    }

    private async Task<IActionResult> AfterAsync(Result<ProblemRow> result, long organization, string done, CancellationToken ct)
    {
        if (result.Succeeded) return Redirect($"{Base}/Rectification/Organization?organization={organization}&done={done}");
        await LoadAsync(organization, ct);
        return Unless(result)!;
    }

    private async Task<IActionResult?> LoadAsync(long organization, CancellationToken ct)
    {
        if (await organizations.FindAsync(organization, ct) is not { } org || !await problems.MayReadAsync(organization, ct)) return NotFound();
        Organization = org;
        Today = campaign.Today;
        Rows = (await problems.ListAsync(organization, null, ct)).Value!;
        MayKeep = await problems.MayKeepAsync(organization, ct);
        if (MayKeep) People = await problems.PeopleOfAsync(organization, ct);
        return null;
    }
}
