using Modular.Plugins.InstituteBranchPlan.LeadingGroup;
using Modular.Plugins.InstituteBranchPlan.PartySpirit;

namespace Modular.Plugins.InstituteBranchPlan.Pages.PartySpirit;

/// <summary>
/// 党性教育: a member's education attended and their own party-spirit analysis; for those who run or oversee a branch, the
/// coverage bar, the analyses handed in, late and missing, and (running it) the form to record an education event.
/// </summary>
public sealed class IndexModel(PartySpiritService service, BranchOffice office, InstituteBranchPlanCampaign campaign) : PluginPageModel
{
    public InstituteRules Rules { get; private set; } = null!;
    public DateOnly Today { get; private set; }
    public PartySpiritLine? Mine { get; private set; }
    public IReadOnlyList<BranchPartySpirit> Branches { get; private set; } = [];
    public HashSet<long> Runs { get; private set; } = [];
    public string? Notice { get; private set; }

    [BindProperty] public AnalysisForm? Form { get; set; }
    [BindProperty] public string? ProblemsFound { get; set; }
    [BindProperty] public string? SelfCriticism { get; set; }
    [BindProperty] public string? CriticismReceived { get; set; }
    [BindProperty] public int? Version { get; set; }

    /// <summary>The event whose correction was refused, and what was sent: its form opens again with the errors at the fields.</summary>
    public long? EditedEventId { get; private set; }
    public EducationEventInput? Edited { get; private set; }

    public async Task OnGetAsync(string? done, CancellationToken ct)
    {
        Notice = done switch
        {
            "analysis" => Text.Of("党性分析已保存。", "Your analysis is saved."),
            "event" => Text.Of("党性教育活动已登记。", "The education event is recorded."),
            "event-updated" => Text.Of("党性教育活动已修改。", "The education event is corrected."),
            _ => null,
        };
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await service.SaveAnalysisAsync(new AnalysisInput(null, Form, ProblemsFound, SelfCriticism, CriticismReceived, Version), ct);
        return await AfterPostAsync(result, "analysis", () => LoadAsync(ct));
    }

    public async Task<IActionResult> OnPostEventAsync(long branchId, EducationKind? kind, string? title, DateOnly? heldOn, decimal? hours, string? place,
        List<long>? attended, CancellationToken ct)
    {
        var result = await service.CreateEventAsync(new EducationEventInput(branchId, kind, title, heldOn, hours, place, null, attended ?? []), ct);
        return await AfterPostAsync(result, "event", () => LoadAsync(ct));
    }

    public async Task<IActionResult> OnPostUpdateEventAsync(long id, int? version, EducationKind? kind, string? title, DateOnly? heldOn, decimal? hours, string? place,
        CancellationToken ct)
    {
        var input = new EducationEventInput(null, kind, title, heldOn, hours, place, null, null, version);
        var result = await service.UpdateEventAsync(id, input, ct);
        return await AfterPostAsync(result, "event-updated", () =>
        {
            (EditedEventId, Edited) = (id, input); // the form again, as it was sent
            return LoadAsync(ct);
        });
    }

    /// <summary>A field's error for the event form it belongs to: the correction refused for that event, or the new-event form.</summary>
    public string? EventErrorFor(long? eventId, string field) => eventId == EditedEventId ? ErrorFor(field) : null;

    private async Task LoadAsync(CancellationToken ct)
    {
        Rules = await campaign.RulesAsync(ct);
        Today = campaign.Today;
        Mine = await service.MineAsync(ct);
        Branches = await service.BranchesAsync(ct);
        foreach (var b in Branches)
            if (await office.MayRunAsync(b.BranchId, ct)) Runs.Add(b.BranchId);
        if (Mine?.Analysis is { } a && ProblemsFound is null)
            (Form, ProblemsFound, SelfCriticism, CriticismReceived, Version) = (a.Form, a.ProblemsFound, a.SelfCriticism, a.CriticismReceived, a.Version);
    }
}
