using Modular.Plugins.BannerThirdBatch.Visits;

namespace Modular.Plugins.BannerThirdBatch.Pages.Guidance;

/// <summary>我指导的单位: the units of the groups the signed-in person is in, their state and open follow-ups.</summary>
public sealed class MineModel(VisitService visits) : PluginPageModel
{
    public IReadOnlyList<MyUnitView> Units { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Units = await visits.MineAsync(ct);
}
