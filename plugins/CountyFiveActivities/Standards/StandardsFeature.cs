namespace Modular.Plugins.CountyFiveActivities.Standards;

/// <summary>
/// 突出活动内容 and 实行分类指导 (实施方案 一(三)、一(四)): the 五个好 and 五个模范 every organization and member strives for,
/// and the theme each sector works to; with the four steps (二) where the campaign stands today. Read by everyone of
/// the jurisdiction, on the overview page and through the API.
/// </summary>
public static class StandardsFeature
{
    public static void Register(IPluginBuilder plugin) => plugin.Services.AddScoped<StandardsQuery>();

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/standards", () => Results.Ok(StandardsQuery.All));

        api.MapGet("/standards/organizations/{organizationId:long}", async (long organizationId, StandardsQuery query, CancellationToken ct) =>
            (await query.ForOrganizationAsync(organizationId, ct)).ToHttpResult());

        api.MapGet("/stages", async (StandardsQuery query, CancellationToken ct) => Results.Ok(await query.StagesAsync(ct)));
    }
}
