using Modular.Plugins.BannerSixOnes.Rectification;

namespace Modular.Plugins.BannerSixOnes.Pages.Rectification;

/// <summary>查找突出问题、落实整改 — the overview: per organization the caller sees, its problems open, overdue and done.</summary>
public sealed class IndexModel(ProblemList problems) : PluginPageModel
{
    public IReadOnlyList<ProblemTally> Tallies { get; private set; } = [];
    public IReadOnlyList<ProblemRow> Overdue { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Tallies = await problems.TallyAsync(ct);
        Overdue = (await problems.ListAsync(null, RectificationStatus.Overdue, ct)).Value!;
    }
}
