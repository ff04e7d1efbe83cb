using Modular.Plugins.BannerThirdBatch.Common;
namespace Modular.Plugins.BannerThirdBatch.Systems;

/// <summary>
/// 二(五) 基层党建目标、问责、分析、通报、考核五项制度: each unit's goals, accountability cases and analyses, the notices with
/// their read receipts, the assessments and their ranking; the ledgers 考核结果台账 (<c>assessments</c>), 通报台账
/// (<c>notices</c>) and 五项制度落实台账 (<c>systems</c>); the page <c>/Systems</c> (and <c>/Systems/Notices</c>).
/// </summary>
public static class SystemsFeature
{
    private static readonly LedgerParameter Year = new("year", new("年度", "Year"), LedgerParameterType.Integer);

    public static void Register(IPluginBuilder plugin)
    {
        plugin.Services.AddScoped<SystemsService>();
        plugin.Services.AddUnitFigures<SystemsFigures>();
        plugin.AddLedger<SystemsService>("assessments", new("考核结果台账", "Assessment results"),
            async (service, query, ct) => Result.Ok(AssessmentLedger(await service.AssessmentsAsync((int?)query.Integer("year"), ct))), Year);
        plugin.AddLedger<SystemsService>("notices", new("通报台账", "Notices and read receipts"),
            async (service, query, ct) => Result.Ok(NoticeLedger(await service.NoticesAsync(ct))));
        plugin.AddLedger<SystemsService>("systems", new("基层党建五项制度落实台账", "The five systems per unit"),
            async (service, query, ct) => Result.Ok(SystemsLedger(await service.OverviewAsync((int?)query.Integer("year"), ct))), Year);
        plugin.AddMenuEntry(new MenuEntry(new("基层党建五项制度", "The five systems"), "/Systems/Index", 20) { Group = BannerThirdBatchStartup.Group });
        plugin.AddMenuEntry(new MenuEntry(new("通报", "Notices"), "/Systems/Notices", 21) { Group = BannerThirdBatchStartup.Group });
    }

    public static void ConfigureModel(ModelBuilder b)
    {
        var c = new SystemConfigurations();
        b.ApplyConfiguration<UnitGoal>(c);
        b.ApplyConfiguration<AccountabilityCase>(c);
        b.ApplyConfiguration<UnitAnalysis>(c);
        b.ApplyConfiguration<Notice>(c);
        b.ApplyConfiguration<NoticeAddressee>(c);
        b.ApplyConfiguration<UnitAssessment>(c);
    }

    /// <summary>考核结果台账: the ranking.</summary>
    public static LedgerDefinition AssessmentLedger(IReadOnlyList<AssessmentView> rows) => new(Text.Of("考核结果台账", "Assessment results"),
        [new(Text.Of("名次", "Rank"), LedgerColumnType.Integer), new(Text.Of("参学单位", "Unit"), Width: 24), new(Text.Of("类别", "Kind")), new(Text.Of("所属苏木镇", "Sumu/town"), Width: 20),
         new(Text.Of("年度", "Year"), LedgerColumnType.Integer), new(Text.Of("得分", "Score"), LedgerColumnType.Integer), new(Text.Of("满分", "Full marks"), LedgerColumnType.Integer),
         new(Text.Of("考核意见", "Comment"), Width: 40), new(Text.Of("考核日期", "Assessed on"), LedgerColumnType.Date), new(Text.Of("考核人", "By"))],
        [.. rows.Select(a => (IReadOnlyList<object?>)[a.Rank, a.Unit, a.KindName, a.Town, a.Year, a.Score, a.MaxScore, a.Comment, a.AssessedOn, a.AssessedBy])]);

    /// <summary>通报台账: one row per notice and addressed unit, with when it was read.</summary>
    public static LedgerDefinition NoticeLedger(IReadOnlyList<NoticeView> notices) => new(Text.Of("通报台账", "Notices and read receipts"),
        [new(Text.Of("通报标题", "Notice"), Width: 30), new(Text.Of("发布单位", "Issued by"), Width: 20), new(Text.Of("发布日期", "Issued on"), LedgerColumnType.Date),
         new(Text.Of("发至单位", "To"), Width: 24), new(Text.Of("是否阅知", "Read")), new(Text.Of("阅知日期", "Read on"), LedgerColumnType.Date), new(Text.Of("阅知人", "Read by"))],
        [.. notices.SelectMany(n => n.Receipts.Select(r => (IReadOnlyList<object?>)[n.Title, n.Issuer, n.IssuedOn, r.Unit,
            r.ReadOn is null ? Text.Of("未阅", "No") : Text.Of("已阅", "Yes"), r.ReadOn, r.ReadBy]))]);

