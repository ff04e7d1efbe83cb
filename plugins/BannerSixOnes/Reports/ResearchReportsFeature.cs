using Modular.Plugins.BannerSixOnes.Items;

namespace Modular.Plugins.BannerSixOnes.Reports;

/// <summary>
/// 一篇调研报告，择优上报 (item 5): services, menu and API. Review, 择优 and 上报 are the banner office's; 择优 is a
/// ResearchReport nomination started and approved at the leading group's office (the root when there is none); the
/// league's office reads what was reported up through the host's blocks API (<c>nominations/reported-to-us</c>), so
/// the league needs neither this plugin nor access to the banner. A report after report.due is taken and marked late.
/// </summary>
public static class ResearchReportsFeature
{
    public static void Register(IPluginBuilder plugin)
    {
        plugin.AddLedger<ResearchReports>("research-reports", new("调研报告台账", "Research reports"), async (s, q, ct) => Result.Ok(await s.LedgerAsync(ct)));
        plugin.Services.AddScoped<ResearchReports>();
        plugin.Services.AddScoped<ResearchReportItem>();
        plugin.Services.AddScoped<ReceivedReports>();
        plugin.Services.AddScoped<ISixOnesItem>(sp => sp.GetRequiredService<ResearchReportItem>());
        plugin.AddObligationProvider<ResearchReportObligations>();
        plugin.AddMenuEntry(new MenuEntry(new("调研报告", "Research reports"), "/Reports/Index", 50) { Group = SixOnesStartup.Group });
        plugin.AddMenuEntry(new MenuEntry(new("上报的调研报告（评比）", "Reports received (appraisal)"), "/Reports/Received", 51) { Group = SixOnesStartup.Group, Roles = ["jurisdiction-admin"] });
    }

    public static void Map(IEndpointRouteBuilder api) => ResearchReportsApi.Map(api);
}
