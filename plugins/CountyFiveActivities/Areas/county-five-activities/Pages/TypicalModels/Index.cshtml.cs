using Modular.Plugins.CountyFiveActivities.TypicalModels;

namespace Modular.Plugins.CountyFiveActivities.Pages.TypicalModels;

/// <summary>
/// 树立先进典型 (第三步): the public list of typical models with their stories and publicity; a level's officers (or the office)
/// pick the level (<c>?level=</c>) and set up a member or an organization below it, and record publicity — the same service as the API.
/// </summary>
public sealed class IndexModel(TypicalModelService models, IRoster roster, IOrganizationDirectory directory, ICurrentUser user) : PluginPageModel
{
    public IReadOnlyList<TypicalModelView> Models { get; private set; } = [];
    public IReadOnlyList<OrganizationInfo> Levels { get; private set; } = [];
    public OrganizationInfo? Level { get; private set; }
    public IReadOnlyList<PersonInfo> People { get; private set; } = [];
    public IReadOnlyList<OrganizationInfo> Below { get; private set; } = [];
    public HashSet<long> MayPublicize { get; private set; } = [];
    public string? Notice { get; private set; }

    public async Task OnGetAsync(long? level, string? done, CancellationToken ct)
    {
        Notice = done switch
        {
            "saved" => Text.Of("已确定先进典型。", "The typical model is set up."),
            "publicized" => Text.Of("已登记宣传。", "The publicity is recorded."),
            _ => null,
        };
        await LoadAsync(level, ct);
    }

    public async Task<IActionResult> OnPostSetUpAsync(long setUpByOrganizationId, TypicalModelKind? kind, long? personId, long? organizationId, string? title,
        DateOnly? setUpOn, string? story, CancellationToken ct)
    {
        var result = await models.SetUpAsync(new(kind, personId, organizationId, title, setUpByOrganizationId, setUpOn, story), ct);
        return await AfterPostAsync(result, "saved", () => LoadAsync(setUpByOrganizationId, ct));
    }

    public async Task<IActionResult> OnPostPublicizeAsync(long modelId, PublicityForm? form, DateOnly? heldOn, string? note, CancellationToken ct)
    {
        var result = await models.PublicizeAsync(modelId, new(form, heldOn, note), ct);
        return await AfterPostAsync(result, "publicized", () => LoadAsync(null, ct));
    }

    private async Task LoadAsync(long? level, CancellationToken ct)
    {
        Models = await models.ListAsync(ct);
        Levels = await models.LevelsAsync(ct);
        Level = level is { } id ? Levels.FirstOrDefault(l => l.Id == id) : Levels.Count == 1 ? Levels[0] : null;
        if (Level is not null)
        {
            var tree = await directory.TreeAsync(ct);
            People = [.. (await roster.MembersAsync(new RosterQuery { SubtreeRootId = Level.Id }, ct)).OrderBy(m => m.Name, StringComparer.Ordinal)];
            Below = [.. tree.Subtree(Level.Id).Where(o => o.Id != Level.Id && OrganizationTree.IsPartyOrganization(o))];
        }
        foreach (var m in Models)
            if (await user.ManagesOrganizationAsync(m.SetUpByOrganizationId, ct)) MayPublicize.Add(m.Id);
    }
}
