namespace Modular.Plugins.BannerSixOnes.Pages;

public sealed class IndexModel(IPluginSettings<SixOnesStartup> settings) : PluginPageModel
{
    public SixOnesRules Rules { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Rules = SixOnesRules.From(await settings.ForCurrentJurisdictionAsync(ct));
}
