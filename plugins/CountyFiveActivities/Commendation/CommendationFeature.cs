namespace Modular.Plugins.CountyFiveActivities.Commendation;

/// <summary>
/// “七一”前集中表彰 先进基层党组织、优秀共产党员、优秀党务工作者 (实施方案 二(二)): nominated bottom-up, level by level
/// (自下而上、层层推荐: branch → committee → county) through the nominations block; each level endorses it up or drops it
/// with a reason; the county approves the list. Every step carries the day it was taken (today unless back-dated), and
/// no step is dated on or after the commendation day (<see cref="CommendationRule"/>). Its kind of nomination, service,
/// table (the days of the steps), ledger and API.
/// </summary>
public static class CommendationFeature
{
    public static readonly BlockKind Kind = new(CountyStartup.PluginId, "commendation");

    public static void Register(IPluginBuilder plugin)
    {
        plugin.Services.AddScoped<CommendationService>();
        plugin.AddLedger<CommendationService>("commendation", new("七一表彰推荐台账", "July 1 commendation"), async (s, q, ct) => Result.Ok(Ledger(await s.RowsAsync(null, ct))));
    }

    /// <summary>This item's tables in the plugin's one context (<see cref="CountyDbContext"/>).</summary>
    public static void ConfigureModel(ModelBuilder b)
    {
        b.Entity<NominationDay>(e =>
        {
            e.ToTable("nomination_days");
            e.HasKey(x => new { x.JurisdictionId, x.NominationId, x.Sequence });
        });
        b.Entity<LevelCommendation>(e =>
        {
            e.ToTable("level_commendations");
            e.HasKey(x => new { x.JurisdictionId, x.NominationId, x.OrganizationId });
        });
    }

    /// <summary>七一表彰推荐台账: one row per nomination with its way up, the levels' own commendations, 群众公认度 and the report up.</summary>
    public static LedgerDefinition Ledger(IReadOnlyList<NominationRow> rows) => new(Text.Of("七一表彰推荐台账", "July 1 commendation"),
        [new(Text.Of("类别", "Category"), Width: 16), new(Text.Of("推荐对象", "Nominee"), Width: 20), new(Text.Of("推荐单位", "Nominated by"), Width: 24), new(Text.Of("推荐日期", "Nominated on"), LedgerColumnType.Date), new(Text.Of("当前层级", "Now at"), Width: 24), new(Text.Of("状态", "Status")), new(Text.Of("推荐过程", "Steps"), Width: 60),
         new(Text.Of("各级表彰", "Commended by levels"), Width: 40), new(Text.Of("群众公认度", "Public recognition"), Width: 18), new(Text.Of("上报上级", "Reported up"), Width: 30)],
        [.. rows.Select(r => (IReadOnlyList<object?>)[CommendationRule.CategoryName(r.Category).ToString(), r.NomineeName, r.StartOrganization, r.NominatedOn, r.CurrentLevel, CommendationRule.StatusName(r.Status).ToString(),
            string.Join(Text.Of("；", "; "), r.Steps.Select(s => $"{s.On:yyyy-MM-dd} {CommendationRule.DecisionName(s.Decision)}{(s.Reason is null ? "" : Text.Of("：", ": ") + s.Reason)}")),
            string.Join(Text.Of("；", "; "), r.LevelCommendations.Select(c => $"{c.DecidedOn:yyyy-MM-dd} {c.Organization} {c.DecisionName}{(c.Reason is null ? "" : Text.Of("：", ": ") + c.Reason)}")),
            RecognitionText(r.Recognition), UpwardText(r.Upward)])]);

    /// <summary>The report up in one line: the parent's decision, then each level above it (省、市、县三级).</summary>
    public static string UpwardText(UpwardStatus u) =>
        string.Join(Text.Of("；", "; "), [u.Name + (u.Reason is null ? "" : Text.Of("：", ": ") + u.Reason), .. u.Above]);

    /// <summary>群众公认度 as one phrase: 87.5%（8 份评议）; blank when not shown.</summary>
    public static string RecognitionText(RecognitionRule.Recognition? r) => r is null ? "" : r.Answers == 0 ? Text.Of("无评议", "No answers")
        : Text.Of($"{r.Percent:0.#}%（{r.Answers} 份评议）", $"{r.Percent:0.#}% ({r.Answers} answers)");

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/commendation", async (NominateInput input, CommendationService service, CancellationToken ct) =>
            (await service.NominateAsync(input, ct)).ToHttpResult());

        api.MapPost("/commendation/{id:long}/endorse", async (long id, StepInput input, CommendationService service, CancellationToken ct) =>
            (await service.EndorseAsync(id, input, ct)).ToHttpResult());

        api.MapPost("/commendation/{id:long}/drop", async (long id, StepInput input, CommendationService service, CancellationToken ct) =>
            (await service.DropAsync(id, input, ct)).ToHttpResult());

        api.MapPost("/commendation/{id:long}/approve", async (long id, StepInput input, CommendationService service, CancellationToken ct) =>
            (await service.ApproveAsync(id, input, ct)).ToHttpResult());

        api.MapPost("/commendation/{id:long}/commend", async (long id, LevelCommendInput input, CommendationService service, CancellationToken ct) =>
            (await service.CommendAtLevelAsync(id, input, ct)).ToHttpResult())
            .WithSummary("各级党组织也要表彰: a committee below the county commends a nomination that reached it within its own level (once; 409 after).");

        api.MapPost("/commendation/{id:long}/report-up", async (long id, CommendationService service, CancellationToken ct) =>
            (await service.ReportUpAsync(id, ct)).ToHttpResult())
            .WithSummary("The county office reports an approved nomination to the parent jurisdiction.");

        api.MapGet("/commendation/reported", async (CommendationService service, CancellationToken ct) =>
            (await service.ReportedToUsAsync(ct)).ToHttpResult())
            .WithSummary("The nominations child jurisdictions reported here, with this office's decisions (the office only).");

        api.MapPost("/commendation/reported/{from:int}/{id:long}/decision", async (int from, long id, ReportedDecisionInput input, CommendationService service, CancellationToken ct) =>
            (await service.DecideReportedAsync(from, id, input, ct)).ToHttpResult())
            .WithSummary("This office decides a reported nomination once: selected, or not with a reason (409 after; 404 if not reported here).");
        api.MapPost("/commendation/reported/{from:int}/{id:long}/forward", async (int from, long id, ReportedDecisionInput input, CommendationService service, CancellationToken ct) =>
            (await service.ForwardReportedAsync(from, id, input, ct)).ToHttpResult())
            .WithSummary("上报省: this office selects a reported nomination and reports it on to its own parent, in one step (409 decided or forwarded already; 400 without a parent; 404 if not reported here).");

        api.MapGet("/commendation", async (NominationStatus? status, CommendationService service, CancellationToken ct) =>
            Results.Ok(await service.RowsAsync(status, ct)));
    }
}
