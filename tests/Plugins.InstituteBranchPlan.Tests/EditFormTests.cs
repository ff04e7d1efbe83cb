using System.Net;
using System.Net.Http.Json;
using static Plugins.InstituteBranchPlan.Tests.Institute;

namespace Plugins.InstituteBranchPlan.Tests;

/// <summary>
/// Correcting what the branch recorded: a party-spirit education event through the API (at the version read, a stale one
/// 409) and on its page, and a study session from its row's 编辑 link, prefilled, errors at the field.
/// </summary>
public sealed class EditFormTests(InstituteBranchPlanHost shared) : IClassFixture<InstituteBranchPlanHost>, IAsyncLifetime
{
    private TestHost _host = null!;

    public async Task InitializeAsync()
    {
        shared.Clock!.Now = InstituteBranchPlanHost.Beijing(2010, 9, 10);
        _host = await shared.ResetAsync();
    }
    public Task DisposeAsync() => Task.CompletedTask;

    private static string Decode(string html) => WebUtility.HtmlDecode(html);

    [Fact]
    public async Task The_branch_corrects_an_education_event_at_the_version_read_and_a_stale_one_is_409()
    {
        var institute = await CreateAsync(_host, "ci");
        var api = institute.Api(Plugin, "/party-spirit/events");
        var (branch, wang, li) = (institute.Org["光栅室党支部"], institute.People["王强"], institute.People["李明"]);
        var secretary = await _host.ApiClientAsync("ci-secretary");
        var created = await JsonAsync(await secretary.PostAsJsonAsync(api, new { branchId = branch, kind = "PartyLecture", title = "讲党课", heldOn = "2010-09-08", hours = 2,
            summary = "书记主讲", attended = new[] { wang, li } }), HttpStatusCode.Created);
        var (id, version) = (created.GetProperty("id").GetInt64(), created.GetProperty("version").GetInt32());

        var blank = await JsonAsync(await secretary.PutAsJsonAsync($"{api}/{id}", new { kind = "Visit", title = " ", heldOn = "2010-09-08", hours = 0, version }), HttpStatusCode.BadRequest);
        Assert.Equal(["hours", "title"], blank.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order());
        var corrected = await JsonAsync(await secretary.PutAsJsonAsync($"{api}/{id}", new { kind = "Visit", title = "参观纪念馆", heldOn = "2010-09-09", hours = 3, place = "纪念馆", version }),
            HttpStatusCode.OK);
        Assert.Equal("参观纪念馆", corrected.GetProperty("title").GetString());
        Assert.Equal("Visit", corrected.GetProperty("kind").GetString());
        Assert.Equal(3m, corrected.GetProperty("hours").GetDecimal());
        Assert.Equal(2, corrected.GetProperty("attended").GetInt32()); // attendance not sent: as it was
        Assert.Equal(version + 1, corrected.GetProperty("version").GetInt32());

        // Stale, or no version at all: 409, nothing changed.
        await JsonAsync(await secretary.PutAsJsonAsync($"{api}/{id}", new { kind = "Visit", title = "改", heldOn = "2010-09-09", hours = 3, version }), HttpStatusCode.Conflict);
        await JsonAsync(await secretary.PutAsJsonAsync($"{api}/{id}", new { kind = "Visit", title = "改", heldOn = "2010-09-09", hours = 3 }), HttpStatusCode.Conflict);
        // Attendance sent with it replaces it.
        var fewer = await JsonAsync(await secretary.PutAsJsonAsync($"{api}/{id}", new { kind = "Visit", title = "参观纪念馆", heldOn = "2010-09-09", hours = 3,
            attended = new[] { wang }, version = version + 1 }), HttpStatusCode.OK);
        Assert.Equal(1, fewer.GetProperty("attended").GetInt32());

        // A member of the branch may not; another branch's member and another jurisdiction do not find it.
        var body = new { kind = "Visit", title = "改", heldOn = "2010-09-09", hours = 3, version = version + 2 };
        await JsonAsync(await (await _host.ApiClientAsync("ci-member")).PutAsJsonAsync($"{api}/{id}", body), HttpStatusCode.Forbidden);
        await JsonAsync(await (await _host.ApiClientAsync("ci-other")).PutAsJsonAsync($"{api}/{id}", body), HttpStatusCode.NotFound);
        var intruder = await CreateAsync(_host, "intruder");
        await JsonAsync(await intruder.OfficeApi.PutAsJsonAsync(intruder.Api(Plugin, $"/party-spirit/events/{id}"), body), HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.OfficeApi.PutAsJsonAsync(institute.Api(Plugin, $"/party-spirit/events/{id}"), body)).StatusCode);
    }

    [Fact]
    public async Task On_the_page_the_event_s_form_opens_prefilled_shows_errors_at_the_field_and_saves()
    {
        var institute = await CreateAsync(_host, "ci");
        var created = await JsonAsync(await institute.OfficeApi.PostAsJsonAsync(institute.Api(Plugin, "/party-spirit/events"), new { branchId = institute.Org["光栅室党支部"],
            kind = "OathRenewal", title = "重温入党誓词", heldOn = "2010-09-08", hours = 1, place = "室会议室", attended = new[] { institute.People["王强"] } }), HttpStatusCode.Created);
        var (id, version) = (created.GetProperty("id").GetInt64(), created.GetProperty("version").GetInt32());
        var secretary = await _host.BrowserClientAsync("ci-secretary");
        var page = institute.Page(Plugin, "/PartySpirit");
        var shown = Decode(await secretary.GetStringAsync(page));
        Assert.Contains("value=\"重温入党誓词\"", shown); // the edit form, prefilled
        Assert.Contains("value=\"室会议室\"", shown);

        Dictionary<string, string> Form(string title, string hours, int v) => new()
        {
            ["id"] = id.ToString(), ["version"] = v.ToString(), ["kind"] = "OathRenewal", ["title"] = title, ["heldOn"] = "2010-09-08", ["hours"] = hours, ["place"] = "室会议室",
        };
        var refused = await TestHost.SubmitFormAsync(secretary, page, Form("", "1", version), page + "?handler=UpdateEvent");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var again = Decode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("<details class=\"edit-event\" open", again); // the refused form is open again, with the error under its field
        Assert.Contains("field-error", again);
        var saved = await TestHost.SubmitFormAsync(secretary, page, Form("重温入党誓词（补记）", "1.5", version), page + "?handler=UpdateEvent");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("党性教育活动已修改", Decode(await secretary.GetStringAsync(saved.Headers.Location!.OriginalString)));
        Assert.Contains("重温入党誓词（补记）", Decode(await secretary.GetStringAsync(page)));
        var stale = await TestHost.SubmitFormAsync(secretary, page, Form("又改", "1", version), page + "?handler=UpdateEvent");
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.DoesNotContain("又改</td>", Decode(await secretary.GetStringAsync(page)));

        // A member sees no edit form.
        Assert.DoesNotContain("handler=UpdateEvent", await (await _host.BrowserClientAsync("ci-member")).GetStringAsync(page));
    }

    [Fact]
    public async Task A_study_session_opens_from_its_row_prefilled_and_is_corrected_on_the_page()
    {
        var institute = await CreateAsync(_host, "ci");
        var branch = institute.Org["光栅室党支部"];
        var li = institute.People["李明"];
        var session = await JsonAsync(await institute.OfficeApi.PostAsJsonAsync(institute.Api(Plugin, "/study/sessions"), new
        {
            branchId = branch, kind = "Session", title = "学习重要讲话", heldOn = "2010-09-08", plannedHours = 2, actualHours = 1.5, place = "室会议室",
            absent = new[] { new { personId = li, reason = "出差在外" } },
            readings = new[] { new { title = "胡锦涛在全党深入学习实践科学发展观活动总结大会上的讲话" } },
        }), HttpStatusCode.Created);
        var (id, version) = (session.GetProperty("id").GetInt64(), session.GetProperty("version").GetInt32());
        var secretary = await _host.BrowserClientAsync("ci-secretary");
        var page = institute.Page(Plugin, "/Study");
        Assert.Contains($"EditId={id}", Decode(await secretary.GetStringAsync(page))); // the row's 编辑 link

        var edit = $"{page}?EditId={id}";
        var form = Decode(await secretary.GetStringAsync(edit));
        Assert.Contains("修改学习记录：学习重要讲话", form);
        Assert.Contains("value=\"学习重要讲话\"", form);
        Assert.Contains("value=\"出差在外\"", form);
        Assert.Contains("name=\"ActualHours\" value=\"1.5", form);

        Dictionary<string, string> Fields(string title, string actual, int v) => new()
        {
            ["EditId"] = id.ToString(), ["Version"] = v.ToString(), ["BranchId"] = branch.ToString(), ["Kind"] = "Session", ["Title"] = title, ["HeldOn"] = "2010-09-08",
            ["PlannedHours"] = "2", ["ActualHours"] = actual, ["Place"] = "室会议室", ["AbsentIds"] = li.ToString(), [$"Reasons[{li}]"] = "出差在外",
            ["Covered"] = "胡锦涛在全党深入学习实践科学发展观活动总结大会上的讲话",
        };
        var refused = await TestHost.SubmitFormAsync(secretary, edit, Fields("", "2", version), page + "?handler=Update");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var again = Decode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("修改学习记录", again);
        Assert.Contains("field-error", again);
        var saved = await TestHost.SubmitFormAsync(secretary, edit, Fields("学习重要讲话（补课）", "2", version), page + "?handler=Update");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("学习记录已修改", Decode(await secretary.GetStringAsync(saved.Headers.Location!.OriginalString)));
        var now = await JsonAsync(await institute.OfficeApi.GetAsync(institute.Api(Plugin, $"/study/sessions/{id}")), HttpStatusCode.OK);
        Assert.Equal("学习重要讲话（补课）", now.GetProperty("title").GetString());
        Assert.Equal(2m, now.GetProperty("actualHours").GetDecimal());
        Assert.Equal(version + 1, now.GetProperty("version").GetInt32());
        Assert.Equal(4, now.GetProperty("attended").GetInt32());

        // The stale form: the conflict is shown, nothing changes; a member does not open the form.
        var stale = await TestHost.SubmitFormAsync(secretary, edit, Fields("又改", "2", version), page + "?handler=Update");
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Equal("学习重要讲话（补课）", (await JsonAsync(await institute.OfficeApi.GetAsync(institute.Api(Plugin, $"/study/sessions/{id}")), HttpStatusCode.OK)).GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await (await _host.BrowserClientAsync("ci-member")).GetAsync(edit)).StatusCode);
    }
}
