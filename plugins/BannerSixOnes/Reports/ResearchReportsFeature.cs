using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Modular.Plugins.BannerSixOnes.Items;
using Modular.Sdk;
using Modular.Sdk.Navigation;

namespace Modular.Plugins.BannerSixOnes.Reports;

/// <summary>一篇调研报告，择优上报 (item 5): services, menu and API.</summary>
public static class ResearchReportsFeature
{
    public static void Register(IPluginBuilder plugin)
    {
        plugin.AddDbContext<ResearchReportsDbContext>();
        plugin.Services.AddScoped<ResearchReports>();
        plugin.Services.AddScoped<ResearchReportItem>();
        plugin.Services.AddScoped<ISixOnesItem>(sp => sp.GetRequiredService<ResearchReportItem>());
        plugin.AddObligationProvider<ResearchReportObligations>();
        plugin.AddMenuEntry(new MenuEntry(new("调研报告", "Research reports"), "/Reports/Index", 50) { Group = SixOnesStartup.Group });
    }

    public static void Map(IEndpointRouteBuilder api) => ResearchReportsApi.Map(api);
}