    /// <summary>五项制度落实台账: per unit, the year's systems.</summary>
    public static LedgerDefinition SystemsLedger(IReadOnlyList<UnitSystems> rows) => new(Text.Of("基层党建五项制度落实台账", "The five systems per unit"),
        [new(Text.Of("参学单位", "Unit"), Width: 24), new(Text.Of("类别", "Kind")), new(Text.Of("所属苏木镇", "Sumu/town"), Width: 20),
         new(Text.Of("目标（条）", "Goals"), LedgerColumnType.Integer), new(Text.Of("问责（件）", "Accountability cases"), LedgerColumnType.Integer),
         new(Text.Of("分析（次）", "Analyses"), LedgerColumnType.Integer), new(Text.Of("收到通报", "Notices received"), LedgerColumnType.Integer),
         new(Text.Of("已阅通报", "Notices read"), LedgerColumnType.Integer), new(Text.Of("考核得分", "Score"), LedgerColumnType.Integer),
         new(Text.Of("已落实制度（共4项）", "Systems in place (of 4)"), LedgerColumnType.Integer)],
        [.. rows.Select(s => (IReadOnlyList<object?>)[s.Unit, s.KindName, s.Town, s.Goals, s.Cases, s.Analyses, s.NoticesAddressed, s.NoticesRead, s.Score, s.InPlace])]);

    /// <summary><c>/api/j/{jurisdiction}/banner-third-batch/systems</c>.</summary>
    public static void Map(IEndpointRouteBuilder api)
    {
        var s = api.MapGroup("/systems").WithTags("banner-third-batch: the five systems");
        s.MapGet("", async (int? year, SystemsService service, CancellationToken ct) => Results.Ok(await service.OverviewAsync(year, ct)))
            .WithSummary("Per unit the caller sees: goals, accountability cases, analyses, notices read of received, score; how many of the four required systems are in place.");
        s.MapGet("/goals", async (long? unitId, int? year, SystemsService service, CancellationToken ct) => Results.Ok(await service.GoalsAsync(unitId, year, ct)));
        s.MapPost("/goals", async (GoalInput input, SystemsService service, CancellationToken ct) => (await service.SaveGoalAsync(null, input, ct)).ToHttpResult())
            .WithSummary("目标: a line of a unit's targets for a year.");
        s.MapPut("/goals/{id:long}", async (long id, GoalInput input, SystemsService service, CancellationToken ct) => (await service.SaveGoalAsync(id, input, ct)).ToHttpResult())
            .WithSummary("Changes a goal line; send the version read (a stale one is 409).");
        s.MapGet("/cases", async (long? unitId, SystemsService service, CancellationToken ct) => Results.Ok(await service.CasesAsync(unitId, ct)));
        s.MapPost("/cases", async (CaseInput input, SystemsService service, CancellationToken ct) => (await service.SaveCaseAsync(null, input, ct)).ToHttpResult())
            .WithSummary("问责: a case — unit, optional person, what went wrong, the action taken, the day.");
        s.MapPut("/cases/{id:long}", async (long id, CaseInput input, SystemsService service, CancellationToken ct) => (await service.SaveCaseAsync(id, input, ct)).ToHttpResult());
        s.MapGet("/analyses", async (long? unitId, SystemsService service, CancellationToken ct) => Results.Ok(await service.AnalysesAsync(unitId, ct)));
        s.MapPost("/analyses", async (AnalysisInput input, SystemsService service, CancellationToken ct) => (await service.SaveAnalysisAsync(null, input, ct)).ToHttpResult())
            .WithSummary("分析: a periodic analysis of the unit's party building.");
        s.MapPut("/analyses/{id:long}", async (long id, AnalysisInput input, SystemsService service, CancellationToken ct) => (await service.SaveAnalysisAsync(id, input, ct)).ToHttpResult());
        s.MapGet("/notices", async (string? month, bool? unread, NoticeSort? sort, bool? desc, int? page, int? pageSize, SystemsService service, CancellationToken ct) =>
                (await service.NoticesPageAsync(new NoticeQuery(month, unread ?? false, sort ?? NoticeSort.Day, desc ?? true), new PageRequest(page, pageSize), ct)).ToHttpResult())
            .WithSummary("A page of the notices the caller issued or that reach units they see, newest first, with read receipts; filter by month (yyyy-MM) and unread; sort by Day or Title.");
        s.MapGet("/notices/{id:long}", async (long id, SystemsService service, CancellationToken ct) => (await service.NoticeAsync(id, ct)).ToHttpResult());
        s.MapPost("/notices", async (NoticeInput input, SystemsService service, CancellationToken ct) => (await service.IssueAsync(input, ct)).ToHttpResult())
            .WithSummary("Issues a notice: the office to every unit (townId empty), a sumu/town to its gacha and communities.");
        s.MapPost("/notices/{id:long}/read", async (long id, NoticeReadInput input, SystemsService service, CancellationToken ct) => (await service.MarkReadAsync(id, input, ct)).ToHttpResult())
            .WithSummary("An addressed unit marks the notice read.");
        s.MapGet("/assessments", async (int? year, SystemsService service, CancellationToken ct) => Results.Ok(await service.AssessmentsAsync(year, ct)))
            .WithSummary("考核: the year's scores of the units the caller sees, ranked.");
        s.MapPost("/assessments", async (AssessmentInput input, SystemsService service, CancellationToken ct) => (await service.AssessAsync(null, input, ct)).ToHttpResult())
            .WithSummary("The level above or the office scores a unit for a year (0..full marks); a second for the same unit and year is 409.");
        s.MapPut("/assessments/{id:long}", async (long id, AssessmentInput input, SystemsService service, CancellationToken ct) => (await service.AssessAsync(id, input, ct)).ToHttpResult())
            .WithSummary("Changes a score; send the version read (a stale one is 409).");
    }
}
