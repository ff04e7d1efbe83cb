using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Modular.Sdk.Core;

namespace Plugins.MyCampaign.Tests;

/// <summary>One host with the plugin for the class, its clock on 2024-03-10 (the document's campaign year), emptied before each test.</summary>
public sealed class MyCampaignHost() : SharedTestHost([PluginId], Beijing(2024, 3, 10))
{
    public const string PluginId = "my-campaign";
}

/// <summary>
/// 党员志愿服务 through the real host, as an office, a branch secretary, a member and another jurisdiction would use it:
/// the API and its refusals by field, who may record, who sees what, the ledger, the page and the host's obligations.
/// </summary>
public sealed class VolunteeringTests(MyCampaignHost shared) : IClassFixture<MyCampaignHost>, IAsyncLifetime
{
    private const string Plugin = MyCampaignHost.PluginId;
    private const string Tree = """
        XX县委 | 党委
          城关镇党委 | 党委 | 苏木镇/乡镇
            东关村党支部 | 党支部 | 嘎查/农村
              - 李明 | 书记
              - 王强
            西关村党支部 | 党支部 | 嘎查/农村
              - 周平 | 书记
        """;

    private TestHost _host = null!;

    public async Task InitializeAsync() => _host = await shared.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    private Task<TestJurisdiction> CountyAsync(string code) => CountyAsync(_host, code);

    /// <summary>A county with the plugin on, its tree, and accounts: <c>{code}-admin</c> (the office), <c>{code}-secretary</c> (东关村), <c>{code}-member</c> (王强, 东关村).</summary>
    internal static async Task<TestJurisdiction> CountyAsync(TestHost host, string code)
    {
        var county = await TestJurisdiction.CreateAsync(host, code, $"{code}县", [Plugin], Tree);
        await county.UserAsync($"{code}-secretary", KnownRoles.OrganizationOfficer, county.Org["东关村党支部"], county.People["李明"]);
        await county.UserAsync($"{code}-member", KnownRoles.Member, personId: county.People["王强"]);
        return county;
    }

    private static object Service(long organizationId, string heldOn = "2024-03-05", string title = "清扫村内主干道", int participants = 6) =>
        new { organizationId, heldOn, title, participants };

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    [Fact]
    public async Task The_api_refuses_what_the_document_does_not_allow_naming_each_field()
    {
        var county = await CountyAsync("xx");
        var api = county.Api(Plugin, "/volunteering");

        var none = await JsonAsync(await county.OfficeApi.PostAsJsonAsync(api, new { }), HttpStatusCode.BadRequest);
        Assert.True(none.GetProperty("errors").TryGetProperty("organizationId", out _), none.ToString());

        var committee = await JsonAsync(await county.OfficeApi.PostAsJsonAsync(api, Service(county.Org["城关镇党委"])), HttpStatusCode.BadRequest);
        Assert.Contains("党支部", committee.GetProperty("errors").GetProperty("organizationId")[0].GetString());

        // A day not yet come (the clock is on 03-10), no title, four members: each field named with its reason.
        var bad = await JsonAsync(await county.OfficeApi.PostAsJsonAsync(api, Service(county.Org["东关村党支部"], heldOn: "2024-03-11", title: " ", participants: 4)),
            HttpStatusCode.BadRequest);
        var errors = bad.GetProperty("errors");
        Assert.Equal(["heldOn", "participants", "title"], errors.EnumerateObject().Select(e => e.Name).Order());
        Assert.Contains("不少于 5 人", errors.GetProperty("participants")[0].GetString());

        var english = await JsonAsync(await county.OfficeApi.PostAsJsonAsync(api + "?culture=en", Service(county.Org["东关村党支部"], participants: 4)),
            HttpStatusCode.BadRequest);
        Assert.Contains("At least 5 members", english.GetProperty("errors").GetProperty("participants")[0].GetString());
    }

