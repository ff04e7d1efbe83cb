using Modular.Plugins.CountyFiveActivities.Study;

namespace Modular.Plugins.CountyFiveActivities.Pages.Study;

/// <summary>
/// 组织集中学习 (第一步): every party organization's sessions and where it stands; whoever manages an organization picks it
/// (<c>?org=</c>) and records a session with its attendees — the same service as the API.
/// </summary>
public sealed class IndexModel(CentralStudyQuery query, CentralStudyService study, IRoster roster, IOrganizationDirectory directory, ICurrentUser user) : PluginPageModel
{
    public CentralStudyOverview Overview { get; private set; } = null!;
    public IReadOnlyList<OrganizationInfo> Recordable { get; private set; } = [];
    public OrganizationInfo? Chosen { get; private set; }
    public IReadOnlyList<PersonInfo> Members { get; private set; } = [];
    public string? Notice { get; private set; }

    public async Task OnGetAsync(long? org, string? done, CancellationToken ct)
    {
        if (done == "saved") Notice = Text.Of("已登记集中学习。", "The session is recorded.");
        await LoadAsync(org, ct);
    }

    public async Task<IActionResult> OnPostRecordAsync(long organizationId, string? topic, DateOnly? heldOn, decimal? hours, StudyForm? form,
        List<long>? attendees, string? place, CancellationToken ct)
    {
        var result = await study.RecordAsync(new CentralStudyInput(organizationId, topic, heldOn, hours, form, attendees ?? [], place), ct);
        return await AfterPostAsync(result, "saved", () => LoadAsync(organizationId, ct));
    }

    private async Task LoadAsync(long? org, CancellationToken ct)
    {
        Overview = await query.OverviewAsync(ct);
        var tree = await directory.TreeAsync(ct);
        var recordable = new List<OrganizationInfo>();
        foreach (var o in tree.All.Where(OrganizationTree.IsPartyOrganization))
            if (await user.ManagesOrganizationAsync(o.Id, ct)) recordable.Add(o);
        Recordable = recordable;
        Chosen = org is { } id ? recordable.FirstOrDefault(o => o.Id == id) : recordable.Count == 1 ? recordable[0] : null;
        if (Chosen is not null)
            Members = [.. (await roster.MembersAsync(new RosterQuery { SubtreeRootId = Chosen.Id }, ct)).OrderBy(m => m.Name, StringComparer.Ordinal)];
    }
}
