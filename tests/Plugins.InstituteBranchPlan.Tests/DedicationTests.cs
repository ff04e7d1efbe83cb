using System.Net;
using System.Net.Http.Json;
using static Plugins.InstituteBranchPlan.Tests.Institute;

namespace Plugins.InstituteBranchPlan.Tests;

/// <summary>三(二)2 岗位奉献 and 四(二) 党员示范岗 through the real host: contests, entries once each, results at the version read, model posts for all to see.</summary>
public sealed class DedicationTests(InstituteBranchPlanHost shared) : SharedHostTests<InstituteBranchPlanHost>(shared)
{
    [Fact]
    public async Task The_branch_sets_up_a_contest_members_enter_once_and_the_branch_records_the_results()
    {
        var institute = await CreateAsync(Host, "ci");
        var api = institute.Api(Plugin, "/dedication/contests");
        var branch = institute.Org["光栅室党支部"];
        var member = await Host.ApiClientAsync("ci-member");
        var secretary = await Host.ApiClientAsync("ci-secretary");

        var contest = new { branchId = branch, kind = "PostSkills", title = "光栅刻划岗位技能竞赛", heldOn = "2010-10-20" };
        await JsonAsync(await member.PostAsJsonAsync(api, contest), HttpStatusCode.Forbidden);
        var blank = await JsonAsync(await secretary.PostAsJsonAsync(api, new { branchId = branch, title = "" }), HttpStatusCode.BadRequest);
        Assert.Equal(["heldOn", "kind", "title"], blank.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order());
        var created = await JsonAsync(await secretary.PostAsJsonAsync(api, contest), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetInt64();
        Assert.Equal("岗位技能竞赛", created.GetProperty("kindName").GetString());

        // The member enters themselves, once; the branch enters a colleague; a member does not enter a colleague; another branch's member is not of it.
        await JsonAsync(await member.PostAsJsonAsync($"{api}/{id}/entries", new { }), HttpStatusCode.Created);
        await JsonAsync(await member.PostAsJsonAsync($"{api}/{id}/entries", new { }), HttpStatusCode.Conflict);
        await JsonAsync(await member.PostAsJsonAsync($"{api}/{id}/entries", new { personId = institute.People["李明"] }), HttpStatusCode.Forbidden);
        await JsonAsync(await (await Host.ApiClientAsync("ci-other")).PostAsJsonAsync($"{api}/{id}/entries", new { }), HttpStatusCode.NotFound);
        var foreign = await JsonAsync(await secretary.PostAsJsonAsync($"{api}/{id}/entries", new { personId = institute.People["陈红"] }), HttpStatusCode.BadRequest);
        Assert.True(foreign.GetProperty("errors").TryGetProperty("personId", out _));
        var both = await JsonAsync(await secretary.PostAsJsonAsync($"{api}/{id}/entries", new { personId = institute.People["李明"] }), HttpStatusCode.Created);
        Assert.Equal(2, both.GetProperty("entries").GetArrayLength());

        // Results: the branch only, a rank or an award, at the entry's version read.
        var wang = institute.People["王强"];
        await JsonAsync(await member.PutAsJsonAsync($"{api}/{id}/entries/{wang}", new { rank = 1, version = 1 }), HttpStatusCode.Forbidden);
        var noResult = await JsonAsync(await secretary.PutAsJsonAsync($"{api}/{id}/entries/{wang}", new { version = 1 }), HttpStatusCode.BadRequest);
        Assert.True(noResult.GetProperty("errors").TryGetProperty("award", out _));
        var ranked = await JsonAsync(await secretary.PutAsJsonAsync($"{api}/{id}/entries/{wang}", new { rank = 1, award = "一等奖", version = 1 }), HttpStatusCode.OK);
        Assert.Equal("一等奖", ranked.GetProperty("entries")[0].GetProperty("award").GetString());
        await JsonAsync(await secretary.PutAsJsonAsync($"{api}/{id}/entries/{wang}", new { rank = 2, version = 1 }), HttpStatusCode.Conflict);
        await JsonAsync(await secretary.PutAsJsonAsync($"{api}/{id}/entries/{institute.People["谭鑫"]}", new { rank = 2, version = 1 }), HttpStatusCode.NotFound);

        // The member sees their branch's contests with the result; the other branch's member sees none of 光栅室's.
        var seen = await JsonAsync(await member.GetAsync(api), HttpStatusCode.OK);
        Assert.Contains(seen.EnumerateArray(), b => b.GetProperty("branchId").GetInt64() == branch && b.GetProperty("contests").GetArrayLength() == 1);
        var other = await JsonAsync(await (await Host.ApiClientAsync("ci-other")).GetAsync(api), HttpStatusCode.OK);
        Assert.DoesNotContain(other.EnumerateArray(), b => b.GetProperty("branchId").GetInt64() == branch);
        Assert.Equal(HttpStatusCode.OK, (await institute.OfficeApi.GetAsync(institute.Api(Plugin, "/ledgers/dedication-contests"))).StatusCode);
    }

    [Fact]
    public async Task The_branch_assigns_model_posts_and_everyone_in_the_institute_sees_them()
    {
        var institute = await CreateAsync(Host, "ci");
        var api = institute.Api(Plugin, "/dedication/model-posts");
        var wang = institute.People["王强"];
        var post = new { personId = wang, postName = "光栅刻划机调试示范岗", shows = "攻坚克难，按期完成调试", from = "2010-10-01", to = "2010-12-31" };
        await JsonAsync(await (await Host.ApiClientAsync("ci-member")).PostAsJsonAsync(api, post), HttpStatusCode.Forbidden);
        await JsonAsync(await (await Host.ApiClientAsync("ci-other")).PostAsJsonAsync(api, post), HttpStatusCode.Forbidden);
        var backwards = await JsonAsync(await (await Host.ApiClientAsync("ci-secretary")).PostAsJsonAsync(api, post with { to = "2010-09-01" }), HttpStatusCode.BadRequest);
        Assert.True(backwards.GetProperty("errors").TryGetProperty("to", out _));

        // The deputy acts for the branch once the leading group is recorded.
        var deputy = await Host.ApiClientAsync("ci-deputy");
        await JsonAsync(await deputy.PostAsJsonAsync(api, post), HttpStatusCode.Forbidden);
        await JsonAsync(await institute.OfficeApi.PutAsJsonAsync(institute.Api(Plugin, $"/branches/{institute.Org["光栅室党支部"]}/leading-group"),
            new { leaderId = institute.People["巴音"], deputyIds = new[] { institute.People["冯树龙"] }, version = 0 }), HttpStatusCode.OK);
        var created = await JsonAsync(await deputy.PostAsJsonAsync(api, post), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetInt64();
        Assert.False(created.GetProperty("current").GetBoolean()); // 2010-09-10: not yet in its period

        var changed = await JsonAsync(await deputy.PutAsJsonAsync($"{api}/{id}", new { post.personId, post.postName, post.shows, from = "2010-09-01", post.to, version = 1 }),
            HttpStatusCode.OK);
        Assert.True(changed.GetProperty("current").GetBoolean());
        await JsonAsync(await deputy.PutAsJsonAsync($"{api}/{id}", new { post.personId, post.postName, post.shows, post.from, post.to, version = 1 }), HttpStatusCode.Conflict);

        // Everyone in the institute sees the list, the other branch's member too; the page shows the member their own post.
        var list = await JsonAsync(await (await Host.ApiClientAsync("ci-other")).GetAsync(api), HttpStatusCode.OK);
        Assert.Equal("王强", Assert.Single(list.EnumerateArray()).GetProperty("name").GetString());
        var page = System.Net.WebUtility.HtmlDecode(await (await Host.BrowserClientAsync("ci-member")).GetStringAsync(institute.Page(Plugin, "/Dedication")));
        Assert.Contains("我的党员示范岗", page);
        Assert.Contains("光栅刻划机调试示范岗", page);
        Assert.Equal(HttpStatusCode.OK, (await institute.OfficeApi.GetAsync(institute.Api(Plugin, "/ledgers/model-posts"))).StatusCode);
    }

    [Fact]
    public async Task On_the_page_a_member_enters_a_contest_and_a_refused_entry_shows_why()
    {
        var institute = await CreateAsync(Host, "ci");
        var created = await JsonAsync(await institute.OfficeApi.PostAsJsonAsync(institute.Api(Plugin, "/dedication/contests"),
            new { branchId = institute.Org["光栅室党支部"], kind = "Study", title = "创先争优知识学习竞赛", heldOn = "2010-10-26" }), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetInt64().ToString();
        var page = institute.Page(Plugin, "/Dedication");
        var member = await Host.BrowserClientAsync("ci-member");
        var entered = await TestHost.SubmitFormAsync(member, page, new() { ["contestId"] = id }, page + "?handler=Enter");
        Assert.Equal(HttpStatusCode.Redirect, entered.StatusCode);
        Assert.Contains("已报名", System.Net.WebUtility.HtmlDecode(await member.GetStringAsync(page)));

        var secretary = await Host.BrowserClientAsync("ci-secretary");
        var refused = await TestHost.SubmitFormAsync(secretary, page, new() { ["contestId"] = id, ["personId"] = institute.People["陈红"].ToString() }, page + "?handler=Enter");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("只有本支部党员可以参加本支部的竞赛", System.Net.WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        var again = await TestHost.SubmitFormAsync(secretary, page, new() { ["contestId"] = id, ["personId"] = institute.People["王强"].ToString() }, page + "?handler=Enter");
        Assert.Contains("王强 已报名该竞赛", System.Net.WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()));
    }
}

/// <summary>Where a branch picks a member on the institute's pages, the picker offers only that branch's members.</summary>
public sealed class BranchPickerTests(InstituteBranchPlanHost shared) : SharedHostTests<InstituteBranchPlanHost>(shared)
{
    [Fact]
    public async Task The_dedication_page_s_pickers_offer_only_the_branch_s_members()
    {
        var institute = await CreateAsync(Host, "ci");
        var (grating, laser) = (institute.Org["光栅室党支部"], institute.Org["激光室党支部"]);
        var page = System.Net.WebUtility.HtmlDecode(await (await Host.BrowserClientAsync("ci-admin")).GetStringAsync(institute.Page(Plugin, "/Dedication")));
        var gratingPart = page[page.IndexOf("<h2>光栅室党支部</h2>", StringComparison.Ordinal)..page.IndexOf("<h2>激光室党支部</h2>", StringComparison.Ordinal)];
        Assert.DoesNotContain("pickers/people", gratingPart); // the page's own list, searched in the page
        Assert.Contains($"value=\"{institute.People["王强"]}\"", gratingPart);
        Assert.DoesNotContain($"value=\"{institute.People["陈红"]}\"", gratingPart);
        var laserPart = page[page.IndexOf("<h2>激光室党支部</h2>", StringComparison.Ordinal)..];
        Assert.Contains($"value=\"{institute.People["陈红"]}\"", laserPart);
        Assert.DoesNotContain($"value=\"{institute.People["王强"]}\"", laserPart);

        // A deputy of the leading group has a plain member account, which the host's search shows only himself: the page's
        // list offers him the branch's members all the same.
        await JsonAsync(await institute.OfficeApi.PutAsJsonAsync(institute.Api(Plugin, $"/branches/{grating}/leading-group"),
            new { leaderId = institute.People["巴音"], deputyIds = new[] { institute.People["冯树龙"] }, version = 0 }), HttpStatusCode.OK);
        var deputy = System.Net.WebUtility.HtmlDecode(await (await Host.BrowserClientAsync("ci-deputy")).GetStringAsync(institute.Page(Plugin, "/Dedication")));
        Assert.Contains($"value=\"{institute.People["李明"]}\"", deputy);
        Assert.DoesNotContain($"value=\"{institute.People["陈红"]}\"", deputy);

        // The service still refuses a member of another branch sent by hand.
        var refused = await (await Host.ApiClientAsync("ci-secretary")).PostAsJsonAsync(institute.Api(Plugin, "/dedication/model-posts"),
            new { personId = institute.People["陈红"], postName = "示范岗", shows = "作表率", from = "2010-09-01" });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }
}
