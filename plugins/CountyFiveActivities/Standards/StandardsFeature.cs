using Modular.Plugins.CountyFiveActivities.Common;

namespace Modular.Plugins.CountyFiveActivities.Standards;

/// <summary>五个好、五个模范 and the sector's theme: read by everyone of the jurisdiction.</summary>
public static class StandardsFeature
{
    /// <summary>The theme an organization works to: its sector (its own or the nearest above) and that sector's guidance.</summary>
    public sealed record OrganizationGuidance(long OrganizationId, string Name, Sector? Sector, string SectorName, SectorGuidance Guidance);

    /// <summary>The four steps with today's, and the deadlines the rules hold.</summary>
    public sealed record StageCalendar(DateOnly Today, int? Current, IReadOnlyList<CampaignStage> Stages, int CommitteeMeetingDays,
        DateOnly PartySpiritBefore, DateOnly PartySpiritLastDay, DateOnly CommendationBefore, DateOnly CommendationLastDay);

    public static void Register(IPluginBuilder plugin) => plugin.Services.AddScoped<StandardsQuery>();

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/standards", () => Results.Ok(new
        {
            fiveGoods = FiveGoodsAndFiveModels.FiveGoods,
            fiveModels = FiveGoodsAndFiveModels.FiveModels,
            sectors = SectorGuidance.All,
        }));

        api.MapGet("/standards/organizations/{organizationId:long}", async (long organizationId, StandardsQuery query, CancellationToken ct) =>
            (await query.ForOrganizationAsync(organizationId, ct)).ToHttpResult());

        api.MapGet("/stages", async (StandardsQuery query, CancellationToken ct) => Results.Ok(await query.StagesAsync(ct)));
    }
}

/// <summary>The guidance that applies to an organization and where the campaign stands today.</summary>
public sealed class StandardsQuery(IOrganizationDirectory directory, CountyCampaign campaign)
{
    public async Task<Result<StandardsFeature.OrganizationGuidance>> ForOrganizationAsync(long organizationId, CancellationToken ct)
    {
        var tree = await directory.TreeAsync(ct);
        if (tree.Find(organizationId) is not { } org) return Refuse.NotFound(References.NoOrganization(organizationId));
        var sector = tree.SectorOf(organizationId);
        return Result.Ok(new StandardsFeature.OrganizationGuidance(organizationId, org.Name, sector, SectorGuidance.SectorName(sector), SectorGuidance.For(sector)));
    }

    public async Task<StandardsFeature.StageCalendar> StagesAsync(CancellationToken ct)
    {
        var rules = await campaign.RulesAsync(ct);
        return new(campaign.Today, rules.StageOn(campaign.Today)?.Number, rules.Stages, rules.CommitteeMeetingDays,
            rules.PartySpiritBefore, rules.PartySpiritLastDay, rules.CommendationBefore, rules.CommendationLastDay);
    }
}
