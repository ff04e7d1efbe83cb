using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Modular.Identity;
using Modular.Tests.Infrastructure;

namespace Modular.Tests.Security;

public sealed class GoodSixOnesAndFiveActivitiesHost() : SharedTestHost(["test-good", "banner-six-ones", "county-five-activities"]);

/// <summary>
/// Issue 11 item 9: a write that names another record (a person, an organization, a user, an event, a campaign, a note)
/// takes only a record of its own jurisdiction. Another jurisdiction's id and an id that exists nowhere are refused
/// alike with a 400 naming the field, and nothing is written; the database's composite keys answer the same way.
/// One host for the class, emptied before each test (the tests count rows).
/// </summary>
public sealed class ReferenceTests(GoodSixOnesAndFiveActivitiesHost shared) : IClassFixture<GoodSixOnesAndFiveActivitiesHost>, IAsyncLifetime
{
    private const long Nowhere = 999_999_999;
    private const string Ours = "refs-ours", Theirs = "refs-theirs";
    private TestHost _host = null!;
    private HttpClient _office = null!, _theirOffice = null!;
    private long _root, _branch, _person, _cadre, _theirOrganization, _theirPerson, _theirNote, _ourNote;
    private int _ourUser, _theirUser;

    public async Task InitializeAsync()
    {
        _host = await shared.ResetAsync();
        var ours = await _host.CreateJurisdictionAsync(Ours, "本旗", "test-good", "banner-six-ones", "county-five-activities");
        var theirs = await _host.CreateJurisdictionAsync(Theirs, "他县", "test-good");
        _office = await _host.ApiClientAsync($"{Ours}-admin");
        _theirOffice = await _host.ApiClientAsync($"{Theirs}-admin");

        _root = await RosterSetup.OrganizationAsync(_office, Ours, "旗委", "党委", null, null);
        _branch = await RosterSetup.OrganizationAsync(_office, Ours, "机关党支部", "党支部", "机关", _root);
        _person = await RosterSetup.PersonAsync(_office, Ours, "王一", _branch, leadingCadre: false);
        _cadre = await RosterSetup.PersonAsync(_office, Ours, "李二", _branch, leadingCadre: true);
        _ourUser = (await _host.CreateUserAsync(ours.Id, $"{Ours}-member", Roles.Member)).Id;

        _theirOrganization = await RosterSetup.OrganizationAsync(_theirOffice, Theirs, "县委", "党委", null, null);
        _theirPerson = await RosterSetup.PersonAsync(_theirOffice, Theirs, "赵三", _theirOrganization, leadingCadre: true);
        _theirUser = (await _host.CreateUserAsync(theirs.Id, $"{Theirs}-member", Roles.Member)).Id;
        _theirNote = await NoteAsync(_theirOffice, Theirs);
        _ourNote = await NoteAsync(_office, Ours);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task<long> NoteAsync(HttpClient office, string code)
    {
        var response = await office.PostAsJsonAsync($"/api/j/{code}/test-good/notes", new { text = "一条测试笔记" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }

    private static string Api(string path) => $"/api/j/{Ours}{path}";

    /// <summary>A 400 whose problem details name the field; returns the messages.</summary>
    private static async Task<string[]> RefusedAsync(HttpResponseMessage response, string field)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{response.RequestMessage!.Method} {response.RequestMessage.RequestUri}: {(int)response.StatusCode} {body}");
        var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), $"{response.RequestMessage.RequestUri}: {field} not named in {body}");
        return [.. messages.EnumerateArray().Select(m => m.GetString()!)];
    }

    private async Task<long> CountAsync(string sql) => await Sql.ScalarAsync<long>(_host.ConnectionString, sql);

    [Fact]
    public async Task An_event_for_another_jurisdictions_organization_or_for_none_is_refused_naming_organizationId()
    {
        foreach (var organization in new[] { _theirOrganization, Nowhere })
        {
            var messages = await RefusedAsync(await _office.PostAsJsonAsync(Api("/events"),
                new { title = "党课", kind = "lecture", organizationId = organization, startsAt = "2011-06-20T01:00:00Z", hours = 2 }), "organizationId");
            Assert.Contains($"本辖区没有编号为 {organization} 的组织。", messages);
        }
        Assert.Equal(0, await CountAsync("select count(*) from schedules.events"));
        Assert.Equal(HttpStatusCode.Created, (await _office.PostAsJsonAsync(Api("/events"),
            new { title = "党课", kind = "lecture", organizationId = _branch, startsAt = "2011-06-20T01:00:00Z", hours = 2 })).StatusCode);
    }

