using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Plugins.CountyFiveActivities.Tests;

/// <summary>One township (城关镇) through all four steps, through the API only, as its office, officers and members would.</summary>
public sealed class TownshipRunTests(CountyHost fixture) : IClassFixture<CountyHost>
{
    [Fact]
    public async Task A_township_goes_from_mobilization_to_the_summary()
    {
        var c = await fixture.CreateCountyAsync("run-town");
        var town = await c.ApiAsAsync($"{c.Code}-town");
        var secretary = await c.ApiAsAsync($"{c.Code}-secretary");
        var member = await c.ApiAsAsync($"{c.Code}-member");

        // ── 第一步 广泛发动，安排部署 ──
        c.At(2010, 5, 10);
        await c.OfficeApi.PutAsJsonAsync(c.Api("/mobilization/county"), new { heldOn = "2010-05-10", attendees = 420 }).OkJsonAsync();
        c.At(2010, 5, 14);
        await town.PutAsJsonAsync(c.Api($"/mobilization/committees/{c.Town}"), new { heldOn = "2010-05-14", attendees = 86, note = "镇党委书记动员部署" }).OkJsonAsync();

        // The township files with the county office; the village branch with the township, which returns it once.
        var townPlan = await town.PutAsJsonAsync(c.Api($"/plans/{c.Town}"), new { title = "城关镇创先争优活动实施方案", body = "创五好、践五新" }).OkJsonAsync();
        Assert.Equal(c.Root, townPlan.GetProperty("filedWithOrganizationId").GetInt64());
        await town.PostAsJsonAsync(c.Api($"/plans/{c.Town}/receive"), new { }).StatusAsync(HttpStatusCode.Forbidden); // not its own
        await c.OfficeApi.PostAsJsonAsync(c.Api($"/plans/{c.Town}/receive"), new { }).OkJsonAsync();
        var villagePlan = await secretary.PutAsJsonAsync(c.Api($"/plans/{c.Village}"), new { title = "东关村党支部实施方案", body = "设岗定责、依岗承诺" }).OkJsonAsync();
        Assert.Equal(c.Town, villagePlan.GetProperty("filedWithOrganizationId").GetInt64());
        await secretary.PostAsJsonAsync(c.Api($"/plans/{c.Village}/receive"), new { }).StatusAsync(HttpStatusCode.Forbidden);
        await town.PostAsJsonAsync(c.Api($"/plans/{c.Village}/return"), new { }).StatusAsync(HttpStatusCode.BadRequest, "comment");
        await town.PostAsJsonAsync(c.Api($"/plans/{c.Village}/return"), new { comment = "补充示范带富的具体目标" }).OkJsonAsync();
        var resubmitted = await secretary.PutAsJsonAsync(c.Api($"/plans/{c.Village}"), new { title = "东关村党支部实施方案", body = "设岗定责、依岗承诺、示范带富：10户", version = villagePlan.GetProperty("version").GetInt32() + 1 }).OkJsonAsync();
        Assert.Equal(2, resubmitted.GetProperty("submissions").GetInt32());
        await town.PostAsJsonAsync(c.Api($"/plans/{c.Village}/receive"), new { version = resubmitted.GetProperty("version").GetInt32() }).OkJsonAsync();
        await town.PutAsJsonAsync(c.Api($"/plans/{c.Community}"), new { title = "城东社区党支部实施方案", body = "四有一创" }).OkJsonAsync();
        await secretary.PutAsJsonAsync(c.Api($"/plans/{c.Village}/pledge"), new { text = "三年带富十户", published = true }).OkJsonAsync();
        // 组织集中学习: the branch studies with its members in stage 1.
        await secretary.PostAsJsonAsync(c.Api("/study"), new { organizationId = c.Village, topic = "学习县委实施方案", heldOn = "2010-05-14", hours = 2, form = "Documents",
            attendeePersonIds = new[] { c.People["李明"], c.People["王强"], c.People["赵丽"] } }).OkJsonAsync(HttpStatusCode.Created);
        var plans = await town.GetAsync(c.Api("/plans")).OkJsonAsync();
        Assert.Equal("Received", plans.Row("organizationId", c.Village).GetProperty("state").GetString());
        Assert.True(plans.Row("organizationId", c.Village).GetProperty("pledgePublished").GetBoolean());
        Assert.Equal("Submitted", plans.Row("organizationId", c.Community).GetProperty("state").GetString());
        Assert.Equal(3, plans.GetArrayLength()); // the township officer sees its subtree

        // ── 第二步 全面争创：五项活动 ──
        c.At(2010, 6, 24);
        await secretary.PutAsJsonAsync(c.Api($"/party-spirit/weeks/{c.Village}"), new { startsOn = "2010-06-24", endsOn = "2010-06-30" }).OkJsonAsync();
        await member.PostAsJsonAsync(c.Api("/party-spirit/reports"), new { body = "入党为什么、在党干什么、为党做什么。" }).OkJsonAsync();
        await secretary.PostAsJsonAsync(c.Api("/party-spirit/reports"), new { body = "作为支部书记，带头找差距。" }).OkJsonAsync();
        // 群众评议: the office opens the year's rounds, one per organization; members with an account answer through the API,
        // the public (群众, no account) with a code from the branch on the public sheet, without signing in.
        await c.OfficeApi.PostAsync(c.Api("/party-spirit/evaluation/round"), null).OkJsonAsync();
        await member.PostAsJsonAsync(c.Api("/party-spirit/evaluation"), new { personId = c.People["李明"], grade = "excellent" }).OkJsonAsync(HttpStatusCode.NoContent);
        await member.PostAsJsonAsync(c.Api("/party-spirit/evaluation/codes"), new { organizationId = c.Village, count = 2 }).StatusAsync(HttpStatusCode.Forbidden);
        await secretary.PostAsJsonAsync(c.Api("/party-spirit/evaluation/codes"), new { organizationId = c.Village2, count = 2 }).StatusAsync(HttpStatusCode.NotFound); // not in its line
        await secretary.PostAsJsonAsync(c.Api("/party-spirit/evaluation/codes"), new { organizationId = c.Village, count = 0 }).StatusAsync(HttpStatusCode.BadRequest, "count");
        var slips = await secretary.PostAsJsonAsync(c.Api("/party-spirit/evaluation/codes"), new { organizationId = c.Village, count = 2 }).OkJsonAsync();
        var publicSheet = slips.GetProperty("path").GetString()!;
        var codes = slips.GetProperty("codes").Items().Select(x => x.GetString()!).ToList();
        Assert.StartsWith($"/evaluate/{c.Code}/", publicSheet);
        var visitor = fixture.Host.Anonymous;
        var opened = WebUtility.HtmlDecode(await (await TestHost.SubmitFormAsync(visitor, publicSheet, new() { ["code"] = codes[0] }, publicSheet + "?handler=Start")).Content.ReadAsStringAsync());
        var subjects = System.Text.RegularExpressions.Regex.Matches(opened, "<legend>(.*?)</legend>").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(3, subjects.Count); // the branch's members, not another branch's
        Assert.All(["李明", "王强", "赵丽"], name => Assert.Contains(name, subjects));
        var answered = WebUtility.HtmlDecode(await (await TestHost.SubmitFormAsync(visitor, publicSheet,
            new() { ["code"] = codes[0], [$"s{subjects.IndexOf("王强")}q0"] = "excellent", [$"s{subjects.IndexOf("李明")}q0"] = "qualified" }, publicSheet + "?handler=Answer")).Content.ReadAsStringAsync());
        Assert.Contains("已记录您对 2 个对象的评议", answered);
        var tallies = await c.OfficeApi.GetAsync(c.Api("/party-spirit/evaluation")).OkJsonAsync();
        Assert.Equal(2, tallies.Items().Single(r => r.GetProperty("subjectKey").GetString() == $"person:{c.People["李明"]}").GetProperty("responses").GetInt32());
        Assert.Equal(1, tallies.Items().Single(r => r.GetProperty("subjectKey").GetString() == $"person:{c.People["王强"]}").GetProperty("responses").GetInt32());

        await c.OfficeApi.PostAsJsonAsync(c.Api("/dedication/records"), new { organizationId = c.Village, kind = "LabourContest", title = "春季劳动竞赛", heldOn = "2010-06-20", participants = 3 }).OkJsonAsync(HttpStatusCode.Created);
        await member.PostAsJsonAsync(c.Api("/dedication/posts"), new { personId = c.People["王强"], post = "政策宣传岗", duty = "宣传惠农政策" }).StatusAsync(HttpStatusCode.Forbidden);
        await secretary.PostAsJsonAsync(c.Api("/dedication/posts"), new { personId = c.People["王强"], post = "政策宣传岗", duty = "宣传惠农政策", pledge = "每月入户宣讲一次" }).OkJsonAsync(HttpStatusCode.Created);
        await member.PostAsJsonAsync(c.Api("/services"), new { kind = "SpringPloughing", beneficiary = "五保户张大爷", servedOn = "2010-06-22", hours = 2.5 }).OkJsonAsync(HttpStatusCode.Created);
        await member.PostAsJsonAsync(c.Api("/services"), new { kind = "Visit", beneficiary = "", servedOn = "2010-06-22", hours = 1 }).StatusAsync(HttpStatusCode.BadRequest, "beneficiary");
        await member.PostAsJsonAsync(c.Api("/services"), new { kind = "Visit", beneficiary = "困难户", servedOn = "2010-06-22", hours = 0 }).StatusAsync(HttpStatusCode.BadRequest, "hours");
        await member.PostAsJsonAsync(c.Api("/services"), new { kind = "Visit", beneficiary = "困难户", servedOn = "2010-06-25", hours = 1 }).StatusAsync(HttpStatusCode.BadRequest, "servedOn");
        await secretary.PostAsJsonAsync(c.Api("/services"), new { personId = c.People["赵丽"], kind = "Pairing", beneficiary = "贫困户李某", servedOn = "2010-06-23", hours = 1 }).OkJsonAsync(HttpStatusCode.Created);
        await member.PostAsJsonAsync(c.Api("/services"), new { personId = c.People["赵丽"], kind = "Pairing", beneficiary = "贫困户李某", servedOn = "2010-06-23", hours = 1 }).StatusAsync(HttpStatusCode.Forbidden);
        await secretary.PostAsJsonAsync(c.Api("/badges"), new { kind = "PioneerPost", name = "村务公开先锋岗", personId = c.People["王强"] }).OkJsonAsync(HttpStatusCode.Created);
        await secretary.PostAsJsonAsync(c.Api("/badges"), new { kind = "DemonstrationHousehold", name = "养殖示范户", personId = c.People["赵丽"] }).OkJsonAsync(HttpStatusCode.Created);
        await secretary.PostAsJsonAsync(c.Api("/badges"), new { kind = "ResponsibilityZone", name = "越界", personId = c.People["周平"] }).StatusAsync(HttpStatusCode.Forbidden);
        var badges = await member.GetAsync(c.Api("/badges")).OkJsonAsync(); // listed publicly
        Assert.Equal(["党员先锋岗", "党员示范户"], badges.Items().Select(b => b.GetProperty("kindName").GetString()));
        await secretary.PutAsJsonAsync(c.Api($"/innovation/{c.Village}"), new { venueStandard = true, archivesStandard = true, activitiesStandard = true, serviceOutstanding = true, developmentOutstanding = false }).OkJsonAsync();
        await town.PostAsJsonAsync(c.Api($"/innovation/{c.Village}/recognize"), new { }).StatusAsync(HttpStatusCode.BadRequest, "standards");
        await secretary.PutAsJsonAsync(c.Api($"/innovation/{c.Village}"), new { venueStandard = true, archivesStandard = true, activitiesStandard = true, serviceOutstanding = true, developmentOutstanding = true, version = 1 }).OkJsonAsync();
        await secretary.PostAsJsonAsync(c.Api($"/innovation/{c.Village}/recognize"), new { }).StatusAsync(HttpStatusCode.Forbidden);
        await town.PostAsJsonAsync(c.Api($"/innovation/{c.Village}/recognize"), new { }).OkJsonAsync();

        // 七一表彰 (2011): the branch nominates, the township endorses, the county approves.
        c.At(2011, 6, 10);
        var nomination = (await secretary.PostAsJsonAsync(c.Api("/commendation"), new { category = "ExcellentMember", nomineeId = c.People["王强"], startOrganizationId = c.Village, reason = "带头服务群众" }).OkJsonAsync()).GetProperty("id").GetInt64();
        await secretary.PostAsJsonAsync(c.Api($"/commendation/{nomination}/endorse"), new { }).OkJsonAsync();
        // 各级党组织也要表彰: the township commends him at its own level before passing him on.
        await town.PostAsJsonAsync(c.Api($"/commendation/{nomination}/commend"), new { organizationId = c.Town }).OkJsonAsync();
        await town.PostAsJsonAsync(c.Api($"/commendation/{nomination}/endorse"), new { }).OkJsonAsync();
        var approvedRow = await c.OfficeApi.PostAsJsonAsync(c.Api($"/commendation/{nomination}/approve"), new { }).OkJsonAsync();
        Assert.Equal(1, approvedRow.GetProperty("recognition").GetProperty("answers").GetInt32()); // 群众公认度 from the 2010 evaluation
        await c.OfficeApi.PostAsJsonAsync(c.Api($"/commendation/{nomination}/report-up"), new { }).StatusAsync(HttpStatusCode.BadRequest, "jurisdiction"); // this county has no parent

        // The public evaluation closed on 06-30 of its year: an answer after it is refused, with an account or a code.
        await secretary.PostAsJsonAsync(c.Api("/party-spirit/evaluation"), new { personId = c.People["赵丽"], grade = "excellent" }).StatusAsync(HttpStatusCode.BadRequest, "date");
        await secretary.PostAsJsonAsync(c.Api("/party-spirit/evaluation/codes"), new { organizationId = c.Village, count = 2 }).StatusAsync(HttpStatusCode.BadRequest, "date");
        var late = WebUtility.HtmlDecode(await (await TestHost.SubmitFormAsync(visitor, publicSheet,
            new() { ["code"] = codes[1], [$"s{subjects.IndexOf("赵丽")}q0"] = "excellent" }, publicSheet + "?handler=Answer")).Content.ReadAsStringAsync());
        Assert.Contains("截止", late);
        Assert.DoesNotContain("已记录您对", late);
        Assert.Equal(0, (await c.OfficeApi.GetAsync(c.Api("/party-spirit/evaluation")).OkJsonAsync()).Items().Count(r => r.GetProperty("subjectKey").GetString() == $"person:{c.People["赵丽"]}"));

        // ── 第三步 对标定位，晋档升级 ──
        c.At(2011, 7, 10);
        object Finds = new { benchmark = "先进村", gap = "集体经济薄弱", direction = "发展特色养殖", measures = "党员示范带富" };
        await secretary.PutAsJsonAsync(c.Api($"/four-finds/organizations/{c.Village}"), Finds).OkJsonAsync();
        await member.PutAsJsonAsync(c.Api($"/four-finds/people/{c.People["王强"]}"), Finds).OkJsonAsync();
        await member.PutAsJsonAsync(c.Api($"/four-finds/people/{c.People["赵丽"]}"), Finds).StatusAsync(HttpStatusCode.Forbidden);
        await member.PutAsJsonAsync(c.Api($"/four-finds/people/{c.People["王强"]}"), new { benchmark = "先进村", gap = "", direction = "x", measures = "y", version = 1 }).StatusAsync(HttpStatusCode.BadRequest, "gap");
        await secretary.PutAsJsonAsync(c.Api($"/four-finds/people/{c.People["赵丽"]}"), Finds).OkJsonAsync();
        var finds = await town.GetAsync(c.Api("/four-finds")).OkJsonAsync();
        Assert.True(finds.Row("organizationId", c.Village).GetProperty("organizationDone").GetBoolean());
        Assert.Equal(2, finds.Row("organizationId", c.Village).GetProperty("membersDone").GetInt32());

        object Score(decimal each, decimal last) => new { assessedOn = (string?)null, leadership = each, membership = each, mechanisms = each, results = each, opinion = last };
        await town.PutAsJsonAsync(c.Api($"/scores/{c.Village}/2011上半年"), Score(17, 17)).OkJsonAsync();     // 85 middle
        await town.PutAsJsonAsync(c.Api($"/scores/{c.Community}/2011上半年"), Score(11, 11)).OkJsonAsync();   // 55 lagging
        await c.OfficeApi.PutAsJsonAsync(c.Api($"/scores/{c.Town}/2011上半年"), Score(18, 19)).OkJsonAsync(); // 91 advanced
        await c.OfficeApi.PutAsJsonAsync(c.Api($"/scores/{c.Village2}/2011上半年"), Score(16, 15)).OkJsonAsync(); // the other township's village: 79, one good under 16
        // 争当“五个模范”: the branch assesses its members per round; the member may not, nor anyone outside the branch's line.
        object Models(bool all, int? version = null) => new { study = true, policy = true, serving = all, dedication = true, discipline = true, version };
        await member.PutAsJsonAsync(c.Api($"/five-models/{c.People["王强"]}/2011上半年"), Models(true)).StatusAsync(HttpStatusCode.Forbidden);
        await secretary.PutAsJsonAsync(c.Api($"/five-models/{c.People["周平"]}/2011上半年"), Models(true)).StatusAsync(HttpStatusCode.NotFound); // another township's member
        await secretary.PutAsJsonAsync(c.Api($"/five-models/{c.People["王强"]}/{new string('年', 21)}"), Models(true)).StatusAsync(HttpStatusCode.BadRequest, "round");
        await secretary.PutAsJsonAsync(c.Api($"/five-models/{c.People["王强"]}/2011上半年"), new { study = true, assessedOn = "2011-07-11" }).StatusAsync(HttpStatusCode.BadRequest, "assessedOn");
        var wang = await secretary.PutAsJsonAsync(c.Api($"/five-models/{c.People["王强"]}/2011上半年"), Models(true)).OkJsonAsync();
        Assert.True(wang.GetProperty("fiveModels").GetBoolean());
        Assert.False((await secretary.PutAsJsonAsync(c.Api($"/five-models/{c.People["赵丽"]}/2011上半年"), Models(false)).OkJsonAsync()).GetProperty("fiveModels").GetBoolean());
        await secretary.PutAsJsonAsync(c.Api($"/five-models/{c.People["王强"]}/2011上半年"), Models(true)).StatusAsync(HttpStatusCode.Conflict); // saved already: give the version
        await secretary.PutAsJsonAsync(c.Api($"/five-models/{c.People["王强"]}/2011上半年"), Models(true, wang.GetProperty("version").GetInt32())).OkJsonAsync();
        await secretary.PutAsJsonAsync(c.Api($"/five-models/{c.People["王强"]}/2011上半年"), Models(true, wang.GetProperty("version").GetInt32())).StatusAsync(HttpStatusCode.Conflict); // stale

        c.At(2011, 12, 20);
        await secretary.PutAsJsonAsync(c.Api($"/five-models/{c.People["王强"]}/2011下半年"), Models(true)).OkJsonAsync();
        await secretary.PutAsJsonAsync(c.Api($"/five-models/{c.People["赵丽"]}/2011下半年"), Models(true)).OkJsonAsync();
        await town.PutAsJsonAsync(c.Api($"/scores/{c.Village}/2011下半年"), Score(18, 19)).OkJsonAsync();     // 91 advanced: moved up
        await town.PutAsJsonAsync(c.Api($"/scores/{c.Community}/2011下半年"), Score(14, 14)).OkJsonAsync();   // 70 middle: moved up
        await c.OfficeApi.PutAsJsonAsync(c.Api($"/scores/{c.Village2}/2011下半年"), Score(19, 19)).OkJsonAsync(); // 95 advanced

        var ranking = await c.OfficeApi.GetAsync(c.Api("/scores/ranking")).OkJsonAsync();
        Assert.Equal("2011下半年", ranking.GetProperty("round").GetString());
        var villages = ranking.GetProperty("sectors").Items().Single(s => s.GetProperty("sectorName").GetString() == "农村").GetProperty("rows");
        Assert.Equal(["河西村党支部", "东关村党支部"], villages.Items().Select(r => r.GetProperty("name").GetString()));
        Assert.Equal([1, 2], villages.Items().Select(r => r.GetProperty("rank").GetInt32()));
        Assert.Equal(1, villages.Row("organizationId", c.Village).GetProperty("movement").GetInt32());
        Assert.Equal("Middle", villages.Row("organizationId", c.Village).GetProperty("previousGrade").GetString());
        var history = await c.OfficeApi.GetAsync(c.Api("/scores/history")).OkJsonAsync();
        Assert.True(history.Row("organizationId", c.Village).GetProperty("movedUp").GetBoolean());
        Assert.Equal(["Lagging", "Middle"], history.Row("organizationId", c.Community).GetProperty("steps").Items().Select(s => s.GetProperty("grade").GetString()));
        var share = await c.OfficeApi.GetAsync(c.Api("/scores/five-goods-share")).OkJsonAsync();
        var rural = share.Items().Single(s => s.GetProperty("sectorName").GetString() == "农村").GetProperty("rounds");
        Assert.Equal([0m, 1m], rural.Items().Select(r => r.GetProperty("share").GetDecimal())); // 东关 85 and 河西 (one 15) short of the five goods; then both
        // One rule: in every round a five-goods organization is 先进 and a 先进 one five-goods.
        foreach (var r in new[] { "2011上半年", "2011下半年" })
            foreach (var row in (await c.OfficeApi.GetAsync(c.Api($"/scores/ranking?round={Uri.EscapeDataString(r)}")).OkJsonAsync()).GetProperty("sectors").Items().SelectMany(s => s.GetProperty("rows").Items()))
                Assert.Equal(row.GetProperty("grade").GetString() == "Advanced", row.GetProperty("fiveGoods").GetBoolean());
        // The three shares per sector, each of everyone in the sector, and whether they rose (二(三)3).
        var progress = await c.OfficeApi.GetAsync(c.Api("/shares")).OkJsonAsync();
        var ruralProgress = progress.Items().Single(s => s.GetProperty("sectorName").GetString() == "农村");
        Assert.Equal(["2011上半年", "2011下半年"], ruralProgress.GetProperty("rounds").Items().Select(r => r.GetProperty("round").GetString()));
        decimal[] Shares(JsonElement sector, string kind) => [.. sector.GetProperty("rounds").Items().Select(r => r.GetProperty(kind).GetProperty("share").GetDecimal())];
        Assert.Equal([0m, 1m], Shares(ruralProgress, "fiveGoods"));
        Assert.Equal([0.25m, 0.5m], Shares(ruralProgress, "fiveModels"));              // 王强, then 王强 and 赵丽, of the sector's four members (李明 and 周平 not assessed)
        Assert.Equal([4, 4], ruralProgress.GetProperty("rounds").Items().Select(r => r.GetProperty("fiveModels").GetProperty("of").GetInt32()));
        Assert.Equal([0.5m, 0.5m], Shares(ruralProgress, "demonstrationUnits"));     // 东关村 of the two village branches, both rounds
        Assert.Equal(0.25m, ruralProgress.GetProperty("rounds")[1].GetProperty("fiveModels").GetProperty("rise").GetDecimal());
        Assert.True(ruralProgress.GetProperty("fiveGoodsRose").GetBoolean());
        Assert.True(ruralProgress.GetProperty("fiveModelsRose").GetBoolean());
        Assert.False(ruralProgress.GetProperty("demonstrationUnitsRose").GetBoolean()); // the same share: not a rise
        Assert.True(ruralProgress.GetProperty("flagged").GetBoolean());
        Assert.Equal(["党建工作示范单位"], ruralProgress.GetProperty("notRising").Items().Select(n => n.GetString()));
        // 城关镇党委 scored in the first round only: its sector's share fell, though no one scored worse.
        var towns = progress.Items().Single(s => s.GetProperty("sectorName").GetString() == "乡镇");
        Assert.Equal([0.5m, 0m], Shares(towns, "fiveGoods"));
        Assert.False(towns.GetProperty("fiveGoodsRose").GetBoolean());
        var townShare = share.Items().Single(s => s.GetProperty("sectorName").GetString() == "乡镇").GetProperty("rounds");
        Assert.Equal([2, 2], townShare.Items().Select(r => r.GetProperty("organizations").GetInt32())); // the unscored one counts
        Assert.Equal([1, 0], townShare.Items().Select(r => r.GetProperty("scored").GetInt32()));
        Assert.False(townShare[1].GetProperty("rose").GetBoolean());
        var models = await member.GetAsync(c.Api("/five-models?round=2011下半年")).OkJsonAsync();
        Assert.Equal([c.People["王强"]], models.GetProperty("rows").Items().Select(r => r.GetProperty("personId").GetInt64())); // a member reads their own
        // The township officer sees its own subtree's ranking only.
        var townRanking = await town.GetAsync(c.Api("/scores/ranking")).OkJsonAsync();
        Assert.DoesNotContain(townRanking.GetProperty("sectors").Items().SelectMany(s => s.GetProperty("rows").Items()), r => r.GetProperty("organizationId").GetInt64() == c.Village2);

        // 树立先进典型: the township sets up its member as a model and publicizes him.
        var typical = await town.PostAsJsonAsync(c.Api("/typical-models"), new { kind = "Person", personId = c.People["王强"], title = "党员致富带头人", setUpByOrganizationId = c.Town,
            setUpOn = "2011-12-20", story = "带领群众发展大棚蔬菜。" }).OkJsonAsync(HttpStatusCode.Created);
        await town.PostAsJsonAsync(c.Api($"/typical-models/{typical.GetProperty("id").GetInt64()}/publicity"), new { form = "Media", heldOn = "2011-12-20" }).OkJsonAsync();

        // ── 第四步 系统总结 ──
        c.At(2012, 8, 1);
        // 展示成果: the township's exchange meeting shows its model.
        await town.PostAsJsonAsync(c.Api("/showcase"), new { kind = "ExchangeMeeting", organizationId = c.Town, title = "城关镇先进典型经验交流会", heldOn = "2012-07-20", hours = 3,
            modelIds = new[] { typical.GetProperty("id").GetInt64() }, visitors = 120 }).OkJsonAsync(HttpStatusCode.Created);
        await secretary.PutAsJsonAsync(c.Api($"/summaries/{c.Village}"), new { body = "东关村党支部创先争优活动总结。" }).OkJsonAsync();
        await secretary.PutAsJsonAsync(c.Api("/summaries/county"), new { body = "越权" }).StatusAsync(HttpStatusCode.Forbidden);
        await c.OfficeApi.PutAsJsonAsync(c.Api("/summaries/county"), new { body = "全县创先争优活动总结。" }).OkJsonAsync();
        var summary = await town.GetAsync(c.Api($"/summaries/{c.Town}")).OkJsonAsync();
        var f = summary.GetProperty("figures");
        Assert.Equal(3, f.GetProperty("organizations").GetInt32());
        Assert.Equal(4, f.GetProperty("members").GetInt32());
        Assert.Equal(1, f.GetProperty("committeeMeetingsOnTime").GetInt32());
        Assert.Equal(2, f.GetProperty("plansReceived").GetInt32());
        Assert.Equal(2, f.GetProperty("partySpiritReportsOnTime").GetInt32());
        Assert.Equal(2, f.GetProperty("services").GetInt32());
        Assert.Equal(3.5m, f.GetProperty("serviceHours").GetDecimal());
        Assert.Equal(2, f.GetProperty("badges").GetInt32());
        Assert.Equal(1, f.GetProperty("demonstrationUnitsRecognized").GetInt32());
        Assert.Equal(1, f.GetProperty("nominationsApproved").GetInt32());
        Assert.Equal(2, f.GetProperty("memberFourFinds").GetInt32());
        Assert.Equal(3, f.GetProperty("scored").GetInt32());
        Assert.Equal(2, f.GetProperty("advanced").GetInt32());
        Assert.Equal((1, 1, 1), (f.GetProperty("centralStudySessions").GetInt32(), f.GetProperty("typicalModels").GetInt32(), f.GetProperty("showcaseEvents").GetInt32()));
        var county = await c.OfficeApi.GetAsync(c.Api("/summaries/county")).OkJsonAsync();
        Assert.Equal("全县创先争优活动总结。", county.GetProperty("report").GetProperty("body").GetString());

        // The office's dashboard by township and sector; the township officer's covers its own subtree.
        var dashboard = await c.OfficeApi.GetAsync(c.Api("/dashboard")).OkJsonAsync();
        Assert.Equal("全县", dashboard.GetProperty("scope").GetString());
        var chengguan = dashboard.GetProperty("byTownship").Items().Single(t => t.GetProperty("organizationId").GetInt64() == c.Town).GetProperty("figures");
        Assert.Equal(3.5m, chengguan.GetProperty("serviceHours").GetDecimal());
        Assert.Equal(7, dashboard.GetProperty("byTownship").GetArrayLength()); // six committees and the social organizations' branch
        Assert.Contains(dashboard.GetProperty("bySector").Items(), s => s.GetProperty("name").GetString() == "社会组织");
        var own = await town.GetAsync(c.Api("/dashboard")).OkJsonAsync();
        Assert.Equal([c.Town], own.GetProperty("byTownship").Items().Select(t => t.GetProperty("organizationId").GetInt64()));
        await member.GetAsync(c.Api("/dashboard")).StatusAsync(HttpStatusCode.Forbidden);

        // Every ledger downloads as .xlsx.
        foreach (var ledger in new[] { "/ledgers/mobilization", "/ledgers/plans", "/ledgers/services", "/ledgers/badges", "/ledgers/commendation", "/ledgers/scores", "/ledgers/progress", "/ledgers/party-spirit", "/ledgers/four-finds", "/ledgers/study", "/ledgers/typical-models", "/ledgers/showcase" })
        {
            using var response = await c.OfficeApi.GetAsync(c.Api(ledger + "?format=xlsx"));
            Assert.True(response.StatusCode == HttpStatusCode.OK, ledger);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            Assert.True(bytes.Length > 100 && bytes[0] == (byte)'P' && bytes[1] == (byte)'K', ledger);
        }
    
        // The office's pages show the same record; the ledgers download through the browser's cookie too.
        var browser = await c.BrowserAsAsync($"{c.Code}-admin");
        foreach (var (page, expected) in new[]
        {
            ("/", "五个好"), ("/Dashboard", "城关镇党委"), ("/Mobilization", "按时召开"),
            ("/PartySpirit", "06-24 — 06-30"), ("/Dedication", "春季劳动竞赛"), ("/ServingThePeople", "五保户张大爷"), ("/Badges", "村务公开先锋岗"),
            ("/Innovation", "已命名"), ("/Commendation", "王强"), ("/Grading", "东关村党支部"), ("/Grading?round=2011上半年", "后进"),
            ("/Grading", "党建工作示范单位比例未逐轮提高"), ("/FiveModels", "赵丽"), ("/FiveModels?round=2011上半年", "25%"),
            ("/Study", "学习县委实施方案"), ("/TypicalModels", "党员致富带头人"), ("/Showcase", "城关镇先进典型经验交流会"), ("/", "城关镇先进典型经验交流会"),
        })
        {
            using var response = await browser.GetAsync(c.Page(page));
            var html = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{page}: {(int)response.StatusCode}");
            Assert.Contains(expected, html);
        }
        Assert.Contains("<svg", await browser.GetStringAsync(c.Page("/Dashboard")));
        var home = await browser.GetStringAsync($"/j/{c.Code}"); // the host's dashboard card
        Assert.Contains("创先争优 · 活动步骤", home);
        Assert.Contains("系统总结，完善机制", home);
        using (var viaCookie = await browser.GetAsync(c.Api("/ledgers/progress?format=xlsx")))
            Assert.Equal(HttpStatusCode.OK, viaCookie.StatusCode);
        var townBrowser = await c.BrowserAsAsync($"{c.Code}-town");
        var townDashboard = await townBrowser.GetStringAsync(c.Page("/Dashboard"));
        Assert.Contains("城关镇党委", townDashboard);
        Assert.DoesNotContain("河西乡党委", townDashboard);
    }

