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
        var rows = d.ByTownship.Select(g => (Text.Of("乡镇/系统", "Township / system"), g)).Concat(d.BySector.Select(g => (Text.Of("领域", "Sector"), g))).Append((Text.Of("合计", "Total"), new GroupFigures(null, d.Scope, d.Total)));
        return new LedgerDefinition(Text.Of("创先争优活动进展台账", "Campaign progress"),
            [new(Text.Of("分组", "Group")), new(Text.Of("名称", "Name"), Width: 24), new(Text.Of("党组织", "Organization"), LedgerColumnType.Integer), new(Text.Of("党员", "Members"), LedgerColumnType.Integer), new(Text.Of("党委大会按时", "Committee meetings on time"), LedgerColumnType.Integer),
             new(Text.Of("党委大会逾期", "Committee meetings late"), LedgerColumnType.Integer), new(Text.Of("方案已备案", "Plans filed"), LedgerColumnType.Integer), new(Text.Of("承诺已公开", "Pledges published"), LedgerColumnType.Integer),
             new(Text.Of("党性分析报告", "Party-spirit reports"), LedgerColumnType.Integer), new(Text.Of("服务次数", "Services"), LedgerColumnType.Integer), new(Text.Of("服务时长", "Service hours"), LedgerColumnType.Decimal),
             new(Text.Of("亮牌", "Badges"), LedgerColumnType.Integer), new(Text.Of("示范单位", "Model units recognized"), LedgerColumnType.Integer), new(Text.Of("表彰审定", "Commendations approved"), LedgerColumnType.Integer),
             new(Text.Of("党员四找", "Members' four finds"), LedgerColumnType.Integer), new(Text.Of("已定档", "Graded"), LedgerColumnType.Integer), new(Text.Of("先进", "Advanced"), LedgerColumnType.Integer), new(Text.Of("中间", "Middle"), LedgerColumnType.Integer),
             new(Text.Of("后进", "Lagging"), LedgerColumnType.Integer), new(Text.Of("五个好", "Five-goods organizations"), LedgerColumnType.Integer)],
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
