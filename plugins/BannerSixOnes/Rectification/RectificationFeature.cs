namespace Modular.Plugins.BannerSixOnes.Rectification;

/// <summary>三、1 查找突出问题、落实整改: services, menu, the ledger 问题整改台账 and <c>/problems</c>.</summary>
public static class RectificationFeature
{
    public static void Register(IPluginBuilder plugin)
    {
        plugin.Services.AddScoped<ProblemList>();
        plugin.AddLedger<ProblemList>("problems", new("突出问题整改台账", "Problems and rectification"),
            async (s, q, ct) => (await s.ListAsync(q.Integer("organizationId"), null, ct)).Map(Ledger),
            new LedgerParameter("organizationId", new("组织编号", "Organization id"), LedgerParameterType.Integer));
        plugin.AddMenuEntry(new MenuEntry(new("查找问题 落实整改", "Problems and rectification"), "/Rectification/Index", 75) { Group = SixOnesStartup.Group });
    }

    public static LedgerDefinition Ledger(IReadOnlyList<ProblemRow> rows) => new(Text.Of("突出问题整改台账", "Problems and rectification"),
        [
            new(Text.Of("组织", "Organization"), Width: 24), new(Text.Of("突出问题", "Problem"), Width: 36), new(Text.Of("查找途径", "Found through")),
            new(Text.Of("原因分析", "Cause"), Width: 30), new(Text.Of("整改目标", "Target"), Width: 30), new(Text.Of("整改措施", "Measures"), Width: 36), new(Text.Of("责任人", "Responsible")),
            new(Text.Of("整改方式", "How")), new(Text.Of("整改期限", "Deadline"), LedgerColumnType.Date), new(Text.Of("状态", "Status")),
            new(Text.Of("完成日期", "Done on"), LedgerColumnType.Date), new(Text.Of("整改结果", "Result"), Width: 36),
        ],
        [.. rows.Select(r => (IReadOnlyList<object?>)[r.Organization, r.Problem, r.FoundIn, r.Cause, r.Target, r.Measures, r.Lead, ProblemList.ModeName(r.Mode), r.Deadline,
            r.StatusName, r.CompletedOn, r.Evidence])]);

    /// <summary><c>/api/j/{code}/banner-six-ones/problems</c>.</summary>
    public static void Map(IEndpointRouteBuilder api)
    {
        var problems = api.MapGroup("/problems");
        problems.MapGet("", async (long? organizationId, RectificationStatus? status, ProblemList list, CancellationToken ct) => (await list.ListAsync(organizationId, status, ct)).ToHttpResult())
            .WithSummary("The problems the caller sees (organizationId = a subtree; status = Open, Overdue or Done).");
        problems.MapGet("/overview", async (ProblemList list, CancellationToken ct) => Results.Ok(await list.TallyAsync(ct)))
            .WithSummary("Per organization the caller sees: problems open, overdue and done.");
        problems.MapGet("/{id:long}", async (long id, ProblemList list, CancellationToken ct) => (await list.ReadAsync(id, ct)).ToHttpResult());
        problems.MapPost("", async (ProblemInput input, ProblemList list, CancellationToken ct) => (await list.AddAsync(input, ct)).ToHttpResult())
            .WithSummary("查找突出问题: an organization's officers (or the office) list a problem, where it was found, cause and target, measures, who answers for it, at once or by a deadline.");
        problems.MapPut("/{id:long}", async (long id, ProblemInput input, ProblemList list, CancellationToken ct) => (await list.UpdateAsync(id, input, ct)).ToHttpResult())
            .WithSummary("Changes an open problem at the version read (409 when someone changed it meanwhile).");
        problems.MapPost("/{id:long}/complete", async (long id, ProblemCompletion input, ProblemList list, CancellationToken ct) => (await list.CompleteAsync(id, input, ct)).ToHttpResult())
            .WithSummary("落实整改: the day it was put right (not after today) and what was done.");
    }
}
