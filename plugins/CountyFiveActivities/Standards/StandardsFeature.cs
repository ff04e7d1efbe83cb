using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Modular.Plugins.CountyFiveActivities.Common;
using Modular.Sdk;

namespace Modular.Plugins.CountyFiveActivities.Standards;

/// <summary>五个好、五个模范 and the sector's theme: read by everyone of the jurisdiction.</summary>
public static class StandardsFeature
{
    public static void Register(IPluginBuilder plugin) { }

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/standards", () => Results.Ok(new
        {
            fiveGoods = FiveGoodsAndFiveModels.FiveGoods,
            fiveModels = FiveGoodsAndFiveModels.FiveModels,
            sectors = SectorGuidance.All,
        }));

        api.MapGet("/standards/organizations/{organizationId:long}", async (long organizationId, CountyTree tree, CancellationToken ct) =>
        {
            var org = await tree.FindAsync(organizationId, ct);
            if (org is null) return CountyApi.NotFound("党组织");
            var sector = await tree.SectorOfAsync(organizationId, ct);
            return Results.Ok(new { organizationId, org.Name, sector, sectorName = SectorGuidance.SectorName(sector), guidance = SectorGuidance.For(sector) });
        });

        api.MapGet("/stages", async (CountyCampaign campaign, CancellationToken ct) =>
        {
            var rules = await campaign.RulesAsync(ct);
            return Results.Ok(new { today = campaign.Today, current = rules.StageOn(campaign.Today)?.Number, stages = rules.Stages, rules.CommitteeMeetingDays, rules.PartySpiritBefore, rules.PartySpiritLastDay, rules.CommendationBefore, rules.CommendationLastDay });
        });
    }
}
