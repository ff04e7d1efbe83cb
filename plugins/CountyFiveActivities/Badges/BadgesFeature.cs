using Modular.Plugins.CountyFiveActivities.Common;

namespace Modular.Plugins.CountyFiveActivities.Badges;

/// <summary>
/// 五项活动之四 “亮牌示范” (实施方案 二(二)4): 党员先锋岗、示范户、责任区、示范车、示范单位、示范基地 assigned to members by
/// their organization and listed publicly (every user of the jurisdiction reads the list). Its services, table, ledger and API.
/// </summary>
public static class BadgesFeature
{
    public static void Register(IPluginBuilder plugin)
    {
        plugin.AddLedger<BadgeList>("badges", new("亮牌示范公示台账", "Badge display"), async (s, q, ct) => Result.Ok(Ledger(await s.RowsAsync(ct))));
        plugin.Services.AddScoped<BadgeList>();
        plugin.Services.AddScoped<BadgeService>();
    }

    /// <summary>This item's tables in the plugin's one context (<see cref="CountyDbContext"/>).</summary>
    public static void ConfigureModel(ModelBuilder b) => b.Entity<Badge>().Numbered("badges").Property(x => x.Kind).HasConversion<string>();

    /// <summary>亮牌示范公示台账: one row per badge.</summary>
    public static LedgerDefinition Ledger(IReadOnlyList<BadgeRow> rows) => new(Text.Of("亮牌示范公示台账", "Badge display"),
        [new(Text.Of("类型", "Kind")), new(Text.Of("名称", "Name"), Width: 24), new(Text.Of("党员", "Member"), LedgerColumnType.Person), new(Text.Of("所在党组织", "Organization"), Width: 24), new(Text.Of("设立日期", "Assigned on"), LedgerColumnType.Date), new(Text.Of("备注", "Note"), Width: 24)],
        [.. rows.Select(r => (IReadOnlyList<object?>)[r.KindName, r.Name, r.PersonName, r.OrganizationName, r.AssignedOn, r.Note])]);

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/badges", async (BadgeInput input, BadgeService badges, CancellationToken ct) => (await badges.AssignAsync(input, ct)).ToHttpResult());

        api.MapDelete("/badges/{id:long}", async (long id, BadgeService badges, CancellationToken ct) =>
            (await badges.RemoveAsync(id, ct)).ToHttpResult(_ => Results.NoContent()));

        api.MapGet("/badges", async (BadgeList list, CancellationToken ct) => Results.Ok(await list.RowsAsync(ct)));
    }
}