    [Fact]
    public async Task The_office_records_a_service_and_reads_it_back()
    {
        var county = await CountyAsync("xx");
        var branch = county.Org["东关村党支部"];

        var created = await county.OfficeApi.PostAsJsonAsync(county.Api(Plugin, "/volunteering"), Service(branch));
        var service = await JsonAsync(created, HttpStatusCode.Created);
        var id = service.GetProperty("id").GetInt64();
        Assert.Equal($"volunteering/{id}", created.Headers.Location?.OriginalString);
        Assert.Equal("东关村党支部", service.GetProperty("organization").GetString());
        Assert.Equal("xx-admin", service.GetProperty("recordedBy").GetString());

        var read = await JsonAsync(await county.OfficeApi.GetAsync(county.Api(Plugin, $"/volunteering/{id}")), HttpStatusCode.OK);
        Assert.Equal("清扫村内主干道", read.GetProperty("title").GetString());
        var list = await JsonAsync(await county.OfficeApi.GetAsync(county.Api(Plugin, "/volunteering")), HttpStatusCode.OK);
        Assert.Equal(1, list.GetProperty("total").GetInt32());

        // March is done for 东关村, still pending for 西关村 (due the 25th); January and February were missed by both.
        var months = (await JsonAsync(await county.OfficeApi.GetAsync(county.Api(Plugin, "/volunteering/months")), HttpStatusCode.OK)).EnumerateArray()
            .Select(m => $"{m.GetProperty("organization").GetString()} {m.GetProperty("month").GetString()} {m.GetProperty("state").GetString()}").ToList();
        Assert.Contains("东关村党支部 2024-03-01 Done", months);
        Assert.Contains("西关村党支部 2024-03-01 Pending", months);
        Assert.Contains("东关村党支部 2024-02-01 Missed", months);
    }

    [Fact]
    public async Task A_secretary_records_for_their_own_branch_only_and_a_member_for_none()
    {
        var county = await CountyAsync("xx");
        var secretary = await _host.ApiClientAsync("xx-secretary");
        var member = await _host.ApiClientAsync("xx-member");
        var api = county.Api(Plugin, "/volunteering");

        await JsonAsync(await secretary.PostAsJsonAsync(api, Service(county.Org["东关村党支部"])), HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.Forbidden, (await secretary.PostAsJsonAsync(api, Service(county.Org["西关村党支部"]))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostAsJsonAsync(api, Service(county.Org["东关村党支部"]))).StatusCode);
    }

    [Fact]
    public async Task Another_jurisdiction_gets_404_for_it_and_sees_none_of_it()
    {
        var victim = await CountyAsync("victim");
        var intruder = await CountyAsync("intruder");
        var id = (await JsonAsync(await victim.OfficeApi.PostAsJsonAsync(victim.Api(Plugin, "/volunteering"), Service(victim.Org["东关村党支部"])),
            HttpStatusCode.Created)).GetProperty("id").GetInt64();

        // Through the victim's URLs (API and page) and through the intruder's own, by the victim's id: nothing.
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.OfficeApi.GetAsync(victim.Api(Plugin, $"/volunteering/{id}"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.OfficeApi.GetAsync(victim.Api(Plugin, "/volunteering"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.OfficeApi.GetAsync(intruder.Api(Plugin, $"/volunteering/{id}"))).StatusCode);
        var browser = await _host.BrowserClientAsync("intruder-admin");
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(victim.Page(Plugin, "/Volunteering"))).StatusCode);
        var own = await JsonAsync(await intruder.OfficeApi.GetAsync(intruder.Api(Plugin, "/volunteering")), HttpStatusCode.OK);
        Assert.Equal(0, own.GetProperty("total").GetInt32());
        // Nor may the intruder record for the victim's branch from its own jurisdiction: the id names no organization of its own.
        var foreign = await JsonAsync(await intruder.OfficeApi.PostAsJsonAsync(intruder.Api(Plugin, "/volunteering"), Service(victim.Org["东关村党支部"])),
            HttpStatusCode.BadRequest);
        Assert.True(foreign.GetProperty("errors").TryGetProperty("organizationId", out _));
    }

