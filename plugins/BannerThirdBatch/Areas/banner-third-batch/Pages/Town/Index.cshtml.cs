using Modular.Plugins.BannerThirdBatch.Progress;

namespace Modular.Plugins.BannerThirdBatch.Pages.Town;

/// <summary>A sumu/town's page: the town and each of its gacha and communities, with every item's figure (its officers, the banner office, inspectors).</summary>
public sealed class IndexModel(ProgressService progress) : PluginPageModel
{
    [BindProperty(SupportsGet = true)] public long Id { get; set; }
    public ProgressTable Table { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await progress.TownAsync(Id, ct) is not { } table) return NotFound();
        Table = table;
        return Page();
    }
}
