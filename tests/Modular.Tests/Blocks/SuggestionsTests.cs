using Modular.Sdk;
using Modular.Sdk.Blocks;
using Modular.Sdk.Core;

namespace Modular.Tests.Blocks;

/// <summary>我为组织建一言: a member's suggestion to an organization, the reply at the version read, lists, isolation.</summary>
public sealed class SuggestionsTests : IAsyncLifetime
{
    private static readonly BlockKind Kind = new("institute-branch-plan", "suggestions");
    private BlocksTestDatabase _db = null!;
    private int _a, _b;

    public async Task InitializeAsync()
    {
        _db = await BlocksTestDatabase.CreateAsync();
        _db.Organizations.Add(10, null, "研究所党委", OrganizationKind.PartyCommittee);
        _db.Organizations.Add(11, 10, "光栅室党支部");
        _db.People.AddIn(11, 21, 22);
        _a = await _db.AddJurisdictionAsync("institute-a");
        _b = await _db.AddJurisdictionAsync("institute-b");
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task A_suggestion_is_answered_once_at_the_version_read_and_lists_show_what_waits()
    {
        await using var scope = _db.Scope(_a);
        var suggestions = scope.ServiceProvider.GetRequiredService<ISuggestions>();
        Assert.Equal("text", (await suggestions.SubmitAsync(new(Kind, 21, 11, "  "))).Field);
        Assert.Equal("authorPersonId", (await suggestions.SubmitAsync(new(Kind, 999, 11, "多组织学术交流"))).Field);
        Assert.Equal("organizationId", (await suggestions.SubmitAsync(new(Kind, 21, 999, "多组织学术交流"))).Field);

        var first = (await suggestions.SubmitAsync(new(Kind, 21, 11, " 多组织学术交流 ", "2010"))).Value!;
        Assert.Equal(("多组织学术交流", false, 1), (first.Text, first.Answered, first.Version));
        await suggestions.SubmitAsync(new(Kind, 22, 11, "实验室安全检查常态化", "2010"));
        await suggestions.SubmitAsync(new(Kind, 22, 10, "所里统一订阅期刊", "2010"));

        Assert.Equal("reply", (await suggestions.ReplyAsync(first.Id, " ", first.Version)).Field);
        Assert.Equal(ResultKind.Conflict, (await suggestions.ReplyAsync(first.Id, "每季度一次", first.Version + 1)).Kind);
        var answered = (await suggestions.ReplyAsync(first.Id, "每季度组织一次学术沙龙", first.Version)).Value!;
        Assert.True(answered.Answered);
        Assert.Equal(2, answered.Version);
        Assert.Equal(ResultKind.Conflict, (await suggestions.ReplyAsync(first.Id, "改答复", first.Version)).Kind); // a stale second reply

        Assert.Equal(["实验室安全检查常态化"], (await suggestions.ListAsync(new SuggestionQuery(Kind) { OrganizationId = 11, UnansweredOnly = true })).Select(s => s.Text));
        Assert.Equal(2, (await suggestions.ListAsync(new SuggestionQuery(Kind) { AuthorPersonId = 22, PeriodKey = "2010" })).Count);
        Assert.Empty(await suggestions.ListAsync(new SuggestionQuery(Kind) { PeriodKey = "2011" }));

        await using var other = _db.Scope(_b);
        var theirs = other.ServiceProvider.GetRequiredService<ISuggestions>();
        Assert.Null(await theirs.FindAsync(first.Id));
        Assert.Empty(await theirs.ListAsync(new SuggestionQuery(Kind)));
        Assert.Equal(ResultKind.NotFound, (await theirs.ReplyAsync(first.Id, "别处的答复", 2)).Kind);
    }

    [Fact]
    public async Task A_tally_counts_each_author_s_suggestions_to_each_organization_and_the_answered_ones()
    {
        await using var scope = _db.Scope(_a);
        var suggestions = scope.ServiceProvider.GetRequiredService<ISuggestions>();
        var first = (await suggestions.SubmitAsync(new(Kind, 21, 11, "多组织学术交流", "2010"))).Value!;
        await suggestions.SubmitAsync(new(Kind, 21, 11, "改进食堂", "2010"));
        await suggestions.SubmitAsync(new(Kind, 22, 11, "实验室安全检查常态化", "2010"));
        await suggestions.SubmitAsync(new(Kind, 22, 10, "所里统一订阅期刊", "2010"));
        await suggestions.SubmitAsync(new(Kind, 22, 10, "下一年的", "2011"));
        await suggestions.ReplyAsync(first.Id, "每季度组织一次学术沙龙", first.Version);

        var tally = await suggestions.TallyAsync(new SuggestionQuery(Kind) { PeriodKey = "2010" });
        Assert.Equal([new SuggestionTally(10, 22, 1, 0), new SuggestionTally(11, 21, 2, 1), new SuggestionTally(11, 22, 1, 0)], tally);
        Assert.Equal([new SuggestionTally(11, 22, 1, 0)], await suggestions.TallyAsync(new SuggestionQuery(Kind) { OrganizationId = 11, AuthorPersonId = 22 }));
    }
}
