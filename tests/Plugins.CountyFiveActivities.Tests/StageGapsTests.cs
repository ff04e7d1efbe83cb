using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Plugins.CountyFiveActivities.Tests;

/// <summary>
/// Issue 19 item 10: the document's works that had no records — 主要负责同志亲自部署 (二(一)1), 组织集中学习 (二(一)3),
/// 树立先进典型 (二(三)1) and 展示成果 (二(四)1) — at their edges: the stage windows, who may act, versions and bad input.
/// </summary>
[RunsLong(45)]
public sealed class StageGapsTests(CountyHost fixture) : IClassFixture<CountyHost>
{
    private static string StatusOf(JsonElement list, long obliged) =>
        list.Items().Single(o => o.GetProperty("obligedId").GetInt64() == obliged).GetProperty("status").GetString()!.ToLowerInvariant();

    [Fact]
    public async Task A_meeting_records_who_deployed_it_and_one_not_deployed_by_the_secretary_is_flagged_not_refused()
    {
        var c = await fixture.CreateCountyAsync("gap-deploy");
        var head = await c.PersonAsync("刘长青", c.Town);
        await c.Jurisdiction.OfficerAsync(c.Town, head, "书记");
        var deputy = await c.PersonAsync("陈立", c.Town);
        await c.Jurisdiction.OfficerAsync(c.Town, deputy, "副书记");
        var town2Head = await c.PersonAsync("何平", c.Town2);
        await c.Jurisdiction.OfficerAsync(c.Town2, town2Head, "书记");
        var town2Member = await c.PersonAsync("许诺", c.Town2);
        c.At(2010, 5, 14);
        await c.OfficeApi.PutAsJsonAsync(c.Api("/mobilization/county"), new { heldOn = "2010-05-10", deployedByPersonId = 987654321 }).StatusAsync(HttpStatusCode.BadRequest, "deployedByPersonId");
        await c.OfficeApi.PutAsJsonAsync(c.Api("/mobilization/county"), new { heldOn = "2010-05-10" }).OkJsonAsync();
        var town = await c.ApiAsAsync($"{c.Code}-town");
        await town.PutAsJsonAsync(c.Api($"/mobilization/committees/{c.Town}"), new { heldOn = "2010-05-12", deployedByPersonId = head }).OkJsonAsync();
        // Someone else deployed: recorded (200), flagged.
        await c.OfficeApi.PutAsJsonAsync(c.Api($"/mobilization/committees/{c.Town2}"), new { heldOn = "2010-05-13", deployedByPersonId = town2Member }).OkJsonAsync();
        await c.OfficeApi.PutAsJsonAsync(c.Api($"/mobilization/committees/{c.Organs}"), new { heldOn = "2010-05-13", deployedByPersonId = c.People["吴刚"] }).OkJsonAsync();

        var overview = await c.OfficeApi.GetAsync(c.Api("/mobilization")).OkJsonAsync();
        Assert.Equal("NotRecorded", overview.GetProperty("countyDeployment").GetProperty("state").GetString());
        var rows = overview.GetProperty("committees");
        var inPerson = rows.Row("organizationId", c.Town).GetProperty("deployment");
        Assert.Equal(("InPerson", "刘长青", false), (inPerson.GetProperty("state").GetString(), inPerson.GetProperty("deployedBy").GetString(), inPerson.GetProperty("flagged").GetBoolean()));
        var byAnother = rows.Row("organizationId", c.Town2).GetProperty("deployment");
        Assert.Equal(("ByAnother", "何平", true), (byAnother.GetProperty("state").GetString(), byAnother.GetProperty("secretary").GetString(), byAnother.GetProperty("flagged").GetBoolean()));
        Assert.Equal("Done", rows.Row("organizationId", c.Town2).GetProperty("status").GetString()); // still held on time
        Assert.Equal("NoSecretary", rows.Row("organizationId", c.Organs).GetProperty("deployment").GetProperty("state").GetString());
        Assert.Equal(JsonValueKind.Null, rows.Row("organizationId", c.NonPublic).GetProperty("deployment").ValueKind);

        // The host's obligation: only the secretary's own deployment meets it.
        await c.OfficeApi.PostAsJsonAsync($"/api/j/{c.Code}/obligations/generate", new { from = "2010-05-01", to = "2010-07-31" }).OkJsonAsync();
        var owed = (await c.OfficeApi.GetAsync($"/api/j/{c.Code}/obligations?type=county5-deployed-in-person&pageSize=100").OkJsonAsync()).GetProperty("items");
        Assert.Equal(4, owed.GetArrayLength()); // the county's and three committees' meetings held
        Assert.Equal("done", StatusOf(owed, c.Town));
        Assert.NotEqual("done", StatusOf(owed, c.Town2));

        var browser = await c.BrowserAsAsync($"{c.Code}-admin");
        var page = await browser.GetStringAsync(c.Page("/Mobilization"));
        Assert.Contains("主要负责同志亲自部署", page);
        Assert.Contains("非主要负责同志部署", page);
        Assert.Contains("刘长青（书记）", page); // the form offers the committee's officers, its secretary first
        using var ledger = await c.OfficeApi.GetAsync(c.Api("/ledgers/mobilization?format=xlsx"));
        Assert.Equal(HttpStatusCode.OK, ledger.StatusCode);

        // A correction names the secretary at the version read; a stale version is 409.
        var version = rows.Row("organizationId", c.Town2).GetProperty("version").GetInt32();
        await c.OfficeApi.PutAsJsonAsync(c.Api($"/mobilization/committees/{c.Town2}"), new { heldOn = "2010-05-13", deployedByPersonId = town2Head, version = version + 1 }).StatusAsync(HttpStatusCode.Conflict);
        await c.OfficeApi.PutAsJsonAsync(c.Api($"/mobilization/committees/{c.Town2}"), new { heldOn = "2010-05-13", deployedByPersonId = town2Head, version }).OkJsonAsync();
        Assert.Equal("InPerson", (await c.OfficeApi.GetAsync(c.Api("/mobilization")).OkJsonAsync()).GetProperty("committees").Row("organizationId", c.Town2).GetProperty("deployment").GetProperty("state").GetString());
    }

