using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Modular.Identity;
using Modular.Tests.Infrastructure;
using Npgsql;

namespace Modular.Tests.Blocks;

/// <summary>
/// Pledges and evaluation rounds through the host's API: admins create, publish, review and close;
/// members (users linked to a roster person) save their own pledge and answer rounds as that person;
/// another jurisdiction's admin gets 404 everywhere. One host for the class, emptied before each test.
/// </summary>
public sealed class BlocksPledgesEvaluationsApiTests(GoodPluginHost shared) : IClassFixture<GoodPluginHost>, IAsyncLifetime
{
    private TestHost _host = null!;
    private HttpClient _admin = null!, _member = null!, _unlinked = null!, _otherAdmin = null!;
    private const string J = "/api/j/pe-a/blocks";
    private long _me, _other; // the member's own roster person, and another member

    public async Task InitializeAsync()
    {
        _host = await shared.ResetAsync();
        var a = await _host.CreateJurisdictionAsync("pe-a", "甲旗", "test-good");
        await _host.CreateJurisdictionAsync("pe-b", "乙旗", "test-good");
        var member = await _host.CreateUserAsync(a.Id, "pe-a-member", Roles.Member);
        await _host.CreateUserAsync(a.Id, "pe-a-unlinked", Roles.Member);
        _admin = await _host.ApiClientAsync("pe-a-admin");
        _member = await _host.ApiClientAsync("pe-a-member");
        _unlinked = await _host.ApiClientAsync("pe-a-unlinked");
        _otherAdmin = await _host.ApiClientAsync("pe-b-admin");
        var branch = await RosterSetup.OrganizationAsync(_admin, "pe-a", "光栅室党支部", "党支部", null, null);
        _me = await RosterSetup.PersonAsync(_admin, "pe-a", "王一", branch, leadingCadre: false);
        _other = await RosterSetup.PersonAsync(_admin, "pe-a", "李二", branch, leadingCadre: false);
        Assert.Equal(HttpStatusCode.NoContent, (await _admin.PutAsJsonAsync("/api/j/pe-a/person-accounts", new { userId = member.Id, personId = _me })).StatusCode);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task<JsonElement> Json(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    private static async Task AssertProblem(HttpResponseMessage response, HttpStatusCode status, string? field = null)
    {
        Assert.Equal(status, response.StatusCode);
        if (status == HttpStatusCode.Forbidden) return; // the authorization policy's refusal has no body
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        if (field is not null) Assert.True((await Json(response)).GetProperty("errors").TryGetProperty(field, out _), $"no error for {field}");
    }

    [Fact]
    public async Task Pledges_are_saved_listed_published_reviewed_and_refused_where_they_should_be()
    {
        // A member saves their own plan; not someone else's, not an organization's.
        var own = await _member.PostAsJsonAsync($"{J}/pledges", new { plugin = "institute-branch", kind = "personal-plan", pledgeKind = "Member", ownerId = _me, periodKey = "2010", text = "完成光栅刻划课题" });
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        var id = (await Json(own)).GetProperty("id").GetInt64();
        await AssertProblem(await _member.PostAsJsonAsync($"{J}/pledges", new { plugin = "institute-branch", kind = "personal-plan", pledgeKind = "Member", ownerId = _other, periodKey = "2010", text = "代写" }), HttpStatusCode.Forbidden);
        await AssertProblem(await _member.PostAsJsonAsync($"{J}/pledges", new { plugin = "institute-branch", kind = "personal-plan", pledgeKind = "Organization", ownerId = _me, periodKey = "2010", text = "支部承诺" }), HttpStatusCode.Forbidden);
        await AssertProblem(await _admin.PostAsJsonAsync($"{J}/pledges", new { plugin = "institute-branch", kind = "personal-plan", pledgeKind = "Member", ownerId = _other, periodKey = "2010", text = "  " }), HttpStatusCode.BadRequest, "text");
        await AssertProblem(await _admin.PostAsJsonAsync($"{J}/pledges", new { kind = "personal-plan", periodKey = "2010", text = "x" }), HttpStatusCode.BadRequest, "kind");
        var other = await _admin.PostAsJsonAsync($"{J}/pledges", new { plugin = "institute-branch", kind = "personal-plan", pledgeKind = "Member", ownerId = _other, periodKey = "2010", text = "带好新人" });
        var otherId = (await Json(other)).GetProperty("id").GetInt64();

        // Lists: the admin sees both; the member their own (unpublished) and none of the other's until it is published.
        const string List = $"{J}/pledges?plugin=institute-branch&kind=personal-plan&period=2010";
        Assert.Equal(2, (await _admin.GetItemsAsync(List)).Length);
        Assert.Equal([id], (await _member.GetItemsAsync(List)).Select(p => p.GetProperty("id").GetInt64()));
        Assert.Equal(HttpStatusCode.NotFound, (await _member.GetAsync($"{J}/pledges/{otherId}")).StatusCode);
        await AssertProblem(await _admin.GetAsync($"{J}/pledges?plugin=institute-branch"), HttpStatusCode.BadRequest, "kind");

        await AssertProblem(await _member.PostAsync($"{J}/pledges/{otherId}/publish", null), HttpStatusCode.Forbidden);
        var published = await Json(await _admin.PostAsync($"{J}/pledges/{otherId}/publish", null));
        Assert.True(published.GetProperty("published").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, (await _member.GetAsync($"{J}/pledges/{otherId}")).StatusCode);
        Assert.Equal([otherId], (await _admin.GetItemsAsync(List + "&publishedOnly=true")).Select(p => p.GetProperty("id").GetInt64()));
        Assert.False((await Json(await _admin.PostAsync($"{J}/pledges/{otherId}/unpublish", null))).GetProperty("published").GetBoolean());
        Assert.Equal(HttpStatusCode.NotFound, (await _admin.PostAsync($"{J}/pledges/999999/publish", null)).StatusCode);

        // Review: partly needs a comment, the score is 0..100, the outcome is required; members may not review.
        await AssertProblem(await _admin.PostAsJsonAsync($"{J}/pledges/{id}/review", new { outcome = "Partly", score = 70 }), HttpStatusCode.BadRequest, "comment");
        await AssertProblem(await _admin.PostAsJsonAsync($"{J}/pledges/{id}/review", new { outcome = "Fulfilled", score = 170 }), HttpStatusCode.BadRequest, "score");
        await AssertProblem(await _admin.PostAsJsonAsync($"{J}/pledges/{id}/review", new { comment = "?" }), HttpStatusCode.BadRequest, "outcome");
        await AssertProblem(await _member.PostAsJsonAsync($"{J}/pledges/{id}/review", new { outcome = "Fulfilled" }), HttpStatusCode.Forbidden);
        var reviewed = await Json(await _admin.PostAsJsonAsync($"{J}/pledges/{id}/review", new { outcome = "Partly", comment = "课题延期", score = 75, reviewedOn = "2010-12-20" }));
        Assert.Equal(("Partly", 75m, "pe-a-admin", "2010-12-20"), (reviewed.GetProperty("outcome").GetString(), reviewed.GetProperty("score").GetDecimal(),
            reviewed.GetProperty("reviewedBy").GetString(), reviewed.GetProperty("reviewedOn").GetString()));
        var frozen = await _member.PostAsJsonAsync($"{J}/pledges", new { plugin = "institute-branch", kind = "personal-plan", pledgeKind = "Member", ownerId = _me, periodKey = "2010", text = "改" });
        await AssertProblem(frozen, HttpStatusCode.BadRequest, "text");
        Assert.Contains("不能再修改", await frozen.Content.ReadAsStringAsync());

        // Another jurisdiction: 404 on this one's URLs, and its own lists hold nothing of this one's.
        Assert.Equal(HttpStatusCode.NotFound, (await _otherAdmin.GetAsync($"{J}/pledges/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _otherAdmin.PostAsync($"{J}/pledges/{id}/publish", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _otherAdmin.GetAsync($"/api/j/pe-b/blocks/pledges/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _otherAdmin.PostAsJsonAsync($"/api/j/pe-b/blocks/pledges/{id}/review", new { outcome = "Fulfilled" })).StatusCode);
        Assert.Empty(await _otherAdmin.GetItemsAsync("/api/j/pe-b/blocks/pledges?plugin=institute-branch&kind=personal-plan"));
    }

    private static object Round(string key, bool anonymous) => new
    {
        plugin = "institute-branch", kind = "democratic-evaluation", roundKey = key, titleZh = "2011年上半年民主评议", titleEn = "2011 H1 democratic evaluation", anonymous,
        questions = new object[]
        {
            new { key = "grade", promptZh = "评议等次", promptEn = "Grade", scale = "four-grades" },
            new { key = "study", promptZh = "学习情况", promptEn = "Study", options = new[] { new { key = "good", labelZh = "好", labelEn = "Good", score = 2 }, new { key = "poor", labelZh = "差", labelEn = "Poor", score = 0 } } },
        },
    };

    [Fact]
    public async Task Rounds_are_created_answered_once_by_linked_people_and_give_results_and_named_responses_to_admins_only()
    {
        // Creating: admins only, with valid questions.
        await AssertProblem(await _member.PostAsJsonAsync($"{J}/evaluations/rounds", Round("2011-H1", anonymous: true)), HttpStatusCode.Forbidden);
        var bad = await _admin.PostAsJsonAsync($"{J}/evaluations/rounds", new { plugin = "institute-branch", kind = "democratic-evaluation", roundKey = "x", titleZh = "评", titleEn = "E", anonymous = true,
            questions = new object[] { new { key = "grade", promptZh = "等次", promptEn = "Grade", scale = "five-stars" }, new { key = "" } } });
        await AssertProblem(bad, HttpStatusCode.BadRequest, "questions[0].scale");
        Assert.Contains("questions[1]", await bad.Content.ReadAsStringAsync());
        await AssertProblem(await _admin.PostAsJsonAsync($"{J}/evaluations/rounds", new { plugin = "institute-branch", kind = "democratic-evaluation", roundKey = "x", titleZh = "评", titleEn = "E", anonymous = true, questions = Array.Empty<object>() }),
            HttpStatusCode.BadRequest, "questions");
        var created = await _admin.PostAsJsonAsync($"{J}/evaluations/rounds", Round("2011-H1", anonymous: true));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var anonymous = (await Json(created)).GetProperty("id").GetInt64();
        Assert.Equal($"{J}/evaluations/rounds/{anonymous}", created.Headers.Location!.OriginalString);
        await AssertProblem(await _admin.PostAsJsonAsync($"{J}/evaluations/rounds", Round("2011-H1", anonymous: true)), HttpStatusCode.BadRequest, "roundKey");
        var named = (await Json(await _admin.PostAsJsonAsync($"{J}/evaluations/rounds", Round("2011-H1-named", anonymous: false)))).GetProperty("id").GetInt64();

        var rounds = await _member.GetItemsAsync($"{J}/evaluations/rounds?plugin=institute-branch&kind=democratic-evaluation");
        Assert.Equal([anonymous, named], rounds.Select(r => r.GetProperty("id").GetInt64()));
        Assert.Equal("优秀", rounds[0].GetProperty("questions")[0].GetProperty("scale").GetProperty("options")[0].GetProperty("label").GetProperty("zh-CN").GetString());
        await AssertProblem(await _member.GetAsync($"{J}/evaluations/rounds?plugin=institute-branch"), HttpStatusCode.BadRequest, "kind");

        // Answering: as the caller's linked person, once per subject; off-scale or missing answers are refused.
        var sheet = new { subjectKey = "person:42", answers = new Dictionary<string, string> { ["grade"] = "excellent", ["study"] = "good" } };
        Assert.False((await _member.GetFromJsonAsync<JsonElement>($"{J}/evaluations/rounds/{anonymous}/answered?subject=person:42")).GetProperty("answered").GetBoolean());
        await AssertProblem(await _member.PostAsJsonAsync($"{J}/evaluations/rounds/{anonymous}/responses", new { subjectKey = "person:42", answers = new Dictionary<string, string> { ["grade"] = "superb", ["study"] = "good" } }),
            HttpStatusCode.BadRequest, "answers.grade");
        await AssertProblem(await _member.PostAsJsonAsync($"{J}/evaluations/rounds/{anonymous}/responses", new { subjectKey = "person:42", answers = new Dictionary<string, string> { ["grade"] = "excellent" } }),
            HttpStatusCode.BadRequest, "answers.study");
        await AssertProblem(await _member.PostAsJsonAsync($"{J}/evaluations/rounds/{anonymous}/responses", new { answers = sheet.answers }), HttpStatusCode.BadRequest, "subjectKey");
        Assert.Equal(HttpStatusCode.NoContent, (await _member.PostAsJsonAsync($"{J}/evaluations/rounds/{anonymous}/responses", sheet)).StatusCode);
        var twice = await _member.PostAsJsonAsync($"{J}/evaluations/rounds/{anonymous}/responses", sheet);
        await AssertProblem(twice, HttpStatusCode.BadRequest, "respondent");
        Assert.Contains("不能重复评议", await twice.Content.ReadAsStringAsync());
        Assert.True((await _member.GetFromJsonAsync<JsonElement>($"{J}/evaluations/rounds/{anonymous}/answered?subject=person:42")).GetProperty("answered").GetBoolean());
        // An account with no roster person cannot answer (nobody answers under a made-up key or another's name).
        await AssertProblem(await _unlinked.PostAsJsonAsync($"{J}/evaluations/rounds/{anonymous}/responses", sheet), HttpStatusCode.BadRequest, "respondent");
        // The admin answers as their own linked person, never as a person named in the body.
        await AssertProblem(await _admin.PostAsJsonAsync($"{J}/evaluations/rounds/{named}/responses", new { sheet.subjectKey, sheet.answers, respondentPersonId = 9 }), HttpStatusCode.BadRequest, "respondent");
        Assert.Equal(HttpStatusCode.NoContent, (await _member.PostAsJsonAsync($"{J}/evaluations/rounds/{named}/responses", sheet)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _member.PostAsJsonAsync($"{J}/evaluations/rounds/999999/responses", sheet)).StatusCode);

        // Results and named responses for the office (and auditors); none named for the anonymous round.
        await AssertProblem(await _member.GetAsync($"{J}/evaluations/rounds/{anonymous}/results"), HttpStatusCode.Forbidden);
        var results = await _admin.GetItemsAsync($"{J}/evaluations/rounds/{anonymous}/results");
        var subject = Assert.Single(results);
        Assert.Equal(("person:42", 1), (subject.GetProperty("subjectKey").GetString(), subject.GetProperty("responses").GetInt32()));
        var grade = subject.GetProperty("questions")[0];
        Assert.Equal((1, 1m, 4m), (grade.GetProperty("distribution")[0].GetProperty("count").GetInt32(), grade.GetProperty("distribution")[0].GetProperty("share").GetDecimal(), grade.GetProperty("averageScore").GetDecimal()));
        Assert.Equal(HttpStatusCode.NotFound, (await _admin.GetAsync($"{J}/evaluations/rounds/999999/results")).StatusCode);
        await AssertProblem(await _member.GetAsync($"{J}/evaluations/rounds/{named}/named-responses"), HttpStatusCode.Forbidden);
        Assert.Empty(await _admin.GetItemsAsync($"{J}/evaluations/rounds/{anonymous}/named-responses"));
        var namedResponses = await _admin.GetItemsAsync($"{J}/evaluations/rounds/{named}/named-responses");
        Assert.Equal((_me, "excellent"), (namedResponses[0].GetProperty("respondentPersonId").GetInt64(), namedResponses[0].GetProperty("answers").GetProperty("grade").GetString()));

        // In the database the anonymous answer is a count, not a row.
        await using (var connection = new NpgsqlConnection(_host.ConnectionString))
        {
            await connection.OpenAsync();
            await using var rows = new NpgsqlCommand($"select (select count(*) from blocks.evaluation_responses where round_id = {anonymous}), (select sum(count) from blocks.evaluation_tallies where round_id = {anonymous} and question_key = 'grade')", connection);
            await using var reader = await rows.ExecuteReaderAsync();
            await reader.ReadAsync();
            Assert.Equal((0L, 1L), (reader.GetInt64(0), reader.GetInt64(1)));
        }

        // Closing: admins only; then no more answers.
        await AssertProblem(await _member.PostAsync($"{J}/evaluations/rounds/{anonymous}/close", null), HttpStatusCode.Forbidden);
        Assert.True((await Json(await _admin.PostAsync($"{J}/evaluations/rounds/{anonymous}/close", null))).GetProperty("closed").GetBoolean());
        await AssertProblem(await _member.PostAsJsonAsync($"{J}/evaluations/rounds/{anonymous}/responses", sheet with { subjectKey = "person:43" }), HttpStatusCode.BadRequest, "roundId");
        Assert.Equal(HttpStatusCode.NotFound, (await _admin.PostAsync($"{J}/evaluations/rounds/999999/close", null)).StatusCode);

        // Another jurisdiction: 404 on this one's URLs; its own see no such round.
        Assert.Equal(HttpStatusCode.NotFound, (await _otherAdmin.GetAsync($"{J}/evaluations/rounds/{anonymous}/results")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _otherAdmin.PostAsJsonAsync($"{J}/evaluations/rounds", Round("intrusion", anonymous: false))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _otherAdmin.GetAsync($"/api/j/pe-b/blocks/evaluations/rounds/{anonymous}/results")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _otherAdmin.GetAsync($"/api/j/pe-b/blocks/evaluations/rounds/{named}/named-responses")).StatusCode);
        Assert.Empty(await _otherAdmin.GetItemsAsync("/api/j/pe-b/blocks/evaluations/rounds?plugin=institute-branch&kind=democratic-evaluation"));
    }
}
