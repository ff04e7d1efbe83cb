namespace Modular.Plugins.CountyFiveActivities.Study;

/// <summary>
/// 第一步之三 组织集中学习 (实施方案 二(一)3): each party organization's centralized study sessions in stage 1 — topic, day, hours,
/// form (印发文件、播放讲话光盘 …), the members who attended — kept in the SDK's campaign events (no table of its own); counted per
/// organization, owed <c>study.minSessions</c> times by the end of stage 1. Its services, obligation, ledger and API.
/// </summary>
public static class CentralStudyFeature
{
    public static readonly ObligationType Obligation = new("county5-central-study", new("组织集中学习（第一步）", "Centralized study (stage 1)"));

    public static void Register(IPluginBuilder plugin)
    {
        plugin.AddLedger<CentralStudyQuery>("study", new("集中学习台账", "Centralized study"), async (s, q, ct) => Result.Ok(Ledger(await s.OverviewAsync(ct))));
        plugin.Services.AddObligationQuery<CentralStudyQuery>();
        plugin.Services.AddScoped<CentralStudyService>();
    }

    /// <summary>集中学习台账: one row per session.</summary>
    public static LedgerDefinition Ledger(CentralStudyOverview o) => new(Text.Of("集中学习台账", "Centralized study"),
        [new(Text.Of("党组织", "Organization"), Width: 24), new(Text.Of("学习日期", "Held on"), LedgerColumnType.Date), new(Text.Of("学习主题", "Topic"), Width: 30),
         new(Text.Of("形式", "Form")), new(Text.Of("时长（小时）", "Hours"), LedgerColumnType.Decimal), new(Text.Of("参加人数", "Attended"), LedgerColumnType.Integer),
         new(Text.Of("参加人员", "Attendees"), Width: 40), new(Text.Of("地点", "Place")), new(Text.Of("登记人", "Recorded by")), new(Text.Of("登记时间", "Recorded at"), LedgerColumnType.DateTime)],
        [.. o.Sessions.Select(s => (IReadOnlyList<object?>)[s.Organization, s.HeldOn, s.Topic, s.FormName, s.Hours, s.Attendees.Count,
            string.Join("、", s.Attendees.Select(a => a.Name)), s.Place, s.RecordedBy, s.RecordedAt])]);

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/study", async (CentralStudyQuery query, CancellationToken ct) => Results.Ok(await query.OverviewAsync(ct)));
        api.MapPost("/study", async (CentralStudyInput input, CentralStudyService study, CancellationToken ct) => (await study.RecordAsync(input, ct)).ToHttpResult());
        api.MapGet("/study/{id:long}", async (long id, CentralStudyService study, CancellationToken ct) => (await study.FindAsync(id, ct)).ToHttpResult());
        api.MapPut("/study/{id:long}", async (long id, CentralStudyInput input, CentralStudyService study, CancellationToken ct) => (await study.UpdateAsync(id, input, ct)).ToHttpResult());
    }
}
