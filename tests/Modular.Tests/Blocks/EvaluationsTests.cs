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
        _db.People.Add(1, 2, 3, 7, 8, 9, 10, 1000, 1001, 1002, 1003);
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

        // In the database: no row holds an anonymous answer at all — only counters per (subject, question, option),
        // and the "has answered" ledger, which names people and holds no answers.
        await using var connection = await _db.DataSource.OpenConnectionAsync();
        Assert.Equal(0L, await Scalar(connection, $"select count(*) from blocks.evaluation_responses where round_id = {round}"));
        Assert.Equal(0L, await Scalar(connection, "select count(*) from blocks.evaluation_responses"));
        Assert.Equal(4L, await Scalar(connection, $"select count(*) from blocks.evaluation_participation where round_id = {round}"));
        Assert.Equal(4L, await Scalar(connection, $"select sum(count) from blocks.evaluation_tallies where round_id = {round}"));
        Assert.Equal([("basically-qualified", 1), ("excellent", 2), ("qualified", 1), ("unqualified", 0)],
            await Rows(connection, $"select option_key, count from blocks.evaluation_tallies where round_id = {round} and subject_key = 'person:42' and question_key = 'grade' order by option_key"));
        var tallyColumns = await Columns(connection, "evaluation_tallies");
        var ledgerColumns = await Columns(connection, "evaluation_participation");
        Assert.Equal(["count", "jurisdiction_id", "option_key", "question_key", "round_id", "subject_key"], tallyColumns.Order());
        Assert.Equal(["jurisdiction_id", "respondent_person_id", "round_id", "subject_key"], ledgerColumns.Order());
        // Every answer touched every counter of the subject, so all of them carry the last answer's xmin: which
        // counters a respondent's transaction changed (the ledger row shares that xmin) says nothing about the answer.
        Assert.Equal(1L, await Scalar(connection, $"select count(distinct xmin::text) from blocks.evaluation_tallies where round_id = {round}"));
        // Sheets now exist only for named rounds, and always name their respondent.
        Assert.Equal("NO", await Scalar(connection, "select is_nullable from information_schema.columns where table_schema='blocks' and table_name='evaluation_responses' and column_name='respondent_person_id'"));
        // The audit log (which names the acting user) never saw an anonymous answer.
        Assert.Equal(0L, await Scalar(connection, "select count(*) from audit.entries where entity like '%evaluation_responses%' or entity like '%evaluation_tallies%' or entity like '%EvaluationTall%'"));
        Assert.Equal(4L, await Scalar(connection, "select count(*) from audit.entries where entity like '%evaluation_participation%'"));
    }

    [Fact]
    public async Task Results_of_an_anonymous_round_mean_what_the_same_answers_mean_in_a_named_round()
    {
        await using var scope = _db.Scope(_a);
        var evaluations = scope.ServiceProvider.GetRequiredService<IEvaluations>();
        var anonymous = (await evaluations.CreateRoundAsync(Round(anonymous: true, "anon"))).Value!.Id;
        var named = (await evaluations.CreateRoundAsync(Round(anonymous: false, "named"))).Value!.Id;
        (long Person, string Subject, string Grade)[] sheets =
            [(1, "person:42", "excellent"), (2, "person:42", "unqualified"), (3, "person:42", "qualified"), (1, "person:43", "qualified"), (2, "person:43", "qualified")];
        foreach (var (person, subject, chosen) in sheets)
        {
            Assert.True((await evaluations.RespondAsync(Answer(anonymous, person, chosen, subject))).Succeeded);
            Assert.True((await evaluations.RespondAsync(Answer(named, person, chosen, subject))).Succeeded);
        }
        Assert.False((await evaluations.RespondAsync(Answer(anonymous, 3, "excellent", "person:42"))).Succeeded);
        Assert.True((await evaluations.RespondAsync(Answer(anonymous, 3, "excellent", "person:43"))).Succeeded); // another subject
        Assert.True((await evaluations.RespondAsync(Answer(named, 3, "excellent", "person:43"))).Succeeded);

        var fromTallies = await evaluations.ResultsAsync(anonymous);
        var fromSheets = await evaluations.ResultsAsync(named);
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(fromSheets), System.Text.Json.JsonSerializer.Serialize(fromTallies));
        Assert.Equal([("person:42", 3), ("person:43", 3)], fromTallies.Select(r => (r.SubjectKey, r.Responses)));
        var grade = fromTallies[0].Questions.Single();
        Assert.Equal(2.67m, grade.AverageScore); // (4 + 1 + 3) / 3
        Assert.Equal(0.3333m, grade.Distribution.Single(d => d.OptionKey == "excellent").Share);
        Assert.Equal(6, (await evaluations.NamedResponsesAsync(named)).Count);
        Assert.Empty(await evaluations.NamedResponsesAsync(anonymous));
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

    private static async Task<List<(string, int)>> Rows(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        var rows = new List<(string, int)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) rows.Add((reader.GetString(0), reader.GetInt32(1)));
        return rows;
    }

    private static async Task<object?> Scalar(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
