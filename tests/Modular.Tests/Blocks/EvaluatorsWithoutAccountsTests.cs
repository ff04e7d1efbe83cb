using Modular.Sdk;
using Modular.Sdk.Blocks;

namespace Modular.Tests.Blocks;

/// <summary>
/// 群众评议 by people who have no account: one-time codes (each answers each subject once, anonymously) and paper
/// sheets counted by the office — both added to the round's anonymous counters, nothing else kept.
/// </summary>
public sealed class EvaluatorsWithoutAccountsTests : IAsyncLifetime
{
    private static readonly BlockKind Public = new("county-five-activities", "public-evaluation");
    private BlocksTestDatabase _db = null!;
    private int _a, _b;

    public async Task InitializeAsync()
    {
        _db = await BlocksTestDatabase.CreateAsync();
        _db.People.Add(1);
        _a = await _db.AddJurisdictionAsync("county-a");
        _b = await _db.AddJurisdictionAsync("county-b");
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private static EvaluationRoundInput Round(bool anonymous) =>
        new(Public, "2011", new("群众评议", "Public evaluation"), [new EvaluationQuestion("grade", new("评议等次", "Grade"), Scale.FourGrades)], anonymous);

    private static Dictionary<string, string> Grade(string grade) => new() { ["grade"] = grade };

    [Fact]
    public async Task Codes_answer_each_subject_once_and_paper_sheets_add_up_in_the_same_counters()
    {
        await using var scope = _db.Scope(_a);
        var evaluations = scope.ServiceProvider.GetRequiredService<IEvaluations>();
        var named = (await evaluations.CreateRoundAsync(Round(anonymous: false))).Value!.Id;
        Assert.Equal("roundId", (await evaluations.IssueCodesAsync(named, 3)).Field);        // codes are for anonymous rounds
        var round = (await evaluations.CreateRoundAsync(Round(anonymous: true) with { RoundKey = "2011-b" })).Value!.Id;
        Assert.Equal("count", (await evaluations.IssueCodesAsync(round, 0)).Field);

        var codes = (await evaluations.IssueCodesAsync(round, 3)).Value!;
        Assert.Equal(3, codes.Distinct().Count());
        Assert.All(codes, c => Assert.Matches("^[A-HJ-NP-Z2-9]{10}$", c));
        Assert.True((await evaluations.RespondWithCodeAsync(round, codes[0], "person:42", Grade("excellent"))).Succeeded);
        Assert.True((await evaluations.RespondWithCodeAsync(round, codes[0].ToLowerInvariant(), "person:43", Grade("qualified"))).Succeeded); // another subject
        Assert.Equal("code", (await evaluations.RespondWithCodeAsync(round, codes[0], "person:42", Grade("qualified"))).Field); // once per subject
        Assert.Equal("code", (await evaluations.RespondWithCodeAsync(round, "AAAAAAAAAA", "person:42", Grade("qualified"))).Field);
        Assert.Equal("answers.grade", (await evaluations.RespondWithCodeAsync(round, codes[1], "person:42", Grade("perfect"))).Field);
        Assert.True((await evaluations.RespondWithCodeAsync(round, codes[1], "person:42", Grade("qualified"))).Succeeded);

        // 20 paper sheets for person:42, counted by the office; every question must add up to the same number.
        Assert.Equal("counts.grade", (await evaluations.AddPaperTallyAsync(round, "person:42",
            new Dictionary<string, IReadOnlyDictionary<string, int>> { ["grade"] = new Dictionary<string, int> { ["excellent"] = -1 } })).Field);
        Assert.Equal("counts", (await evaluations.AddPaperTallyAsync(round, "person:42", new Dictionary<string, IReadOnlyDictionary<string, int>>())).Field);
        var added = await evaluations.AddPaperTallyAsync(round, "person:42", new Dictionary<string, IReadOnlyDictionary<string, int>>
        {
            ["grade"] = new Dictionary<string, int> { ["excellent"] = 12, ["qualified"] = 7, ["unqualified"] = 1 },
        });
        Assert.Equal(20, added.Value);

        var result = Assert.Single(await evaluations.ResultsAsync(round), r => r.SubjectKey == "person:42");
        Assert.Equal(22, result.Responses);                                              // 2 codes + 20 sheets
        Assert.Equal([13, 8, 0, 1], result.Questions[0].Distribution.Select(d => d.Count));
        Assert.Empty(await evaluations.NamedResponsesAsync(round));                      // nothing names anyone

        await evaluations.CloseRoundAsync(round);
        Assert.Equal("roundId", (await evaluations.RespondWithCodeAsync(round, codes[2], "person:42", Grade("excellent"))).Field);

        await using var other = _db.Scope(_b);
        var theirs = other.ServiceProvider.GetRequiredService<IEvaluations>();
        Assert.Equal(ResultKind.NotFound, (await theirs.RespondWithCodeAsync(round, codes[2], "person:42", Grade("excellent"))).Kind); // another jurisdiction's round is none of theirs
        Assert.Equal(ResultKind.NotFound, (await theirs.IssueCodesAsync(round, 1)).Kind);
    }
}
