using Modular.Plugins.CountyFiveActivities.Innovation;

namespace Modular.Plugins.CountyFiveActivities.Pages.Innovation;

/// <summary>组织创新: the candidate demonstration units the caller sees and every recognized one, with the standards each meets.</summary>
public sealed class IndexModel(InnovationService innovation, IOrganizationDirectory directory) : PluginPageModel
{
    public sealed record Line(string Organization, int Met, bool Recognized);

    public IReadOnlyList<Line> Units { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var tree = await directory.TreeAsync(ct);
        Units = [.. (await innovation.VisibleAsync(ct)).Select(u => new Line(tree.Find(u.OrganizationId)?.Name ?? "", InnovationRule.StandardsMet(u), u.Recognized))];
    }
}
