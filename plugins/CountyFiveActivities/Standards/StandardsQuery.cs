using Modular.Plugins.CountyFiveActivities.Common;

namespace Modular.Plugins.CountyFiveActivities.Standards;

/// <summary>The standards of the document: 五个好, 五个模范 and 分类指导's sectors.</summary>
public sealed record StandardsList(IReadOnlyList<Standard> FiveGoods, IReadOnlyList<Standard> FiveModels, IReadOnlyList<SectorGuidance> Sectors);

/// <summary>The theme an organization works to: its sector (its own or the nearest above) and that sector's guidance.</summary>
public sealed record OrganizationGuidance(long OrganizationId, string Name, Sector? Sector, string SectorName, SectorGuidance Guidance);

/// <summary>The four steps with today's, and the deadlines the rules hold.</summary>
public sealed record StageCalendar(DateOnly Today, int? Current, IReadOnlyList<CampaignStage> Stages, int CommitteeMeetingDays,
    DateOnly PartySpiritBefore, DateOnly PartySpiritLastDay, DateOnly CommendationBefore, DateOnly CommendationLastDay);

/// <summary>The guidance that applies to an organization and where the campaign stands today.</summary>
public sealed class StandardsQuery(IOrganizationDirectory directory, CountyCampaign campaign)
{
    /// <summary>The five goods, the five models and every sector's guidance, as the document gives them.</summary>
    public static StandardsList All { get; } = new(FiveGoodsAndFiveModels.FiveGoods, FiveGoodsAndFiveModels.FiveModels, SectorGuidance.All);

    public async Task<Result<OrganizationGuidance>> ForOrganizationAsync(long organizationId, CancellationToken ct)
    {
        var tree = await directory.TreeAsync(ct);
        if (tree.Find(organizationId) is not { } org) return Refuse.NotFound(References.NoOrganization(organizationId));
        var sector = tree.SectorOf(organizationId);
        return Result.Ok(new OrganizationGuidance(organizationId, org.Name, sector, SectorGuidance.SectorName(sector), SectorGuidance.For(sector)));
    }

    public async Task<StageCalendar> StagesAsync(CancellationToken ct)
    {
        var rules = await campaign.RulesAsync(ct);
        return new(campaign.Today, rules.StageOn(campaign.Today)?.Number, rules.Stages, rules.CommitteeMeetingDays,
            rules.PartySpiritBefore, rules.PartySpiritLastDay, rules.CommendationBefore, rules.CommendationLastDay);
    }
}
