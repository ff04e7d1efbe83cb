using Modular.Sdk;
using Modular.Sdk.Blocks;
using Npgsql;

namespace Modular.Tests.Blocks;

/// <summary>民主评议 on the four grades, the five-question public evaluation, anonymous surveys.</summary>
public sealed class EvaluationsTests : IAsyncLifetime
{
    private static readonly BlockKind Democratic = new("institute-branch", "democratic-evaluation");
    private BlocksTestDatabase _db = null!;
    private int _a, _b;

    public async Task InitializeAsync()
    {
        _db = await BlocksTestDatabase.CreateAsync();
        _a = await _db.AddJurisdictionAsync("institute");
        _b = await _db.AddJurisdictionAsync("county");
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private static EvaluationRoundInput Round(bool anonymous, string key = "2011-H1") =>
        new(Democratic, key, new("2011年上半年民主评议", "2011 H1 democratic evaluation"),
            [new EvaluationQuestion("grade", new("评议等次", "Grade"), Scale.FourGrades)], anonymous);

    private static EvaluationResponseInput Answer(long round, long respondent, string grade, string subject = "person:42") =>
        new(round, subject, respondent, new Dictionary<string, string> { ["grade"] = grade });

    [Fact]
    public async Task Anonymous_answers_cannot_be_joined_to_who_answered_and_nobody_answers_twice()
    {
        long round;
        await using (var scope = _db.Scope(_a))
        {
            var evaluations = scope.ServiceProvider.GetRequiredService<IEvaluations>();
            round = (await evaluations.CreateRoundAsync(Round(anonymous: true))).Value!.Id;
            string[] grades = ["excellent", "excellent", "qualified", "basically-qualified"];
            for (var i = 0; i < grades.Length; i++) Assert.True((await evaluations.RespondAsync(Answer(round, 1000 + i, grades[i]))).Succeeded);

            var twice = await evaluations.RespondAsync(Answer(round, 1000, "unqualified"));
            Assert.Contains("不能重复评议", twice.Errors["respondent"][0]);
            Assert.True(await evaluations.HasAnsweredAsync(round, "person:42", 1003));
            Assert.Empty(await evaluations.NamedResponsesAsync(round));

            var result = Assert.Single(await evaluations.ResultsAsync(round));
            Assert.Equal(4, result.Responses);
            var grade = Assert.Single(result.Questions);
            Assert.Equal([("excellent", 2, 0.5m), ("qualified", 1, 0.25m), ("basically-qualified", 1, 0.25m), ("unqualified", 0, 0m)],
                grade.Distribution.Select(d => (d.OptionKey, d.Count, d.Share)));
            Assert.Equal("优秀", grade.Distribution[0].Label.ZhCn);
        }

        // In the database: the answer sheets name nobody and carry no time; only the ledger names people, and holds no answers.
        await using var connection = await _db.DataSource.OpenConnectionAsync();
        var responseColumns = await Columns(connection, "evaluation_responses");
        var ledgerColumns = await Columns(connection, "evaluation_participation");
        Assert.DoesNotContain(responseColumns, c => c.Contains("time") || c.Contains("_at") || c == "created" || c == "sequence");
        Assert.Equal(["jurisdiction_id", "respondent_person_id", "round_id", "subject_key"], ledgerColumns.Order());
        // The only person column the two share is the respondent, always empty on anonymous sheets: a join finds nothing.
        Assert.Equal(["jurisdiction_id", "respondent_person_id", "round_id", "subject_key"], responseColumns.Intersect(ledgerColumns).Order());
        Assert.Equal(0L, await Scalar(connection, "select count(*) from blocks.evaluation_responses r join blocks.evaluation_participation p using (jurisdiction_id, round_id, subject_key, respondent_person_id)"));
        Assert.Equal(0L, await Scalar(connection, "select count(*) from blocks.evaluation_responses where respondent_person_id is not null"));
        Assert.Equal(4L, await Scalar(connection, "select count(*) from blocks.evaluation_responses"));
        Assert.Equal(4L, await Scalar(connection, "select count(*) from blocks.evaluation_participation"));
        // The id is random, not a sequence that would follow the ledger's order.
        Assert.Equal("uuid", await Scalar(connection, "select data_type from information_schema.columns where table_schema='blocks' and table_name='evaluation_responses' and column_name='id'"));
        // The audit log (which names the acting user) never saw an anonymous sheet.
        Assert.Equal(0L, await Scalar(connection, "select count(*) from audit.entries where entity like '%evaluation_responses%'"));
        Assert.Equal(4L, await Scalar(connection, "select count(*) from audit.entries where entity like '%evaluation_participation%'"));
    }

    [Fact]
    public async Task Named_rounds_keep_the_respondent_and_five_questions_average_their_scores()
    {
        await using var scope = _db.Scope(_a);
        var evaluations = scope.ServiceProvider.GetRequiredService<IEvaluations>();
        string[] prompts = ["认识是否深刻", "问题是否找准", "原因是否剖析透彻", "思路是否清晰", "措施是否可行"];
        var five = (await evaluations.CreateRoundAsync(new(new("gov-group", "analysis-report"), "2009", new("分析检查报告群众评议", "Public evaluation of the analysis report"),
            [.. prompts.Select((p, i) => new EvaluationQuestion($"q{i + 1}", new(p, p), Scale.Satisfaction))], Anonymous: false))).Value!;
        var answers = new Dictionary<string, string> { ["q1"] = "satisfied", ["q2"] = "satisfied", ["q3"] = "basically-satisfied", ["q4"] = "dissatisfied", ["q5"] = "satisfied" };
        Assert.True((await evaluations.RespondAsync(new(five.Id, "report", 7, answers))).Succeeded);
        Assert.True((await evaluations.RespondAsync(new(five.Id, "report", 8, answers.ToDictionary(a => a.Key, _ => "satisfied")))).Succeeded);
        Assert.False((await evaluations.RespondAsync(new(five.Id, "report", 9, new Dictionary<string, string> { ["q1"] = "satisfied" }))).Succeeded); // missing answers
        Assert.False((await evaluations.RespondAsync(new(five.Id, "report", 9, answers.ToDictionary(a => a.Key, _ => "excellent")))).Succeeded); // off the scale

        var named = await evaluations.NamedResponsesAsync(five.Id);
        Assert.Equal([7L, 8L], named.Select(n => n.RespondentPersonId));
        var result = Assert.Single(await evaluations.ResultsAsync(five.Id));
        Assert.Equal(5, result.Questions.Count);
        Assert.Equal(2m, result.Questions.Single(q => q.QuestionKey == "q4").AverageScore); // (1 + 3) / 2

        await evaluations.CloseRoundAsync(five.Id);
        Assert.Contains("已结束", (await evaluations.RespondAsync(new(five.Id, "report", 10, answers))).Errors["roundId"][0]);
    }

    [Fact]
    public async Task Another_jurisdiction_sees_no_round_and_cannot_answer_it()
    {
        long round;
        await using (var a = _db.Scope(_a))
        {
            var evaluations = a.ServiceProvider.GetRequiredService<IEvaluations>();
            round = (await evaluations.CreateRoundAsync(Round(anonymous: false))).Value!.Id;
            await evaluations.RespondAsync(Answer(round, 1, "excellent"));
        }
        await using var b = _db.Scope(_b);
        var other = b.ServiceProvider.GetRequiredService<IEvaluations>();
        Assert.Null(await other.FindRoundAsync(round));
        Assert.Empty(await other.ListRoundsAsync(Democratic));
        Assert.Empty(await other.ResultsAsync(round));
        Assert.Empty(await other.NamedResponsesAsync(round));
        Assert.False((await other.RespondAsync(Answer(round, 2, "excellent"))).Succeeded);
    }

    private static async Task<List<string>> Columns(NpgsqlConnection connection, string table)
    {
        await using var command = new NpgsqlCommand("select column_name from information_schema.columns where table_schema = 'blocks' and table_name = @t", connection);
        command.Parameters.AddWithValue("t", table);
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) names.Add(reader.GetString(0));
        return names;
    }

    private static async Task<object?> Scalar(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
