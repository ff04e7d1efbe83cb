using System.Net;
using System.Net.Http.Json;
using System.Text.Json;


namespace Plugins.BannerSixOnes.Tests;

/// <summary>
/// A notebook transcribed at once (POST /notes/batch) and the inspection's "其余全部通过": the bulk paths a
/// secretary uses at the quarter's end, checked note by note like one note, all or nothing.
/// </summary>
public sealed class NotebookBatchTests(SixOnesHost fixture) : IClassFixture<SixOnesHost>
{
    private static object Note(long person, string day, int characters = 300) => new { personId = person, day, body = DailyNoteTests.Body(characters), hours = 1 };

    [Fact]
    public async Task A_batch_is_saved_whole_or_refused_whole_naming_the_note_and_the_field()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 6, 12, 20); // before signing in: tokens live on the test clock
        var b = await fixture.CreateBannerAsync("nb-batch");
        var secretary = await b.ApiAsAsync($"{b.Code}-secretary");
        var (qiqige, wuyun) = (b.People["其其格"], b.People["乌云"]);

        // The third note is one character short: nothing is saved, and the refusal says which note.
        var refused = await secretary.PostAsJsonAsync(b.Api("/notes/batch"), new { notes = new[] { Note(qiqige, "2011-06-01"), Note(wuyun, "2011-06-01"), Note(wuyun, "2011-06-02", 299) } });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith("第 3 条：", problem.GetProperty("errors").GetProperty("[2].body")[0].GetString());
        var member = await b.ApiAsAsync($"{b.Code}-member");
        Assert.Empty(await member.GetFromJsonAsync<JsonElement[]>(b.Api("/notes?from=2011-06-01&to=2011-06-30")) ?? []);

        // A future day and the same member-day twice are refused too.
        Assert.Contains("[1].day", await (await secretary.PostAsJsonAsync(b.Api("/notes/batch"), new { notes = new[] { Note(qiqige, "2011-06-01"), Note(qiqige, "2011-06-13") } })).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, (await secretary.PostAsJsonAsync(b.Api("/notes/batch"), new { notes = new[] { Note(qiqige, "2011-06-01"), Note(qiqige, "2011-06-01") } })).StatusCode);
        // Someone outside the secretary's branch: forbidden, nothing saved.
        Assert.Equal(HttpStatusCode.Forbidden, (await secretary.PostAsJsonAsync(b.Api("/notes/batch"), new { notes = new[] { Note(qiqige, "2011-06-01"), Note(b.People["王芳"], "2011-06-01") } })).StatusCode);

        var saved = await secretary.PostAsJsonAsync(b.Api("/notes/batch"), new { notes = new[] { Note(qiqige, "2011-06-01"), Note(wuyun, "2011-06-01"), Note(wuyun, "2011-06-02", 320) } });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(3, (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetArrayLength());
        Assert.Single(await member.GetFromJsonAsync<JsonElement[]>(b.Api("/notes?from=2011-06-01&to=2011-06-30")) ?? []);

        // The notes meet their obligations at once, and the audit log has every one, by the secretary.
        var obligations = await b.OfficeApi.GetItemsAsync($"/api/j/{b.Code}/obligations?type=six-ones.daily-note&person={wuyun}&from=2011-06-01&to=2011-06-02");
        Assert.All(obligations!, o => Assert.NotEqual(JsonValueKind.Null, o.GetProperty("metAt").ValueKind));
        Assert.Equal(2, obligations!.Length);
        var audit = await b.OfficeApi.GetFromJsonAsync<JsonElement>($"/api/j/{b.Code}/audit?entity=blocks.counted_texts&action=Insert");
        var entries = audit.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(3, entries.Count);
        Assert.All(entries, e => Assert.Contains("secretary", e.GetProperty("userName").GetString()));
        Assert.All(entries, e => Assert.StartsWith("学学学", e.GetProperty("after").GetProperty("body").GetString()));

        // Writing one of them again replaces it (no duplicate), in a batch as alone.
        Assert.Equal(HttpStatusCode.OK, (await secretary.PostAsJsonAsync(b.Api("/notes/batch"), new { notes = new[] { Note(wuyun, "2011-06-02", 400), Note(wuyun, "2011-06-03") } })).StatusCode);
        var wuyunNotes = await b.OfficeApi.GetFromJsonAsync<JsonElement[]>(b.Api($"/notes?personId={wuyun}&from=2011-06-01&to=2011-06-30"));
        Assert.Equal([300, 400, 300], wuyunNotes!.Select(n => n.GetProperty("characters").GetInt32()));
    }

    [Fact]
    public async Task Accepting_the_rest_at_once_leaves_the_returned_member_returned()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 7, 1, 10);
        var b = await fixture.CreateBannerAsync("nb-rest");
        var secretary = await b.ApiAsAsync($"{b.Code}-secretary");
        var q2 = b.Api($"/notes/inspections/{b.Gacha}/2011-Q2");
        Assert.Equal(HttpStatusCode.BadRequest, (await secretary.PostAsJsonAsync($"{q2}/accept-rest", new { })).StatusCode); // not open yet
        Assert.Equal(HttpStatusCode.OK, (await secretary.PostAsync($"{q2}/open", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await secretary.PostAsJsonAsync($"{q2}/members/{b.People["斯琴"]}/return", new { comment = "笔记未交" })).StatusCode);

        var rest = await secretary.PostAsJsonAsync($"{q2}/accept-rest", new { comment = "笔记完整" });
        Assert.Equal(HttpStatusCode.OK, rest.StatusCode);
        var members = (await rest.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("members").EnumerateArray()
            .ToDictionary(m => m.GetProperty("name").GetString()!, m => m.GetProperty("accepted").GetBoolean());
        Assert.False(members["斯琴"]);
        Assert.All(members.Where(m => m.Key != "斯琴"), m => Assert.True(m.Value));
        Assert.Equal(HttpStatusCode.BadRequest, (await secretary.PostAsJsonAsync($"{q2}/accept-rest", new { })).StatusCode); // nobody left
        Assert.Equal(HttpStatusCode.Forbidden, (await (await b.ApiAsAsync($"{b.Code}-member")).PostAsJsonAsync($"{q2}/accept-rest", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await secretary.PostAsync($"{q2}/close", null)).StatusCode);

        var page = await (await b.BrowserAsAsync($"{b.Code}-secretary")).GetStringAsync($"/j/{b.Code}/banner-six-ones/Notes/Inspection?organizationId={b.Gacha}&quarter=2011-Q3");
        Assert.DoesNotContain("全部通过", page); // Q3's inspection is not open: no button
    }

    [Fact]
    public async Task An_unpublished_contest_is_not_the_members_fault_and_items_she_cannot_write_are_only_to_look_at()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 7, 5, 10);
        var b = await fixture.CreateBannerAsync("nb-mine");
        var member = await b.ApiAsAsync($"{b.Code}-member");
        var items = (await member.GetFromJsonAsync<JsonElement>(b.Api("/dashboard/mine"))).GetProperty("items").EnumerateArray()
            .ToDictionary(i => i.GetProperty("number").GetInt32());
        Assert.Equal("NotDue", items[6].GetProperty("state").GetString());
        Assert.Contains("尚未发布", items[6].GetProperty("summary").GetString());

        var page = await (await b.BrowserAsAsync($"{b.Code}-member")).GetStringAsync($"/j/{b.Code}/banner-six-ones/Dashboard/Mine");
        Assert.Contains("/Notes\">去填写", page);
        Assert.Contains("/Education\">查看", page);
        Assert.Contains("/Contest\">查看", page);
    }
}
