namespace Modular.Plugins.CountyFiveActivities.Dashboards;

/// <summary>县创先争优办、党委、支部的看板 (by township and by sector) and its .xlsx ledger; the caller's own place. Its queries, ledger and API.</summary>
public static class DashboardsFeature
{
    public static void Register(IPluginBuilder plugin)
    {
        plugin.AddLedger<DashboardQuery>("progress", new("创先争优活动进展台账", "Campaign progress"), async (s, q, ct) => (await s.BuildAsync(ct)).Map(Ledger));
        plugin.Services.AddScoped<CampaignFigures>();
        plugin.Services.AddScoped<DashboardQuery>();
    }

    /// <summary>创先争优活动进展台账: the townships, the sectors and the total.</summary>
    public static LedgerDefinition Ledger(Dashboard d)
    {
        var rows = d.ByTownship.Select(g => ("乡镇/系统", g)).Concat(d.BySector.Select(g => ("领域", g))).Append(("合计", new GroupFigures(null, d.Scope, d.Total)));
        return new LedgerDefinition("创先争优活动进展台账",
            [new("分组"), new("名称", Width: 24), new("党组织", LedgerColumnType.Integer), new("党员", LedgerColumnType.Integer), new("党委大会按时", LedgerColumnType.Integer),
             new("党委大会逾期", LedgerColumnType.Integer), new("方案已备案", LedgerColumnType.Integer), new("承诺已公开", LedgerColumnType.Integer),
             new("党性分析报告", LedgerColumnType.Integer), new("服务次数", LedgerColumnType.Integer), new("服务时长", LedgerColumnType.Decimal),
             new("亮牌", LedgerColumnType.Integer), new("示范单位", LedgerColumnType.Integer), new("表彰审定", LedgerColumnType.Integer),
             new("党员四找", LedgerColumnType.Integer), new("已定档", LedgerColumnType.Integer), new("先进", LedgerColumnType.Integer), new("中间", LedgerColumnType.Integer),
             new("后进", LedgerColumnType.Integer), new("五个好", LedgerColumnType.Integer)],
            [.. rows.Select(x => { var f = x.Item2.Figures; return (IReadOnlyList<object?>)[x.Item1, x.Item2.Name, f.Organizations, f.Members, f.CommitteeMeetingsOnTime, f.CommitteeMeetingsLate,
                f.PlansReceived, f.PledgesPublished, f.PartySpiritReportsOnTime + f.PartySpiritReportsLate, f.Services, f.ServiceHours, f.Badges, f.DemonstrationUnitsRecognized,
                f.NominationsApproved, f.MemberFourFinds, f.Scored, f.Advanced, f.Middle, f.Lagging, f.FiveGoods]; })]);
    }

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/dashboard", async (DashboardQuery query, CancellationToken ct) => (await query.BuildAsync(ct)).ToHttpResult());

        // Who the caller is to this plugin: their roster entry and the organizations they answer for.
        api.MapGet("/me", async (DashboardQuery query, CancellationToken ct) => Results.Ok(await query.CallerAsync(ct)));
    }
}