    [Fact]
    public async Task Attendance_of_another_jurisdictions_person_on_our_event_is_refused_naming_personId()
    {
        var created = await _office.PostAsJsonAsync(Api("/events"), new { title = "集中学习", kind = "training", organizationId = _branch, startsAt = "2011-06-25T01:00:00Z", hours = 2 });
        var eventId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();

        foreach (var person in new[] { _theirPerson, Nowhere })
            Assert.Contains($"本辖区名册中没有编号为 {person} 的党员。", await RefusedAsync(await _office.PutAsJsonAsync(Api($"/events/{eventId}/attendance"), new { personId = person }), "personId"));

        Assert.Equal(0, await CountAsync($"select count(*) from schedules.attendance where event_id = {eventId}"));
        Assert.Equal(HttpStatusCode.NoContent, (await _office.PutAsJsonAsync(Api($"/events/{eventId}/attendance"), new { personId = _person })).StatusCode);
    }

    [Fact]
    public async Task An_officer_account_for_an_organization_not_of_ours_is_refused_naming_organizationId()
    {
        foreach (var (organization, i) in new[] { Nowhere, _theirOrganization }.Select((o, i) => (o, i)))
            await RefusedAsync(await _office.PostAsJsonAsync(Api("/users"), new
            {
                userName = $"refs-officer-{i}", displayName = "书记", password = TestHost.Password, role = Roles.OrganizationOfficer, organizationId = organization,
            }), "organizationId");
        Assert.Equal(0, await CountAsync("select count(*) from identity.users where user_name like 'refs-officer-%'"));

        // The office's page says so beside the form, and an officer of our own branch is made.
        var browser = await _host.BrowserClientAsync($"{Ours}-admin");
        var page = await TestHost.SubmitFormAsync(browser, $"/j/{Ours}/office/users", new()
        {
            ["userName"] = "refs-officer-page", ["displayName"] = "书记", ["password"] = TestHost.Password, ["role"] = Roles.OrganizationOfficer, ["organizationId"] = Nowhere.ToString(),
        });
        Assert.Contains($"本辖区没有编号为 {Nowhere} 的组织。", await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Created, (await _office.PostAsJsonAsync(Api("/users"), new
        {
            userName = "refs-officer-ok", displayName = "书记", password = TestHost.Password, role = Roles.OrganizationOfficer, organizationId = _branch,
        })).StatusCode);
    }

    [Fact]
    public async Task Linking_an_account_to_another_jurisdictions_person_or_another_jurisdictions_account_is_refused()
    {
        await RefusedAsync(await _office.PutAsJsonAsync(Api("/person-accounts"), new { userId = _ourUser, personId = _theirPerson }), "personId");
        await RefusedAsync(await _office.PutAsJsonAsync(Api("/person-accounts"), new { userId = _ourUser, personId = Nowhere }), "personId");
        await RefusedAsync(await _office.PutAsJsonAsync(Api("/person-accounts"), new { userId = _theirUser, personId = _person }), "userId");
        Assert.Equal(0, await CountAsync("select count(*) from identity.person_accounts"));
        Assert.Equal(HttpStatusCode.NoContent, (await _office.PutAsJsonAsync(Api("/person-accounts"), new { userId = _ourUser, personId = _person })).StatusCode);
    }

    [Fact]
    public async Task A_calendar_feed_for_another_jurisdictions_person_is_refused_naming_personId()
    {
        foreach (var person in new[] { _theirPerson, Nowhere })
            await RefusedAsync(await _office.PostAsJsonAsync(Api("/calendar-tokens"), new { personId = person }), "personId");
        Assert.Equal(0, await CountAsync("select count(*) from schedules.calendar_tokens"));
        Assert.Equal(HttpStatusCode.OK, (await _office.PostAsJsonAsync(Api("/calendar-tokens"), new { personId = _person })).StatusCode);
    }

    [Fact]
    public async Task A_pledge_of_another_jurisdictions_person_or_organization_is_refused_naming_ownerId()
    {
        foreach (var (kind, owner) in new[] { ("Member", _theirPerson), ("Post", Nowhere), ("Organization", _theirOrganization), ("Organization", Nowhere) })
            await RefusedAsync(await _office.PostAsJsonAsync(Api("/blocks/pledges"),
                new { plugin = "refs", kind = "plan", pledgeKind = kind, ownerId = owner, periodKey = "2011", text = "承诺" }), "ownerId");
        Assert.Equal(0, await CountAsync("select count(*) from blocks.pledges"));
        Assert.Equal(HttpStatusCode.OK, (await _office.PostAsJsonAsync(Api("/blocks/pledges"),
            new { plugin = "refs", kind = "plan", pledgeKind = "Member", ownerId = _person, periodKey = "2011", text = "承诺" })).StatusCode);
    }

