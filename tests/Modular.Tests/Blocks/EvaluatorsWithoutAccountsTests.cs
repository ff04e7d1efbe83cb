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

    private static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Sheet(params (string Subject, string Grade)[] answers) =>
        answers.ToDictionary(a => a.Subject, a => (IReadOnlyDictionary<string, string>)Grade(a.Grade));

    [Fact]
    public async Task A_code_holder_s_sheet_is_recorded_whole_or_not_at_all_for_the_round_s_own_subjects()
    {
        await using var scope = _db.Scope(_a);
        var evaluations = scope.ServiceProvider.GetRequiredService<IEvaluations>();
        Assert.Equal("subjects", (await evaluations.CreateRoundAsync(Round(anonymous: true) with
        {
            Subjects = [new("person:1", new("王芳", "王芳")), new("person:1", new("王芳", "王芳"))],
        })).Field);
        var round = (await evaluations.CreateRoundAsync(Round(anonymous: true) with
        {
            Subjects = [new("person:1", new("王芳", "王芳")), new("person:2", new("李明", "李明")), new("person:3", new("赵刚", "赵刚"))],
        })).Value!;
        Assert.Equal(["person:1", "person:2", "person:3"], (await evaluations.FindRoundAsync(round.Id))!.Subjects.Select(x => x.Key));
        var codes = (await evaluations.IssueCodesAsync(round.Id, 2)).Value!;

        Assert.Equal("code", (await evaluations.OpenCodeSheetAsync(round.Id, "AAAAAAAAAA")).Field);
        Assert.Empty((await evaluations.OpenCodeSheetAsync(round.Id, codes[0])).Value!.Answered);
        // One bad answer or a stranger refuses the whole sheet: nothing of it is counted, the code still answers everyone.
        Assert.Equal("person:2.answers.grade", (await evaluations.RespondSheetWithCodeAsync(round.Id, codes[0], Sheet(("person:1", "excellent"), ("person:2", "perfect")))).Field);
        Assert.Equal("subjectKey", (await evaluations.RespondSheetWithCodeAsync(round.Id, codes[0], Sheet(("person:1", "excellent"), ("person:9", "qualified")))).Field);
        Assert.Equal("subjectKey", (await evaluations.RespondWithCodeAsync(round.Id, codes[0], "person:9", Grade("qualified"))).Field);
        Assert.Equal("answers", (await evaluations.RespondSheetWithCodeAsync(round.Id, codes[0], Sheet())).Field);
        Assert.Empty(await evaluations.ResultsAsync(round.Id));

        Assert.Equal(2, (await evaluations.RespondSheetWithCodeAsync(round.Id, codes[0], Sheet(("person:1", "excellent"), ("person:2", "qualified")))).Value);
        Assert.Equal(["person:1", "person:2"], (await evaluations.OpenCodeSheetAsync(round.Id, codes[0])).Value!.Answered.Order());
        // A sheet naming one answered subject is refused whole; the rest of the code is still good.
        Assert.Equal("code", (await evaluations.RespondSheetWithCodeAsync(round.Id, codes[0], Sheet(("person:2", "excellent"), ("person:3", "excellent")))).Field);
        Assert.Equal(1, (await evaluations.RespondSheetWithCodeAsync(round.Id, codes[0], Sheet(("person:3", "basically-qualified")))).Value);
        Assert.Equal(3, (await evaluations.RespondSheetWithCodeAsync(round.Id, codes[1], Sheet(("person:1", "qualified"), ("person:2", "qualified"), ("person:3", "unqualified")))).Value);

        var results = (await evaluations.ResultsAsync(round.Id)).ToDictionary(r => r.SubjectKey);
        Assert.Equal([1, 1, 0, 0], results["person:1"].Questions[0].Distribution.Select(d => d.Count));
        Assert.Equal([0, 2, 0, 0], results["person:2"].Questions[0].Distribution.Select(d => d.Count));
        Assert.Equal([0, 0, 1, 1], results["person:3"].Questions[0].Distribution.Select(d => d.Count));
        Assert.Empty(await evaluations.NamedResponsesAsync(round.Id));

        await using var other = _db.Scope(_b);
        Assert.Equal(ResultKind.NotFound, (await other.ServiceProvider.GetRequiredService<IEvaluations>().OpenCodeSheetAsync(round.Id, codes[1])).Kind);
    }

    [Fact]
    public async Task Answers_are_taken_from_the_day_a_round_opens_to_the_day_it_closes_in_the_jurisdiction_s_time()
    {
        await using var scope = _db.Scope(_a); // the test jurisdiction keeps UTC; the clock reads 2011-06-01 02:00
        var evaluations = scope.ServiceProvider.GetRequiredService<IEvaluations>();
        var today = new DateOnly(2011, 6, 1);
        Assert.Equal("closes", (await evaluations.CreateRoundAsync(Round(anonymous: true) with { Opens = today, Closes = today.AddDays(-1) })).Field);
        var later = (await evaluations.CreateRoundAsync(Round(anonymous: true) with { RoundKey = "later", Opens = today.AddDays(1), Closes = today.AddDays(9) })).Value!.Id;
        var lastDay = (await evaluations.CreateRoundAsync(Round(anonymous: true) with { RoundKey = "last-day", Opens = today.AddDays(-9), Closes = today })).Value!.Id;
        var past = (await evaluations.CreateRoundAsync(Round(anonymous: true) with { RoundKey = "past", Closes = today.AddDays(-1) })).Value!.Id;
        var named = (await evaluations.CreateRoundAsync(Round(anonymous: false) with { RoundKey = "named-past", Closes = today.AddDays(-1) })).Value!.Id;
        var codes = (await evaluations.IssueCodesAsync(later, 1)).Value!.Concat((await evaluations.IssueCodesAsync(lastDay, 1)).Value!).Concat((await evaluations.IssueCodesAsync(past, 1)).Value!).ToList();

        var early = await evaluations.RespondWithCodeAsync(later, codes[0], "person:42", Grade("excellent"));
        Assert.Equal("roundId", early.Field);
        Assert.Contains("2011-06-02", early.Errors["roundId"][0]);
        Assert.True((await evaluations.RespondWithCodeAsync(lastDay, codes[1], "person:42", Grade("excellent"))).Succeeded); // the closing day itself
        Assert.Equal("roundId", (await evaluations.OpenCodeSheetAsync(past, codes[2])).Field);
        Assert.Equal("roundId", (await evaluations.RespondAsync(new EvaluationResponseInput(named, "person:42", 1, Grade("excellent")))).Field); // named rounds too

        _db.Clock.Now = _db.Clock.Now.AddDays(1); // 2011-06-02: the early round opens, the last-day one has closed
        Assert.True((await evaluations.RespondWithCodeAsync(later, codes[0], "person:42", Grade("excellent"))).Succeeded);
        Assert.Equal("roundId", (await evaluations.RespondWithCodeAsync(lastDay, codes[1], "person:43", Grade("excellent"))).Field);
    }
}
