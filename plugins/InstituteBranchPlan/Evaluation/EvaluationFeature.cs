namespace Modular.Plugins.InstituteBranchPlan.Evaluation;

/// <summary>三(二)3 群众评议: half-year and year-end rounds, the members' and the public's ratings, the composite grade.</summary>
public static class EvaluationFeature
{
    public static void Register(IPluginBuilder plugin)
    {
        plugin.Services.AddScoped<EvaluationService>();
        plugin.AddLedger<EvaluationService>("evaluation-results", new("民主评议结果台账", "Evaluation results"),
            async (service, query, ct) => Result.Ok(Ledger(await service.BranchesAsync(ct))));
        plugin.AddMenuEntry(new MenuEntry(new("群众评议", "Evaluation"), "/Evaluation/Index", 60) { Group = InstituteBranchPlanStartup.Group });
    }

    public static void ConfigureModel(ModelBuilder b)
    {
        var configuration = new EvaluationConfiguration();
        b.ApplyConfiguration<EvaluationRoundRecord>(configuration);
        b.ApplyConfiguration<EvaluationResultRecord>(configuration);
    }

    /// <summary>民主评议结果台账: one row per member of each opened round of the branches seen.</summary>
    public static LedgerDefinition Ledger(IReadOnlyList<RoundView> rounds) => new(Text.Of("民主评议结果台账", "Evaluation results"),
        [new(Text.Of("党支部", "Branch"), Width: 20), new(Text.Of("轮次", "Round")), new(Text.Of("状态", "State")), new(Text.Of("姓名", "Name"), LedgerColumnType.Person),
         new(Text.Of("党员评议（优秀/合格/基本合格/不合格）", "Members (excellent/qualified/basic/unqualified)"), Width: 24),
         new(Text.Of("党员评议得分", "Members' mark"), LedgerColumnType.Decimal),
         new(Text.Of("群众评议（优秀/合格/基本合格/不合格）", "Public (excellent/qualified/basic/unqualified)"), Width: 24),
         new(Text.Of("群众评议得分", "Public's mark"), LedgerColumnType.Decimal), new(Text.Of("个人打算考核得分", "Personal-plan score"), LedgerColumnType.Decimal),
         new(Text.Of("综合成绩", "Composite"), LedgerColumnType.Decimal), new(Text.Of("等次", "Grade"))],
        [.. from r in rounds where r.Opened from l in r.Lines
            select (IReadOnlyList<object?>)[r.Branch, $"{r.Year} {r.PeriodName}", r.Closed ? Text.Of("已结束", "Closed") : Text.Of("进行中", "Open"), l.Name,
                string.Join(" / ", l.MembersTally), l.MembersMark, string.Join(" / ", l.PublicTally), l.PublicMark, l.PlanScore, l.Composite, l.GradeName]]);

    /// <summary><c>/api/j/{jurisdiction}/institute-branch-plan/evaluation</c>.</summary>
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/evaluation").WithTags("institute-branch-plan: evaluation");
        group.MapGet("", async (EvaluationService service, CancellationToken ct) => Results.Ok(await service.BranchesAsync(ct)))
            .WithSummary("Each branch the caller sees: its rounds of the year and every member's result (tallies only).");
        group.MapGet("/mine", async (EvaluationService service, CancellationToken ct) => Results.Ok(await service.MineAsync(ct)))
            .WithSummary("The caller's rounds: colleagues to rate while open, their own grade once closed.");
        var round = group.MapGroup("/branches/{branchId:long}/{period}");
        round.MapGet("", async (long branchId, EvaluationPeriod period, EvaluationService service, CancellationToken ct) =>
            (await service.FindAsync(branchId, period, ct)).ToHttpResult());
        round.MapPost("", async (long branchId, EvaluationPeriod period, EvaluationService service, CancellationToken ct) =>
            (await service.OpenAsync(branchId, period, ct)).ToHttpResult())
            .WithSummary("The branch opens its round (HalfYear or YearEnd); 409 when open already.");
        round.MapPost("/codes", async (long branchId, EvaluationPeriod period, EvaluationCodesInput input, EvaluationService service, CancellationToken ct) =>
            (await service.IssueCodesAsync(branchId, period, input, ct)).ToHttpResult())
            .WithSummary("One-time codes for the public and the path of the public answer sheet they use without an account (only the codes' hashes are kept: print them now).");
        round.MapPost("/ratings", async (long branchId, EvaluationPeriod period, EvaluationRatingInput input, EvaluationService service, CancellationToken ct) =>
            (await service.RateAsync(branchId, period, input, ct)).ToHttpResult())
            .WithSummary("A member rates a colleague, or a code holder rates a member (with code).");
        round.MapPost("/close", async (long branchId, EvaluationPeriod period, EvaluationService service, CancellationToken ct) =>
            (await service.CloseAsync(branchId, period, ct)).ToHttpResult())
            .WithSummary("The branch closes the round: the composite grades are fixed; 409 when closed already.");
    }
}