    [Fact]
    public async Task The_ledger_downloads_with_every_branchs_months_so_far()
    {
        var county = await CountyAsync("xx");
        await JsonAsync(await county.OfficeApi.PostAsJsonAsync(county.Api(Plugin, "/volunteering"), Service(county.Org["东关村党支部"])), HttpStatusCode.Created);

        var csv = await county.OfficeApi.GetAsync(county.Api(Plugin, "/ledgers/volunteering?format=csv"));
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var rows = (await csv.Content.ReadAsStringAsync()).Split('\n');
        Assert.Contains(rows, r => r.Contains("东关村党支部") && r.Contains("2024-03") && r.Contains("清扫村内主干道") && r.Contains("按时开展"));
        Assert.Contains(rows, r => r.Contains("西关村党支部") && r.Contains("2024-01") && r.Contains("逾期未开展"));

        var xlsx = await county.OfficeApi.GetAsync(county.Api(Plugin, "/ledgers/volunteering"));
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_pages_answer_in_Chinese_and_English_and_the_form_records_a_service()
    {
        var county = await CountyAsync("xx");
        var browser = await _host.BrowserClientAsync("xx-admin");
        var page = county.Page(Plugin, "/Volunteering");

        var overview = await browser.GetAsync(county.Page(Plugin, ""));
        Assert.Equal(HttpStatusCode.OK, overview.StatusCode);
        var chinese = await browser.GetAsync(page);
        Assert.Equal(HttpStatusCode.OK, chinese.StatusCode);
        Assert.Contains("最迟于当月 25 日完成并登记", await chinese.Content.ReadAsStringAsync());
        var english = await browser.GetStringAsync(page + "?culture=en");
        Assert.Contains("at least 5 members each time", english);

        var posted = await TestHost.SubmitFormAsync(browser, page, new()
        {
            ["OrganizationId"] = county.Org["东关村党支部"].ToString(), ["HeldOn"] = "2024-03-08", ["Title"] = "走访慰问困难党员", ["Participants"] = "7",
        });
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var after = await browser.GetStringAsync(posted.Headers.Location!.OriginalString);
        Assert.Contains("走访慰问困难党员", after);

        // A refusal comes back on the same page, next to its field.
        var refused = await TestHost.SubmitFormAsync(browser, page, new()
        {
            ["OrganizationId"] = county.Org["东关村党支部"].ToString(), ["HeldOn"] = "2024-03-08", ["Title"] = "义务植树", ["Participants"] = "2",
        });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("不少于 5 人（本次 2 人）", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Every_branch_owes_a_service_a_month_and_the_months_first_one_meets_it()
    {
        // The office switches the plugin on once its branches exist: the host then asks the plugin who owes what.
        var county = await TestJurisdiction.CreateAsync(_host, "xx", "xx县", [], Tree);
        await _host.SetSwitchAsync(county.Id, Plugin, enabled: true);
        var obligations = $"/api/j/{county.Code}/obligations?type=my-campaign.volunteering&pageSize=500";

        var owed = (await JsonAsync(await county.OfficeApi.GetAsync(obligations), HttpStatusCode.OK)).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2 * 12, owed.Count); // two branches, twelve months
        Assert.All(owed, o => Assert.Equal("25", o.GetProperty("dueOn").GetString()![^2..]));

        await JsonAsync(await county.OfficeApi.PostAsJsonAsync(county.Api(Plugin, "/volunteering"), Service(county.Org["东关村党支部"])), HttpStatusCode.Created);
        var march = (await JsonAsync(await county.OfficeApi.GetAsync(obligations), HttpStatusCode.OK)).GetProperty("items").EnumerateArray()
            .Single(o => o.GetProperty("obligedId").GetInt64() == county.Org["东关村党支部"] && o.GetProperty("periodStart").GetString() == "2024-03-01");
        Assert.Equal("done", march.GetProperty("status").GetString());
    }
}