    [Fact]
    public async Task Centralized_study_is_held_within_stage_1_by_the_organization_with_its_own_members()
    {
        var c = await fixture.CreateCountyAsync("gap-study");
        var secretary = await c.ApiAsAsync($"{c.Code}-secretary");
        var member = await c.ApiAsAsync($"{c.Code}-member");
        var town = await c.ApiAsAsync($"{c.Code}-town");
        long[] villagers = [c.People["李明"], c.People["王强"]];
        object Session(string day, long org, long[] attendees, decimal hours = 2) => new { organizationId = org, topic = "学习县委实施方案", heldOn = day, hours, form = "Documents", attendeePersonIds = attendees };

        c.At(2010, 5, 31, 22);
        // The stage's first and last day count; the day before and after do not (and tomorrow is not yet held).
        await secretary.PostAsJsonAsync(c.Api("/study"), Session("2010-04-30", c.Village, villagers)).StatusAsync(HttpStatusCode.BadRequest, "heldOn");
        await secretary.PostAsJsonAsync(c.Api("/study"), Session("2010-06-01", c.Village, villagers)).StatusAsync(HttpStatusCode.BadRequest, "heldOn");
        var first = await secretary.PostAsJsonAsync(c.Api("/study"), Session("2010-05-01", c.Village, villagers)).OkJsonAsync(HttpStatusCode.Created);
        await secretary.PostAsJsonAsync(c.Api("/study"), Session("2010-05-31", c.Village, [c.People["赵丽"]], 24)).OkJsonAsync(HttpStatusCode.Created);
        Assert.Equal(["李明", "王强"], first.GetProperty("attendees").Items().Select(a => a.GetProperty("name").GetString()).Order());

        // Bad input names its field; someone else's organization is 403; a member of another branch is not an attendee.
        var empty = await secretary.PostAsJsonAsync(c.Api("/study"), new { organizationId = c.Village }).StatusAsync(HttpStatusCode.BadRequest);
        foreach (var field in new[] { "topic", "heldOn", "hours", "form", "attendeePersonIds" })
            Assert.Contains($"\"{field}\"", empty);
        await secretary.PostAsJsonAsync(c.Api("/study"), Session("2010-05-20", c.Village, villagers, 0)).StatusAsync(HttpStatusCode.BadRequest, "hours");
        await secretary.PostAsJsonAsync(c.Api("/study"), Session("2010-05-20", c.Village, villagers, 24.5m)).StatusAsync(HttpStatusCode.BadRequest, "hours");
        await secretary.PostAsJsonAsync(c.Api("/study"), Session("2010-05-20", c.Village, [c.People["周平"]])).StatusAsync(HttpStatusCode.BadRequest, "attendeePersonIds");
        await secretary.PostAsJsonAsync(c.Api("/study"), Session("2010-05-20", c.Village2, [c.People["周平"]])).StatusAsync(HttpStatusCode.Forbidden);
        await member.PostAsJsonAsync(c.Api("/study"), Session("2010-05-20", c.Village, villagers)).StatusAsync(HttpStatusCode.Forbidden);
        await c.OfficeApi.PostAsJsonAsync(c.Api("/study"), Session("2010-05-20", 987654321, villagers)).StatusAsync(HttpStatusCode.BadRequest, "organizationId");
        await town.PostAsJsonAsync(c.Api("/study"), Session("2010-05-20", c.Town, [c.People["孙红"]])).OkJsonAsync(HttpStatusCode.Created); // a committee with its subtree's members

        // Corrections carry the version read: stale → 409, none → 400.
        var id = first.GetProperty("id").GetInt64();
        var version = first.GetProperty("version").GetInt32();
        await secretary.PutAsJsonAsync(c.Api($"/study/{id}"), Session("2010-05-02", c.Village, villagers)).StatusAsync(HttpStatusCode.BadRequest, "version");
        await secretary.PutAsJsonAsync(c.Api($"/study/{id}"), new { organizationId = c.Village, topic = "学习县委实施方案", heldOn = "2010-05-02", hours = 2, form = "Recordings", attendeePersonIds = villagers, version = version + 1 }).StatusAsync(HttpStatusCode.Conflict);
        var fixedUp = await secretary.PutAsJsonAsync(c.Api($"/study/{id}"), new { organizationId = c.Village, topic = "收看动员讲话光盘", heldOn = "2010-05-02", hours = 2, form = "Recordings", attendeePersonIds = villagers, version }).OkJsonAsync();
        Assert.Equal("Recordings", fixedUp.GetProperty("form").GetString());
        await (await c.ApiAsAsync($"{c.Code}-town")).PutAsJsonAsync(c.Api($"/study/{id}"), new { version = 9 }).StatusAsync(HttpStatusCode.BadRequest); // the level above may correct; the input is still checked
        await member.GetAsync(c.Api($"/study/{id}")).StatusAsync(HttpStatusCode.Forbidden);
        await town.GetAsync(c.Api($"/study/{id}")).OkJsonAsync();
        await town.GetAsync(c.Api("/study/987654321")).StatusAsync(HttpStatusCode.NotFound);

        // Counts per organization; done on the day of the first, missed once stage 1 is over without one.
        var overview = await c.OfficeApi.GetAsync(c.Api("/study")).OkJsonAsync();
        var village = overview.GetProperty("organizations").Row("organizationId", c.Village);
        Assert.Equal((2, 3, 3, "Done"), (village.GetProperty("sessions").GetInt32(), village.GetProperty("members").GetInt32(), village.GetProperty("membersAttended").GetInt32(), village.GetProperty("status").GetString()));
        Assert.Equal("Pending", overview.GetProperty("organizations").Row("organizationId", c.Village2).GetProperty("status").GetString());
        c.At(2010, 6, 1, 0, 5);
        overview = await c.OfficeApi.GetAsync(c.Api("/study")).OkJsonAsync();
        Assert.Equal("Missed", overview.GetProperty("organizations").Row("organizationId", c.Village2).GetProperty("status").GetString());
        var own = await town.GetAsync(c.Api("/study")).OkJsonAsync();
        Assert.DoesNotContain(own.GetProperty("organizations").Items(), r => r.GetProperty("organizationId").GetInt64() == c.Village2);

        await c.OfficeApi.PostAsJsonAsync($"/api/j/{c.Code}/obligations/generate", new { from = "2010-05-01", to = "2010-07-31" }).OkJsonAsync();
        var owed = (await c.OfficeApi.GetAsync($"/api/j/{c.Code}/obligations?type=county5-central-study&pageSize=100").OkJsonAsync()).GetProperty("items");
        Assert.Equal("done", StatusOf(owed, c.Village));
        Assert.Equal("missed", StatusOf(owed, c.Village2));
        Assert.Equal("2010-05-31", owed.Items().First().GetProperty("dueOn").GetString());

        // Another county sees none of it.
        var other = await fixture.CreateCountyAsync("gap-study-o");
        Assert.Equal(0, (await other.OfficeApi.GetAsync(other.Api("/study")).OkJsonAsync()).GetProperty("sessions").GetArrayLength());
        await other.OfficeApi.GetAsync(other.Api($"/study/{id}")).StatusAsync(HttpStatusCode.NotFound);

        var browser = await c.BrowserAsAsync($"{c.Code}-secretary");
        var page = await browser.GetStringAsync(c.Page("/Study"));
        Assert.Contains("收看动员讲话光盘", page);
        Assert.Contains("name=\"attendees\"", page); // the branch's own form, its members ticked
        using var ledger = await c.OfficeApi.GetAsync(c.Api("/ledgers/study?format=xlsx"));
        Assert.Equal(HttpStatusCode.OK, ledger.StatusCode);
    }

