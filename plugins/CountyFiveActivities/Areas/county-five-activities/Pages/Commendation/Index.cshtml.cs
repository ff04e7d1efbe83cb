using Modular.Plugins.CountyFiveActivities.Commendation;
using Modular.Plugins.CountyFiveActivities.Common;

namespace Modular.Plugins.CountyFiveActivities.Pages.Commendation;

/// <summary>
/// 七一表彰推荐: every nomination with its way up the levels, each step on its day; the approved list; the levels' own
/// commendations (各级党组织也要表彰) with the form of the committees the caller manages; 群众公认度 of the members nominated;
/// the report up to the parent jurisdiction and its decision; and, for this jurisdiction's office, what its child jurisdictions
/// reported here, with the decision form.
/// </summary>
public sealed class IndexModel(CommendationService commendation, IOrganizationDirectory directory, ICurrentUser user, CountyCampaign campaign) : PluginPageModel
{
    /// <summary>A nomination a committee the caller manages may still commend at its level.</summary>
    public sealed record Commendable(long NominationId, long OrganizationId, string Label);

    public IReadOnlyList<NominationRow> Rows { get; private set; } = [];
    public CountyRules Rules { get; private set; } = null!;
    public Dictionary<long, string> Levels { get; private set; } = [];
    public IReadOnlyList<Commendable> LevelChoices { get; private set; } = [];
    public IReadOnlyList<ReportedRow> Reported { get; private set; } = [];
    public bool IsOffice => user.IsJurisdictionAdmin;
    public string? Notice { get; private set; }
    public DateOnly Today => campaign.Today;
    public DateOnly LocalDay(DateTimeOffset at) => campaign.LocalDay(at);

    public async Task OnGetAsync(string? done, CancellationToken ct)
    {
        Notice = done switch
        {
            "commended" => Text.Of("已记录本级表彰决定。", "The level's decision is recorded."),
            "reported" => Text.Of("已上报上级。", "Reported to the level above."),
            "decided" => Text.Of("已评定上报的推荐。", "The reported nomination is decided."),
            "forwarded" => Text.Of("已入选并上报上级。", "Selected and reported to the level above."),
            _ => null,
        };
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostCommendAsync(string? choice, bool commended, string? reason, DateOnly? decidedOn, CancellationToken ct)
    {
        var (id, organization) = Parse(choice);
        return await AfterPostAsync(await commendation.CommendAtLevelAsync(id, new LevelCommendInput(organization, commended, reason, decidedOn), ct), "commended", () => LoadAsync(ct));
    }

    public async Task<IActionResult> OnPostReportUpAsync(long id, CancellationToken ct) =>
        await AfterPostAsync(await commendation.ReportUpAsync(id, ct), "reported", () => LoadAsync(ct));

    public async Task<IActionResult> OnPostDecideAsync(int from, long id, bool? selected, string? reason, CancellationToken ct) =>
        await AfterPostAsync(await commendation.DecideReportedAsync(from, id, new ReportedDecisionInput(selected, reason), ct), "decided", () => LoadAsync(ct));

    public async Task<IActionResult> OnPostForwardAsync(int from, long id, string? reason, CancellationToken ct) =>
        await AfterPostAsync(await commendation.ForwardReportedAsync(from, id, new ReportedDecisionInput(true, reason), ct), "forwarded", () => LoadAsync(ct));

    /// <summary>The level form's one choice: “nomination:organization”.</summary>
    private static (long Id, long? Organization) Parse(string? choice) =>
        choice?.Split(':') is [var n, var o] && long.TryParse(n, out var id) && long.TryParse(o, out var org) ? (id, org) : (0, null);

    private async Task LoadAsync(CancellationToken ct)
    {
        Rules = await campaign.RulesAsync(ct);
        Rows = await commendation.RowsAsync(null, ct);
        var tree = await directory.TreeAsync(ct);
        Levels = tree.All.ToDictionary(o => o.Id, o => o.Name);
        var committees = new List<OrganizationInfo>();
        foreach (var o in tree.All.Where(o => o.ParentId is not null && o.Kind != OrganizationKind.LeadingGroupOffice && tree.ChildrenOf(o.Id).Any()))
            if (await user.ManagesOrganizationAsync(o.Id, ct)) committees.Add(o);
        LevelChoices = [.. from r in Rows
                           from c in committees
                           where r.LevelCommendations.All(l => l.OrganizationId != c.Id)
                                 && CommendationRule.LevelRefused(r.CurrentOrganizationId, [.. r.Steps.Select(s => (s.OrganizationId, s.Decision))], c.Id, true, false) is null
                           select new Commendable(r.Id, c.Id, $"{c.Name} · {r.CategoryName} · {r.NomineeName}")];
        Reported = IsOffice && (await commendation.ReportedToUsAsync(ct)).Value is { } reported ? reported : [];
    }
}