    [Fact]
    public async Task The_mobilization_page_records_meetings_and_files_plans_with_its_forms()
    {
        var c = await fixture.CreateCountyAsync("run-forms");
        c.At(2010, 5, 12);
        var office = await c.BrowserAsAsync($"{c.Code}-admin");
        var page = c.Page("/Mobilization");
        using (var county = await TestHost.SubmitFormAsync(office, page, new() { ["heldOn"] = "2010-05-10", ["attendees"] = "400" }, page + "?handler=County"))
            Assert.Contains("已记录县委发动大会", await county.Content.ReadAsStringAsync());

        var town = await c.BrowserAsAsync($"{c.Code}-town");
        var html = await town.GetStringAsync(page);
        Assert.DoesNotContain("记录县委发动大会", html); // the office's form only
        using (var early = await TestHost.SubmitFormAsync(town, page, new() { ["organizationId"] = c.Town.ToString(), ["heldOn"] = "2010-05-09" }, page + "?handler=Committee"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
            Assert.Contains("之后召开", await early.Content.ReadAsStringAsync());
        }
        using (var ok = await TestHost.SubmitFormAsync(town, page, new() { ["organizationId"] = c.Town.ToString(), ["heldOn"] = "2010-05-12" }, page + "?handler=Committee"))
            Assert.Contains("按时召开", await ok.Content.ReadAsStringAsync());

        var secretary = await c.ApiAsAsync($"{c.Code}-secretary");
        await secretary.PutAsJsonAsync(c.Api($"/plans/{c.Village}"), new { title = "东关村党支部实施方案", body = "践五新" }).OkJsonAsync();
        using (var returned = await TestHost.SubmitFormAsync(town, page, new() { ["organizationId"] = c.Village.ToString(), ["version"] = "1", ["comment"] = "目标不具体" }, page + "?handler=Return"))
            Assert.Contains("已退回修改", await returned.Content.ReadAsStringAsync());
        var plans = await c.OfficeApi.GetAsync(c.Api("/plans")).OkJsonAsync();
        Assert.Equal("Returned", plans.Row("organizationId", c.Village).GetProperty("state").GetString());
        Assert.Equal("目标不具体", plans.Row("organizationId", c.Village).GetProperty("comment").GetString());

        // The grading page's form: the township scores its village branch; the branch itself has no form.
        c.At(2011, 12, 20);
        var ranking = c.Page("/Grading");
        using (var scored = await TestHost.SubmitFormAsync(await c.BrowserAsAsync($"{c.Code}-town"), ranking, new()
        {
            ["organizationId"] = c.Village.ToString(), ["scoreRound"] = "2011下半年",
            ["leadership"] = "18", ["membership"] = "18", ["mechanisms"] = "18", ["results"] = "18", ["opinion"] = "18.5",
        }, ranking + "?handler=Score"))
        {
            var scoredPage = await scored.Content.ReadAsStringAsync();
            Assert.Contains("已保存评分", scoredPage);
            Assert.Contains("90.5", scoredPage);
        }
        Assert.DoesNotContain("为下级党组织评分", await (await c.BrowserAsAsync($"{c.Code}-secretary")).GetStringAsync(ranking));
    }

    [Fact]
    public async Task The_party_spirit_page_opens_the_public_evaluation_and_hands_out_codes_until_it_closes()
    {
        var c = await fixture.CreateCountyAsync("run-codes");
        c.At(2010, 6, 20);
        var page = c.Page("/PartySpirit");
        var office = await c.BrowserAsAsync($"{c.Code}-admin");
        var secretary = await c.BrowserAsAsync($"{c.Code}-secretary");
        Assert.DoesNotContain("发放评议码", await secretary.GetStringAsync(page)); // no round yet
        Assert.DoesNotContain("开启（或补开）本年度群众评议", await secretary.GetStringAsync(page)); // the office's button only
        using (var opened = await TestHost.SubmitFormAsync(office, page, new(), page + "?handler=Open"))
            Assert.True((int)opened.StatusCode is 302 or 303, $"{(int)opened.StatusCode}");
        Assert.Contains("发放评议码", await secretary.GetStringAsync(page));
        using (var bad = await TestHost.SubmitFormAsync(secretary, page, new() { ["organizationId"] = c.Village.ToString(), ["count"] = "0" }, page + "?handler=Codes"))
            Assert.Contains("一次发放 1 至 2000 个评议码", await bad.Content.ReadAsStringAsync()); // at the field
        using (var issued = await TestHost.SubmitFormAsync(secretary, page, new() { ["organizationId"] = c.Village.ToString(), ["count"] = "3" }, page + "?handler=Codes"))
        {
            var html = WebUtility.HtmlDecode(await issued.Content.ReadAsStringAsync());
            Assert.Contains("东关村党支部的评议码", html);
            Assert.Contains($"/evaluate/{c.Code}/", html);
            Assert.Equal(3, System.Text.RegularExpressions.Regex.Matches(html, "<td data-label=\"评议码\"><code>[A-Z0-9]{10}</code>").Count);
        }
        c.At(2010, 7, 1);
        var closed = await (await c.BrowserAsAsync($"{c.Code}-secretary")).GetStringAsync(page); // a new sign-in: the clock moved on
        Assert.Contains("本年度群众评议已截止", closed);
        Assert.DoesNotContain("发放评议码", closed);
    }
}
