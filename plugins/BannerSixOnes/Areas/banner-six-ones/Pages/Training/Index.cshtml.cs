using Modular.Plugins.BannerSixOnes.Common;
using Modular.Plugins.BannerSixOnes.Training;

namespace Modular.Plugins.BannerSixOnes.Pages.Training;

/// <summary>大规模学习培训: coverage bars per committee and per field, the sessions, and the member's own state.</summary>
public sealed class IndexModel(TrainingService training) : PluginPageModel
{
    public CoverageOverview Coverage { get; private set; } = null!;
    public IReadOnlyList<SessionRow> Sessions { get; private set; } = [];
    public IReadOnlyList<OrganizationInfo> Managed { get; private set; } = [];
    public TrainingMemberView? Mine { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Coverage = await training.CoverageAsync(ct);
        Sessions = await training.SessionsAsync(null, ct);
        Managed = await training.CommitteesManagedAsync(ct);
        Mine = (await training.MineAsync(ct)).Value; // none for an account not on the roster
    }
}
