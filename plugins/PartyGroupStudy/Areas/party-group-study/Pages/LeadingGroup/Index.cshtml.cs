using Modular.Plugins.PartyGroupStudy.Guidance;
using Modular.Plugins.PartyGroupStudy.LeadingGroup;

namespace Modular.Plugins.PartyGroupStudy.Pages.LeadingGroup;

/// <summary>领导小组: the group (recorded or proposed), the office's director, each member's units and the guidance visits, with forms for who may write.</summary>
public sealed class IndexModel(LeadingGroupService groups, GuidanceService guidance, GroupOffice office, PartyGroupStudyCampaign campaign) : PluginPageModel
{
    public LeadingGroupView? Group { get; private set; }
    public IReadOnlyList<PersonInfo> People { get; private set; } = [];
    public IReadOnlyList<MemberGuidance> Coverage { get; private set; } = [];
    public IReadOnlyList<VisitView> Visits { get; private set; } = [];
    public bool MayRun { get; private set; }
    public long? Me { get; private set; }
    public string? Notice { get; private set; }
    public DateOnly Today { get; private set; }

    [BindProperty] public string? DirectorName { get; set; }
    [BindProperty] public string? UnitName { get; set; }
    [BindProperty] public string? Findings { get; set; }
    [BindProperty] public string? FollowUp { get; set; }

    public async Task OnGetAsync(string? done, CancellationToken ct)
    {
        Notice = done switch
        {
            "saved" => Text.Of("领导小组已保存。", "The leading group is saved."),
            "unit" => Text.Of("分管和联系单位已更新。", "The units are updated."),
            "visit" => Text.Of("指导记录已登记。", "The visit is recorded."),
            _ => null,
        };
        await LoadAsync(ct);
    }

    /// <summary>The form sends one role per member of the party group (<c>role-{personId}</c>: Leader, Deputy, Member or empty).</summary>
    public async Task<IActionResult> OnPostGroupAsync(int version, long? directorPersonId, CancellationToken ct)
    {
        var roles = Request.Form.Keys.Where(k => k.StartsWith("role-", StringComparison.Ordinal))
            .Select(k => (Person: long.TryParse(k[5..], out var id) ? id : 0, Role: Enum.TryParse<GroupRole>(Request.Form[k], out var r) ? r : (GroupRole?)null))
            .Where(x => x.Person > 0 && x.Role is not null).ToList();
        var leaders = roles.Where(x => x.Role == GroupRole.Leader).Select(x => x.Person).ToList();
        Result<LeadingGroupView> result = leaders.Count > 1
            ? Refuse.Field("leaderId", Text.Of("领导小组只有一名组长。", "The group has one leader."))
            : await groups.SaveAsync(new LeadingGroupInput(leaders.Count == 1 ? leaders[0] : null,
                [.. roles.Where(x => x.Role == GroupRole.Deputy).Select(x => x.Person)], [.. roles.Where(x => x.Role == GroupRole.Member).Select(x => x.Person)],
                DirectorName, directorPersonId, version), ct);
        return await AfterPostAsync(result, "saved", () => LoadAsync(ct));
    }

    public async Task<IActionResult> OnPostUnitAsync(long personId, UnitRelation relation, CancellationToken ct) =>
        await AfterPostAsync(await groups.AddUnitAsync(new UnitInput(personId, UnitName, relation), ct), "unit", () => LoadAsync(ct));

    public async Task<IActionResult> OnPostRemoveUnitAsync(long unitId, CancellationToken ct) =>
        await AfterPostAsync(await groups.RemoveUnitAsync(unitId, ct), "unit", () => LoadAsync(ct));

    public async Task<IActionResult> OnPostVisitAsync(long unitId, DateOnly visitedOn, GuidanceFocus focus, CancellationToken ct) =>
        await AfterPostAsync(await guidance.RecordAsync(new VisitInput(unitId, visitedOn, focus, Findings, FollowUp), ct), "visit", () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct)
    {
        Today = campaign.Today;
        Group = (await groups.GetAsync(ct)).Value;
        MayRun = await office.MayRunAsync(ct);
        Me = (await office.MeAsync(ct))?.PersonId;
        People = MayRun ? await office.GroupPeopleAsync(ct) : [];
        Coverage = await guidance.CoverageAsync(ct);
        Visits = await guidance.VisitsAsync(ct);
        DirectorName ??= Group?.DirectorName;
    }

    /// <summary>Whether the user may add units and visits for a member: the office for anyone, a member for themselves.</summary>
    public bool MayWriteFor(long personId) => MayRun || Me == personId;
}
