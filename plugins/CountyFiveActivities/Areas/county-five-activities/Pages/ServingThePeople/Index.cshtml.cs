using Modular.Plugins.CountyFiveActivities.ServingThePeople;

namespace Modular.Plugins.CountyFiveActivities.Pages.ServingThePeople;

/// <summary>服务群众: the services the caller may see (their organizations' and their own), newest first.</summary>
public sealed class IndexModel(ServiceLog services) : PluginPageModel
{
    public sealed record Line(string Person, string Organization, string Kind, string Beneficiary, DateOnly ServedOn, decimal Hours, string? Description);

    public IReadOnlyList<Line> Services { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Services = [.. (await services.LinesAsync(null, ct)).OrderByDescending(l => l.Record.ServedOn)
            .Select(l => new Line(l.Person ?? "", l.Organization ?? "", ServiceRule.KindName(l.Record.Kind), l.Record.Beneficiary, l.Record.ServedOn, l.Record.Hours, l.Record.Description))];
}