    [Fact]
    public async Task Centralized_study_owes_nothing_when_the_setting_is_0()
    {
        var c = await fixture.CreateCountyAsync("gap-study0", new() { ["study.minSessions"] = "0" });
        c.At(2010, 6, 2);
        var overview = await c.OfficeApi.GetAsync(c.Api("/study")).OkJsonAsync();
        Assert.All(overview.GetProperty("organizations").Items(), r => Assert.Equal("NotDue", r.GetProperty("status").GetString()));
        await c.OfficeApi.PostAsJsonAsync($"/api/j/{c.Code}/obligations/generate", new { from = "2010-05-01", to = "2010-07-31" }).OkJsonAsync();
        Assert.Equal(0, (await c.OfficeApi.GetAsync($"/api/j/{c.Code}/obligations?type=county5-central-study").OkJsonAsync()).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Typical_models_are_set_up_in_stage_3_by_a_level_above_them_and_publicized_after()
    {
        var c = await fixture.CreateCountyAsync("gap-models");
        var town = await c.ApiAsAsync($"{c.Code}-town");
        var secretary = await c.ApiAsAsync($"{c.Code}-secretary");
        var member = await c.ApiAsAsync($"{c.Code}-member");
        object Person(long person, string day, long level) => new { kind = "Person", personId = person, title = "党员致富带头人", setUpByOrganizationId = level, setUpOn = day, story = "带领群众发展大棚蔬菜，结对帮扶三户。" };

        c.At(2011, 6, 30, 20);
        await town.PostAsJsonAsync(c.Api("/typical-models"), Person(c.People["王强"], "2011-06-30", c.Town)).StatusAsync(HttpStatusCode.BadRequest, "setUpOn");
        c.At(2011, 7, 1, 8);
        await town.PostAsJsonAsync(c.Api("/typical-models"), Person(c.People["王强"], "2011-07-02", c.Town)).StatusAsync(HttpStatusCode.BadRequest, "setUpOn"); // not yet
        var model = await town.PostAsJsonAsync(c.Api("/typical-models"), Person(c.People["王强"], "2011-07-01", c.Town)).OkJsonAsync(HttpStatusCode.Created);
        Assert.Equal(("王强", "东关村党支部", "城关镇党委"), (model.GetProperty("name").GetString(), model.GetProperty("organization").GetString(), model.GetProperty("setUpBy").GetString()));
        Assert.True(model.GetProperty("storyCharacters").GetInt32() >= 15);
        // The level: a committee its officers manage, the model below it.
        await town.PostAsJsonAsync(c.Api("/typical-models"), Person(c.People["周平"], "2011-07-01", c.Town)).StatusAsync(HttpStatusCode.BadRequest, "personId");
        await secretary.PostAsJsonAsync(c.Api("/typical-models"), Person(c.People["王强"], "2011-07-01", c.Village)).StatusAsync(HttpStatusCode.BadRequest, "setUpByOrganizationId");
        await secretary.PostAsJsonAsync(c.Api("/typical-models"), Person(c.People["王强"], "2011-07-01", c.Town)).StatusAsync(HttpStatusCode.Forbidden);
        await member.PostAsJsonAsync(c.Api("/typical-models"), Person(c.People["王强"], "2011-07-01", c.Town)).StatusAsync(HttpStatusCode.Forbidden);
        await town.PostAsJsonAsync(c.Api("/typical-models"), new { kind = "Organization", organizationId = c.Town, title = "党建示范乡镇", setUpByOrganizationId = c.Town, setUpOn = "2011-07-01", story = "x" }).StatusAsync(HttpStatusCode.BadRequest, "organizationId");
        await town.PostAsJsonAsync(c.Api("/typical-models"), new { kind = "Organization", organizationId = c.Community, title = "党建示范社区", setUpByOrganizationId = c.Town, setUpOn = "2011-07-01" }).StatusAsync(HttpStatusCode.BadRequest, "story");
        await town.PostAsJsonAsync(c.Api("/typical-models"), new { setUpByOrganizationId = c.Town, setUpOn = "2011-07-01", story = "x", title = "x" }).StatusAsync(HttpStatusCode.BadRequest, "kind");
        var community = await c.OfficeApi.PostAsJsonAsync(c.Api("/typical-models"), new { kind = "Organization", organizationId = c.Community, title = "党建示范社区", setUpByOrganizationId = c.Root, setUpOn = "2011-07-01", story = "四有一创，群众满意。" }).OkJsonAsync(HttpStatusCode.Created);
        Assert.Equal("社区", community.GetProperty("sectorName").GetString());

        // Revisions at the version read.
        var id = model.GetProperty("id").GetInt64();
        var revise = new { kind = "Person", personId = c.People["王强"], title = "服务群众标兵", setUpByOrganizationId = c.Town, setUpOn = "2011-07-01", story = "修订后的先进事迹。", version = 2 };
        await town.PutAsJsonAsync(c.Api($"/typical-models/{id}"), revise).StatusAsync(HttpStatusCode.Conflict);
        Assert.Equal("服务群众标兵", (await town.PutAsJsonAsync(c.Api($"/typical-models/{id}"), revise with { version = 1 }).OkJsonAsync()).GetProperty("title").GetString());
        await (await c.ApiAsAsync($"{c.Code}-secretary")).PutAsJsonAsync(c.Api($"/typical-models/{id}"), revise with { version = 2 }).StatusAsync(HttpStatusCode.Forbidden);

        // Publicity: from the setting up to today, by the level.
        c.At(2011, 7, 20);
        await town.PostAsJsonAsync(c.Api($"/typical-models/{id}/publicity"), new { form = "Media", heldOn = "2011-06-30" }).StatusAsync(HttpStatusCode.BadRequest, "heldOn");
        await town.PostAsJsonAsync(c.Api($"/typical-models/{id}/publicity"), new { form = "Media", heldOn = "2011-07-21" }).StatusAsync(HttpStatusCode.BadRequest, "heldOn");
        await town.PostAsJsonAsync(c.Api($"/typical-models/{id}/publicity"), new { heldOn = "2011-07-20" }).StatusAsync(HttpStatusCode.BadRequest, "form");
        await member.PostAsJsonAsync(c.Api($"/typical-models/{id}/publicity"), new { form = "Media", heldOn = "2011-07-20" }).StatusAsync(HttpStatusCode.Forbidden);
        var publicized = await town.PostAsJsonAsync(c.Api($"/typical-models/{id}/publicity"), new { form = "TouringReport", heldOn = "2011-07-01", note = "全镇巡回报告三场" }).OkJsonAsync();
        Assert.Equal("TouringReport", publicized.GetProperty("publicity")[0].GetProperty("form").GetString());
        await town.PostAsJsonAsync(c.Api("/typical-models/987654321/publicity"), new { form = "Media", heldOn = "2011-07-20" }).StatusAsync(HttpStatusCode.NotFound);

        // A public list: a member reads every model; another county none.
        Assert.Equal(2, (await member.GetAsync(c.Api("/typical-models")).OkJsonAsync()).GetArrayLength());
        var other = await fixture.CreateCountyAsync("gap-models-o");
        Assert.Equal(0, (await other.OfficeApi.GetAsync(other.Api("/typical-models")).OkJsonAsync()).GetArrayLength());
        await other.OfficeApi.GetAsync(other.Api($"/typical-models/{id}")).StatusAsync(HttpStatusCode.NotFound);

        var page = await (await c.BrowserAsAsync($"{c.Code}-member")).GetStringAsync(c.Page("/TypicalModels"));
        Assert.Contains("服务群众标兵", page);
        Assert.Contains("先进典型巡回报告会", page);
        using var ledger = await c.OfficeApi.GetAsync(c.Api("/ledgers/typical-models?format=xlsx"));
        Assert.Equal(HttpStatusCode.OK, ledger.StatusCode);
    }

    [Fact]
    public async Task Showcase_events_are_held_in_stage_4_with_the_typical_models_they_show()
    {
        var c = await fixture.CreateCountyAsync("gap-show");
        c.At(2011, 8, 1);
        var model = await c.OfficeApi.PostAsJsonAsync(c.Api("/typical-models"), new { kind = "Person", personId = c.People["王强"], title = "党员致富带头人", setUpByOrganizationId = c.Root, setUpOn = "2011-08-01", story = "带富三户。" }).OkJsonAsync(HttpStatusCode.Created);
        var modelId = model.GetProperty("id").GetInt64();
        object Event(string day, long org, long[]? models = null) => new { kind = "ExchangeMeeting", organizationId = org, title = "全县先进典型经验交流会", heldOn = day, hours = 3, modelIds = models ?? [modelId], visitors = 200 };

        c.At(2012, 6, 30);
        await c.OfficeApi.PostAsJsonAsync(c.Api("/showcase"), Event("2012-06-30", c.Root)).StatusAsync(HttpStatusCode.BadRequest, "heldOn");
        await c.OfficeApi.PostAsJsonAsync(c.Api("/showcase"), Event("2012-11-08", c.Root)).StatusAsync(HttpStatusCode.BadRequest, "heldOn");
        // Planned ahead: stage 4's first and last day both count.
        var planned = await c.OfficeApi.PostAsJsonAsync(c.Api("/showcase"), Event("2012-07-01", c.Root)).OkJsonAsync(HttpStatusCode.Created);
        await c.OfficeApi.PostAsJsonAsync(c.Api("/showcase"), new { kind = "Exhibition", organizationId = c.Root, title = "创先争优成果图片展", heldOn = "2012-11-07", hours = 40 }).OkJsonAsync(HttpStatusCode.Created);
        Assert.False(planned.GetProperty("held").GetBoolean());
        Assert.Equal(["王强"], planned.GetProperty("models").Items().Select(m => m.GetProperty("name").GetString()));

        await c.OfficeApi.PostAsJsonAsync(c.Api("/showcase"), Event("2012-07-01", c.Root, [987654321])).StatusAsync(HttpStatusCode.BadRequest, "modelIds");
        await c.OfficeApi.PostAsJsonAsync(c.Api("/showcase"), new { organizationId = c.Root, heldOn = "2012-07-01", hours = 3 }).StatusAsync(HttpStatusCode.BadRequest, "kind");
        await c.OfficeApi.PostAsJsonAsync(c.Api("/showcase"), new { kind = "Seminar", organizationId = c.Root, title = "研讨会", heldOn = "2012-07-01", hours = 3, visitors = -1 }).StatusAsync(HttpStatusCode.BadRequest, "visitors");
        await (await c.ApiAsAsync($"{c.Code}-town")).PostAsJsonAsync(c.Api("/showcase"), Event("2012-07-01", c.Root)).StatusAsync(HttpStatusCode.Forbidden);
        await (await c.ApiAsAsync($"{c.Code}-member")).PostAsJsonAsync(c.Api("/showcase"), Event("2012-07-01", c.Town)).StatusAsync(HttpStatusCode.Forbidden);
        var seminar = await (await c.ApiAsAsync($"{c.Code}-town")).PostAsJsonAsync(c.Api("/showcase"), new { kind = "Seminar", organizationId = c.Town, title = "城关镇理论成果研讨会", heldOn = "2012-08-01", hours = 4 }).OkJsonAsync(HttpStatusCode.Created);

        var id = planned.GetProperty("id").GetInt64();
        await c.OfficeApi.PutAsJsonAsync(c.Api($"/showcase/{id}"), Event("2012-07-02", c.Root)).StatusAsync(HttpStatusCode.BadRequest, "version");
        await c.OfficeApi.PutAsJsonAsync(c.Api($"/showcase/{id}"), new { kind = "ExchangeMeeting", title = "经验交流会", heldOn = "2012-07-02", hours = 3, version = 5 }).StatusAsync(HttpStatusCode.Conflict);
        await (await c.ApiAsAsync($"{c.Code}-town")).PutAsJsonAsync(c.Api($"/showcase/{id}"), new { kind = "ExchangeMeeting", title = "x", heldOn = "2012-07-02", hours = 3, version = 1 }).StatusAsync(HttpStatusCode.Forbidden);

        // Held from its day; shown on the overview and counted in the summaries.
        c.At(2012, 7, 1, 9);
        var list = await (await c.ApiAsAsync($"{c.Code}-member")).GetAsync(c.Api("/showcase")).OkJsonAsync();
        Assert.Equal([true, false, false], list.Items().Select(e => e.GetProperty("held").GetBoolean()));
        var county = await c.OfficeApi.GetAsync(c.Api("/summaries/county")).OkJsonAsync();
        Assert.Equal((3, 1), (county.GetProperty("figures").GetProperty("showcaseEvents").GetInt32(), county.GetProperty("figures").GetProperty("typicalModels").GetInt32()));
        var townSummary = await c.OfficeApi.GetAsync(c.Api($"/summaries/{c.Town}")).OkJsonAsync();
        Assert.Equal(1, townSummary.GetProperty("figures").GetProperty("showcaseEvents").GetInt32());
        Assert.Equal(seminar.GetProperty("id").GetInt64(), (await c.OfficeApi.GetAsync(c.Api($"/showcase/{seminar.GetProperty("id").GetInt64()}")).OkJsonAsync()).GetProperty("id").GetInt64());

        var other = await fixture.CreateCountyAsync("gap-show-o");
        Assert.Equal(0, (await other.OfficeApi.GetAsync(other.Api("/showcase")).OkJsonAsync()).GetArrayLength());
        await other.OfficeApi.GetAsync(other.Api($"/showcase/{id}")).StatusAsync(HttpStatusCode.NotFound);

        var browser = await c.BrowserAsAsync($"{c.Code}-admin");
        Assert.Contains("创先争优成果图片展", await browser.GetStringAsync(c.Page("/")));
        var page = await browser.GetStringAsync(c.Page("/Showcase"));
        Assert.Contains("计划举办", page);
        Assert.Contains("城关镇理论成果研讨会", page);
        using var ledger = await c.OfficeApi.GetAsync(c.Api("/ledgers/showcase?format=xlsx"));
        Assert.Equal(HttpStatusCode.OK, ledger.StatusCode);
    }
}