    [Fact]
    public async Task A_composite_foreign_key_refusing_a_reference_is_a_400_naming_the_field_for_the_api_and_the_page_again_for_a_form()
    {
        // test-good checks nothing itself: the key (jurisdiction_id, note_id) does.
        foreach (var note in new[] { _theirNote, Nowhere })
            await RefusedAsync(await _office.PostAsJsonAsync(Api("/test-good/tags"), new { noteId = note, tag = "重要" }), "noteId");
        Assert.Equal(HttpStatusCode.NoContent, (await _office.PostAsJsonAsync(Api("/test-good/tags"), new { noteId = _ourNote, tag = "重要" })).StatusCode);

        var browser = await _host.BrowserClientAsync($"{Ours}-admin");
        var page = await TestHost.SubmitFormAsync(browser, $"/j/{Ours}/test-good", new() { ["noteId"] = _theirNote.ToString(), ["tag"] = "页面" },
            postUrl: $"/j/{Ours}/test-good?handler=Tag");
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("noteId: 引用的记录在本辖区不存在。", html);
        Assert.Contains("<ul id=\"notes\">", html); // the page itself, shown again
        Assert.Equal(1, await CountAsync("select count(*) from test_good.note_tags"));
    }

    /// <summary>
    /// The sweep: every write that takes the id of another record in its body (core and both plugins), given another
    /// jurisdiction's id and an id that exists nowhere. Each must answer 400 naming the field.
    /// </summary>
    [Fact]
    public async Task Every_write_taking_an_id_refuses_another_jurisdictions_and_a_missing_one()
    {
        var campaign = (await (await _office.PostAsJsonAsync(Api("/campaigns"), new { pluginId = "refs", name = "活动", startsOn = "2011-01-01", endsOn = "2011-12-31" }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        var theirCampaign = (await (await _theirOffice.PostAsJsonAsync($"/api/j/{Theirs}/campaigns", new { pluginId = "refs", name = "活动", startsOn = "2011-01-01", endsOn = "2011-12-31" }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        var ev = (await (await _office.PostAsJsonAsync(Api("/events"), new { title = "会", kind = "meeting", organizationId = _branch, startsAt = "2011-03-01T01:00:00Z", hours = 1 }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();

        // (what, method, path, body for a bad id, the field named, their id of that kind)
        var people = _theirPerson;
        var organizations = _theirOrganization;
        var cases = new (string What, HttpMethod Method, string Path, Func<long, object> Body, string Field, long Theirs)[]
        {
            ("organization parent", HttpMethod.Post, "/organizations", id => new { code = $"c{Random.Shared.Next()}", name = "新支部", kind = "党支部", parentId = id }, "parentId", organizations),
            ("organization move", HttpMethod.Post, $"/organizations/{_branch}/move", id => new { parentId = id }, "parentId", organizations),
            ("officer", HttpMethod.Put, $"/organizations/{_branch}/officers", id => new { personId = id, post = "书记" }, "personId", people),
            ("person's organization", HttpMethod.Post, "/people", id => new { name = "新人", category = "正式党员", organizationId = id }, "organizationId", organizations),
            ("transfer", HttpMethod.Post, $"/people/{_person}/transfer", id => new { toOrganizationId = id }, "toOrganizationId", organizations),
            ("officer account", HttpMethod.Post, "/users", id => new { userName = $"u{Random.Shared.Next()}", displayName = "书记", password = TestHost.Password, role = Roles.Inspector, organizationId = id }, "organizationId", organizations),
            ("deadline subtree", HttpMethod.Post, $"/campaigns/{campaign}/deadlines", id => new { typeKey = "refs", name = "期限", rule = "07-01", assignees = "members", subtreeRootId = id }, "subtreeRootId", organizations),
            ("event organization", HttpMethod.Post, "/events", id => new { title = "会", kind = "meeting", organizationId = id, startsAt = "2011-03-01T01:00:00Z", hours = 1 }, "organizationId", organizations),
            ("event campaign", HttpMethod.Post, "/events", id => new { title = "会", kind = "meeting", organizationId = _branch, startsAt = "2011-03-01T01:00:00Z", hours = 1, campaignId = id }, "campaignId", theirCampaign),
            ("attendance", HttpMethod.Put, $"/events/{ev}/attendance", id => new { personId = id }, "personId", people),
            ("calendar feed", HttpMethod.Post, "/calendar-tokens", id => new { personId = id }, "personId", people),
            ("account's person", HttpMethod.Put, "/person-accounts", id => new { userId = _ourUser, personId = id }, "personId", people),
            ("person's account", HttpMethod.Put, "/person-accounts", id => new { userId = id, personId = _person }, "userId", _theirUser),
            ("member pledge", HttpMethod.Post, "/blocks/pledges", id => new { plugin = "refs", kind = "plan", pledgeKind = "Member", ownerId = id, periodKey = "2011", text = "承诺" }, "ownerId", people),
            ("organization pledge", HttpMethod.Post, "/blocks/pledges", id => new { plugin = "refs", kind = "plan", pledgeKind = "Organization", ownerId = id, periodKey = "2011", text = "承诺" }, "ownerId", organizations),
            ("a plugin's counted text", HttpMethod.Post, "/test-good/study-notes", id => new { personId = id, day = "2011-05-10", body = new string('学', 300) }, "authorPersonId", people),
            ("a plugin's keyed row", HttpMethod.Post, "/test-good/tags", id => new { noteId = id, tag = "t" }, "noteId", _theirNote),
            ("daily note", HttpMethod.Post, "/banner-six-ones/notes", id => new { personId = id, day = "2011-06-01", body = new string('学', 300) }, "personId", people),
            ("notebook", HttpMethod.Post, "/banner-six-ones/notes/batch", id => new { notes = new[] { new { personId = id, day = "2011-06-01", body = new string('学', 300) } } }, "[0].personId", people),
            ("theory book notes", HttpMethod.Post, "/banner-six-ones/books/notes", id => new { personId = id, quarter = "2011-Q2", title = "书", author = "作者", body = new string('学', 1500) }, "personId", people),
            ("research report", HttpMethod.Post, "/banner-six-ones/reports", id => new { personId = id, title = "报告", topic = "专项", body = new string('学', 300) }, "personId", people),
            ("good practice", HttpMethod.Post, "/banner-six-ones/practices", id => new { organizationId = id, title = "做法", body = "内容", date = "2011-06-01" }, "organizationId", organizations),
            ("education attendance", HttpMethod.Put, $"/banner-six-ones/education/organizations/{_branch}", id => new
            {
                topic = "党章学习", heldOn = "2011-06-01", place = "会议室", contents = new[] { "党章等党内法规" }, hours = 2,
                attendance = new object[] { new { personId = _person, attended = true }, new { personId = id, attended = true } },
            }, "attendance", people),
            ("training session", HttpMethod.Post, "/banner-six-ones/training/sessions", id => new { committeeId = id, title = "培训", heldOn = "2011-06-01", place = "会议室", hours = 2, field = "Township" }, "committeeId", organizations),
            ("badge", HttpMethod.Post, "/county-five-activities/badges", id => new { kind = "PioneerPost", name = "先锋岗", personId = id }, "personId", people),
            ("dedication record", HttpMethod.Post, "/county-five-activities/dedication/records", id => new { organizationId = id, kind = "SkillsDrill", title = "练兵", heldOn = "2010-06-01", participants = 3 }, "organizationId", organizations),
            ("post and duty", HttpMethod.Post, "/county-five-activities/dedication/posts", id => new { personId = id, post = "岗", duty = "责" }, "personId", people),
            ("service", HttpMethod.Post, "/county-five-activities/services", id => new { personId = id, kind = "Visit", beneficiary = "群众", servedOn = "2010-06-01", hours = 2 }, "personId", people),
            ("party-spirit report", HttpMethod.Post, "/county-five-activities/party-spirit/reports", id => new { personId = id, body = "报告" }, "personId", people),
            ("commendation unit", HttpMethod.Post, "/county-five-activities/commendation", id => new { category = "ExcellentMember", nomineeId = _person, startOrganizationId = id, reason = "事迹", nominatedOn = "2010-06-20" }, "startOrganizationId", organizations),
            ("commendation nominee", HttpMethod.Post, "/county-five-activities/commendation", id => new { category = "ExcellentMember", nomineeId = id, startOrganizationId = _branch, reason = "事迹", nominatedOn = "2010-06-20" }, "nomineeId", people),
        };

        var failures = new List<string>();
        foreach (var (what, method, path, body, field, theirs) in cases)
            foreach (var bad in new[] { theirs, Nowhere })
            {
                var response = await _office.SendAsync(new HttpRequestMessage(method, Api(path)) { Content = JsonContent.Create(body(bad)) });
                var text = await response.Content.ReadAsStringAsync();
                if (response.StatusCode != HttpStatusCode.BadRequest || !JsonDocument.Parse(text).RootElement.TryGetProperty("errors", out var errors) || !errors.TryGetProperty(field, out _))
                    failures.Add($"{what} ({bad}): {(int)response.StatusCode} {text[..Math.Min(text.Length, 300)]}");
            }
        Assert.True(failures.Count == 0, string.Join("\n", failures));

        // Route ids name the record itself: another jurisdiction's is not found here.
        foreach (var path in new[] { $"/county-five-activities/summaries/{_theirOrganization}", $"/county-five-activities/plans/{Nowhere}", $"/county-five-activities/four-finds/people/{_theirPerson}" })
            Assert.Equal(HttpStatusCode.NotFound, (await _office.PutAsJsonAsync(Api(path), new { body = "内容", title = "标题", benchmark = "b", gap = "g", direction = "d", measures = "m" })).StatusCode);
    }
}
