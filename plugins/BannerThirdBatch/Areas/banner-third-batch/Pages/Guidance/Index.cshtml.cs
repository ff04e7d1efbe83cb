using Modular.Plugins.BannerThirdBatch.Guidance;
using Modular.Plugins.BannerThirdBatch.Units;

namespace Modular.Plugins.BannerThirdBatch.Pages.Guidance;

/// <summary>指导小组和指导检查组: coverage (units without a group flagged), the groups, and the form for the office and the towns.</summary>
public sealed class IndexModel(GuidanceService guidance, ThirdBatchUnits units) : PluginPageModel
{
    public const int MemberRows = 4;

    public IReadOnlyList<GuidanceGroupView> Groups { get; private set; } = [];
    public GuidanceCoverage Coverage { get; private set; } = null!;
    /// <summary>The senders the user may send a group for: the banner (null, the office) and the towns they manage.</summary>
    public IReadOnlyList<(long? Id, string Name)> Senders { get; private set; } = [];
    public IReadOnlyList<Unit> Units { get; private set; } = [];
    public string? Notice { get; private set; }

    [BindProperty] public string? Name { get; set; }

    public async Task OnGetAsync(string? done, CancellationToken ct)
    {
        Notice = done == "saved" ? Text.Of("指导组已保存。", "The group is saved.") : null;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(string? sender, long? leaderId, long[]? unitIds, CancellationToken ct)
    {
        var members = Enumerable.Range(0, MemberRows).Select(i => long.TryParse(Request.Form[$"member-{i}"], out var p) ? p : 0).Where(p => p > 0).ToList();
        long? town = long.TryParse(sender, out var t) ? t : null;
        return await AfterPostAsync(await guidance.SaveAsync(null, new GuidanceGroupInput(Name, town, leaderId, members, unitIds ?? []), ct), "saved", () => LoadAsync(ct));
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Groups = await guidance.ListAsync(ct);
        Coverage = await guidance.CoverageAsync(ct);
        var senders = new List<(long?, string)>();
        if (units.IsOffice) senders.Add((null, Text.Of("旗学习实践活动领导小组（旗指导小组）", "The banner (a banner guidance group)")));
        foreach (var town in (await units.SeenAsync(ct)).Where(u => u.Kind == UnitKind.Town))
            if (await units.MayActForAsync(town.Id, ct)) senders.Add((town.Id, Text.Of($"{town.Name}（指导检查组）", $"{town.Name} (guidance and inspection group)")));
        Senders = senders;
        Units = await units.SeenAsync(ct);
    }
}
