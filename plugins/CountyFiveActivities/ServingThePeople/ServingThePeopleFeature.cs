using Modular.Plugins.CountyFiveActivities.Common;

namespace Modular.Plugins.CountyFiveActivities.ServingThePeople;

/// <summary>
/// 五项活动之三 “服务群众” (实施方案 二(二)3): each service is recorded — who served (a member), for whom, on which day,
/// how many hours — by the member or their organization's officer. Its service, table, ledger and API.
/// </summary>
public static class ServingThePeopleFeature
{
    public static void Register(IPluginBuilder plugin)
    {
        plugin.Services.AddScoped<ServiceLog>();
        plugin.AddLedger<ServiceLog>("services", new("服务群众台账", "Services to the people"), async (s, q, ct) => Result.Ok(Ledger(await s.LinesAsync(q.Integer("organizationId"), ct))),
            new LedgerParameter("organizationId", new("组织编号", "Organization id"), LedgerParameterType.Integer));
    }

    /// <summary>This item's tables in the plugin's one context (<see cref="CountyDbContext"/>).</summary>
    public static void ConfigureModel(ModelBuilder b)
    {
        b.Entity<ServiceRecord>().Numbered("service_records").Property(x => x.Kind).HasConversion<string>();
        b.Entity<ServiceTotal>(e => { e.ToTable("service_totals"); e.HasKey(x => new { x.JurisdictionId, x.OrganizationId }); });
    }

    /// <summary>服务群众台账: one row per service.</summary>
    public static LedgerDefinition Ledger(IEnumerable<ServiceLine> lines) => new(Text.Of("服务群众台账", "Services to the people"),
        [new(Text.Of("党员", "Member"), LedgerColumnType.Person), new(Text.Of("所在党组织", "Organization"), Width: 24), new(Text.Of("服务类型", "Kind of service")), new(Text.Of("服务对象", "For whom"), Width: 20), new(Text.Of("日期", "Date"), LedgerColumnType.Date), new(Text.Of("时长（小时）", "Hours"), LedgerColumnType.Decimal), new(Text.Of("内容", "What was done"), Width: 30)],
        [.. lines.Select(l => (IReadOnlyList<object?>)[l.Person, l.Organization, ServiceRule.KindName(l.Record.Kind), l.Record.Beneficiary, l.Record.ServedOn, l.Record.Hours, l.Record.Description])]);

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/services", async (ServiceInput input, ServiceLog log, CancellationToken ct) => (await log.RecordAsync(input, ct)).ToHttpResult());

        api.MapGet("/services", async (long? organizationId, ServiceLog log, CancellationToken ct) => Results.Ok(await log.VisibleAsync(organizationId, ct)));
    }
}
