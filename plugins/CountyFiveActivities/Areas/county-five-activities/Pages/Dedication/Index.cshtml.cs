using Modular.Plugins.CountyFiveActivities.Dedication;

namespace Modular.Plugins.CountyFiveActivities.Pages.Dedication;

/// <summary>岗位奉献: the drills, contests and innovations of the organizations the caller sees, newest first.</summary>
public sealed class IndexModel(DedicationService dedication, IOrganizationDirectory directory) : PluginPageModel
{
    public sealed record Line(string Organization, string Kind, string Title, DateOnly HeldOn, int Participants);

    public IReadOnlyList<Line> Records { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var tree = await directory.TreeAsync(ct);
        Records = [.. (await dedication.VisibleAsync(ct)).Records.OrderByDescending(r => r.HeldOn)
            .Select(r => new Line(tree.Find(r.OrganizationId)?.Name ?? "", DedicationRule.KindName(r.Kind), r.Title, r.HeldOn, r.Participants))];
    }
}
