using Modular.Plugins.CountyFiveActivities.Common;

namespace Modular.Plugins.CountyFiveActivities.Summary;

/// <summary>
/// 第四步 系统总结，完善机制 (实施方案 二(四)), its 搞好总结: each organization writes its summary report, the county office
/// the county's; each comes with the figures of every stage for its subtree (or the whole county), so the report is
/// written against the record. Its service, table and API (no page yet).
/// </summary>
public static class SummaryFeature
{
    public static void Register(IPluginBuilder plugin) => plugin.Services.AddScoped<SummaryService>();

    /// <summary>This item's tables in the plugin's one context (<see cref="CountyDbContext"/>).</summary>
    public static void ConfigureModel(ModelBuilder b) => b.Entity<SummaryReport>().OnePerOrganization("summary_reports");

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPut("/summaries/county", async (SummaryInput input, SummaryService service, CancellationToken ct) =>
            (await service.SaveCountyAsync(input, ct)).ToHttpResult());

        api.MapPut("/summaries/{organizationId:long}", async (long organizationId, SummaryInput input, SummaryService service, CancellationToken ct) =>
            (await service.SaveAsync(organizationId, input, ct)).ToHttpResult());

        api.MapGet("/summaries/county", async (SummaryService service, CancellationToken ct) => (await service.ReadCountyAsync(ct)).ToHttpResult());

        api.MapGet("/summaries/{organizationId:long}", async (long organizationId, SummaryService service, CancellationToken ct) =>
            (await service.ReadAsync(organizationId, ct)).ToHttpResult());
    }
}
