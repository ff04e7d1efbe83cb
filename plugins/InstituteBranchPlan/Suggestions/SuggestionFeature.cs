namespace Modular.Plugins.InstituteBranchPlan.Suggestions;

/// <summary>三(一)三 我为组织建一言: at least one suggestion from every member, each answered by the branch.</summary>
public static class SuggestionFeature
{
    public static void Register(IPluginBuilder plugin)
    {
        plugin.Services.AddScoped<SuggestionService>();
        plugin.AddLedger<SuggestionService>("suggestions", new("“我为组织建一言”台账", "Suggestions to the branch"),
            async (service, query, ct) => Result.Ok(Ledger(await service.BranchesAsync(ct), service.WallClock)));
        plugin.AddMenuEntry(new MenuEntry(new("我为组织建一言", "Suggestions"), "/Suggestions/Index", 30) { Group = InstituteBranchPlanStartup.Group });
    }

    public static LedgerDefinition Ledger(IReadOnlyList<BranchSuggestions> branches, Func<DateTimeOffset, DateTime> local) => new(Text.Of("“我为组织建一言”台账", "Suggestions to the branch"),
        [new(Text.Of("党支部", "Branch"), Width: 20), new(Text.Of("提出人", "From"), LedgerColumnType.Person), new(Text.Of("提出时间", "Given at"), LedgerColumnType.DateTime),
         new(Text.Of("建议", "Suggestion"), Width: 60), new(Text.Of("答复", "Answer"), Width: 60), new(Text.Of("答复人", "Answered by")), new(Text.Of("答复时间", "Answered at"), LedgerColumnType.DateTime)],
        [.. from b in branches from s in b.Suggestions
            select (IReadOnlyList<object?>)[b.Branch, s.Author, local(s.Suggestion.SubmittedAt), s.Suggestion.Text, s.Suggestion.Reply, s.Suggestion.RepliedBy,
                s.Suggestion.RepliedAt is { } at ? local(at) : null]]);

    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/suggestions").WithTags("institute-branch-plan: suggestions");
        group.MapPost("", async (SuggestionTextInput input, SuggestionService service, CancellationToken ct) => (await service.SubmitAsync(input, ct)).ToHttpResult())
            .WithSummary("The signed-in member's suggestion to their branch.");
        group.MapGet("", async (SuggestionService service, CancellationToken ct) => Results.Ok(await service.BranchesAsync(ct)))
            .WithSummary("Each branch the caller sees: its suggestions (unanswered first) and every member's count against the rule.");
        group.MapGet("/mine", async (SuggestionService service, CancellationToken ct) => Results.Ok(await service.MineAsync(ct)));
        group.MapPut("/{id:long}/reply", async (long id, SuggestionReplyInput input, SuggestionService service, CancellationToken ct) =>
            (await service.ReplyAsync(id, input, ct)).ToHttpResult())
            .WithSummary("The branch's answer; send the version read (a stale one is 409).");
    }
}
