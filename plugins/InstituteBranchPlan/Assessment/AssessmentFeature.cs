namespace Modular.Plugins.InstituteBranchPlan.Assessment;

/// <summary>三(三)、三(二)4 年度考核: each member's year as the items recorded it (“进入年度考核”), for the member and the branch.</summary>
public static class AssessmentFeature
{
    public static void Register(IPluginBuilder plugin)
    {
        plugin.Services.AddScoped<AssessmentService>();
        plugin.AddLedger<AssessmentService>("member-assessments", new("党员年度考核台账", "Members' annual assessment"),
            async (service, query, ct) => Result.Ok(Ledger(await service.AllSeenAsync(ct))));
        plugin.AddMenuEntry(new MenuEntry(new("年度考核", "Annual assessment"), "/Assessment/Index", 95) { Group = InstituteBranchPlanStartup.Group });
    }

    /// <summary>党员年度考核台账: one row per member of each branch seen, with the counts, the year-end grade and what is still owed.</summary>
    public static LedgerDefinition Ledger(IReadOnlyList<MemberAssessment> members) => new(Text.Of("党员年度考核台账", "Members' annual assessment"),
        [new(Text.Of("党支部", "Branch"), Width: 20), new(Text.Of("姓名", "Name"), LedgerColumnType.Person), new(Text.Of("应完成（项）", "Owed"), LedgerColumnType.Integer),
         new(Text.Of("完成（项）", "Done"), LedgerColumnType.Integer), new(Text.Of("其中逾期完成", "Of which late"), LedgerColumnType.Integer),
         new(Text.Of("未完成（项）", "Not done"), LedgerColumnType.Integer), new(Text.Of("逾期（项）", "Overdue"), LedgerColumnType.Integer),
         new(Text.Of("年终评议等次", "Year-end grade")), new(Text.Of("综合成绩", "Composite"), LedgerColumnType.Decimal), new(Text.Of("总体", "Overall")),
         new(Text.Of("未完成事项", "Still owed"), Width: 60)],
        [.. members.Select(m => (IReadOnlyList<object?>)[m.Branch, m.Name, m.Required, m.Done, m.Late, m.Open, m.Overdue, m.YearEndGradeName, m.YearEndComposite,
            m.OverallName, string.Join(Text.Of("；", "; "), m.Lines.Where(l => l.Required && l.State is AssessmentState.Open or AssessmentState.Overdue).Select(l => $"{l.Item}（{l.StateName}）"))])]);

    /// <summary><c>/api/j/{jurisdiction}/institute-branch-plan/assessment</c>.</summary>
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/assessment").WithTags("institute-branch-plan: annual assessment");
        group.MapGet("/mine", async (AssessmentService service, CancellationToken ct) => (await service.MineAsync(ct)).ToHttpResult())
            .WithSummary("The signed-in member's annual assessment: every item's line (完成/逾期完成/未完成/逾期) and the summary; 404 without a roster entry.");
        group.MapGet("/members/{personId:long}", async (long personId, AssessmentService service, CancellationToken ct) => (await service.ForAsync(personId, ct)).ToHttpResult())
            .WithSummary("A member's annual assessment: one's own, or any member of a branch the caller sees; anyone else is 404.");
    }
}
