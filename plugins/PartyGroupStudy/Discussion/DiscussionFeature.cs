using Modular.Plugins.PartyGroupStudy.Common;

namespace Modular.Plugins.PartyGroupStudy.Discussion;

/// <summary>四(一)4 解放思想讨论: the office's discussions and every member's contributions.</summary>
public static class DiscussionFeature
{
    public static void Register(IPluginBuilder plugin)
    {
        plugin.Services.AddScoped<DiscussionService>();
        plugin.Services.AddScoped<DiscussionSteps>();
        plugin.AddPlanSteps<DiscussionSteps>();
        plugin.AddLedger<DiscussionService>("emancipation", new("解放思想讨论台账", "Discussion on emancipating the mind"),
            async (service, query, ct) => (await service.OverviewAsync(ct)).Map(Ledger));
    }

    /// <summary>解放思想讨论台账: one row per member and discussion: contributed or not, when, how long.</summary>
    public static LedgerDefinition Ledger(DiscussionOverview overview) => new(Text.Of("解放思想讨论台账", "Discussion on emancipating the mind"),
        [new(Text.Of("讨论日期", "Held on"), LedgerColumnType.Date), new(Text.Of("讨论主题", "Topic"), Width: 40), new(Text.Of("党组成员", "Member"), LedgerColumnType.Person),
         new(Text.Of("已发言", "Contributed"), LedgerColumnType.Boolean), new(Text.Of("发言日期", "On"), LedgerColumnType.Date),
         new(Text.Of("字数", "Characters"), LedgerColumnType.Integer), new(Text.Of("本人状态", "Member's state"))],
        [.. from d in overview.Discussions.Reverse()
            from m in overview.Members
            let c = d.Contributions.FirstOrDefault(c => c.PersonId == m.PersonId)
            select (IReadOnlyList<object?>)[d.HeldOn, d.Topic, m.Name, c is not null, c?.On, c?.Characters, m.StateName]]);

    /// <summary><c>/api/j/{jurisdiction}/party-group-study/discussions</c>.</summary>
    public static void Map(IEndpointRouteBuilder api)
    {
        var discussions = api.MapGroup("/discussions").WithTags("party-group-study: discussion on emancipating the mind");
        discussions.MapGet("", async (DiscussionService service, CancellationToken ct) => (await service.OverviewAsync(ct)).ToHttpResult())
            .WithSummary("The discussions with their contributions and who has not spoken; each member's line against stage 1's end (one's own for a member).");
        discussions.MapPost("", async (HoldInput input, DiscussionService service, CancellationToken ct) => (await service.HoldAsync(input, ct)).ToHttpResult())
            .WithSummary("The office holds a discussion of the party group within stage 1.");
        discussions.MapGet("/{id:long}", async (long id, DiscussionService service, CancellationToken ct) => (await service.FindAsync(id, ct)).ToHttpResult());
        discussions.MapPost("/{id:long}/contributions", async (long id, ContributionInput input, DiscussionService service, CancellationToken ct) =>
            (await service.ContributeAsync(id, input, ct)).ToHttpResult())
            .WithSummary("A member's contribution (the office's record of one: personId); again replaces it while the discussion is open.");
        discussions.MapPost("/{id:long}/close", async (long id, DiscussionService service, CancellationToken ct) => (await service.CloseAsync(id, ct)).ToHttpResult())
            .WithSummary("The office closes a discussion: it takes no more contributions.");
    }
}
