using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Modular.Identity;
using Modular.Tests.Infrastructure;
using static Modular.Tests.Roster.RosterTestKit;

namespace Modular.Tests.Roster;

/// <summary>The organization tree, the roster, transfers, masking, concurrency and the officer's subtree, through the API and the pages.</summary>
public sealed class OrganizationAndPeopleTests(RosterHostFixture fixture) : IClassFixture<RosterHostFixture>
{
    private TestHost Host => fixture.Host;

    private async Task<(HttpClient Admin, long Committee, long Town, long Branch1, long Branch2)> TreeAsync(string code)
    {
        await Host.CreateJurisdictionAsync(code, code + "旗");
        var admin = await Host.ApiClientAsync(code + "-admin");
        var committee = await admin.CreateOrganizationAsync(code, "W", "旗委", "党委");
        var town = await admin.CreateOrganizationAsync(code, "W01", "巴丹吉林镇党委", "党委", committee);
        var branch1 = await admin.CreateOrganizationAsync(code, "W0101", "第一党支部", "党支部", town);
        var branch2 = await admin.CreateOrganizationAsync(code, "W02", "机关党支部", "Branch", committee);
        return (admin, committee, town, branch1, branch2);
    }

    private static async Task<long> AddPersonAsync(HttpClient api, string j, long org, string name, string? phone = null, string? idNumber = null)
    {
        var response = await api.PostAsJsonAsync($"/api/j/{j}/people", new { name, organizationId = org, category = "正式党员", gender = "男", ethnicity = "蒙古族", phone, idNumber, birthDate = "1980-05-01" });
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.JsonAsync()).GetProperty("id").GetInt64();
    }

    [Fact]
    public async Task A_subtree_moves_but_never_under_itself_or_a_descendant_and_only_empty_organizations_are_deleted()
    {
        var (admin, committee, town, branch1, branch2) = await TreeAsync("tree-ops");

        var move = await admin.PostAsJsonAsync($"/api/j/tree-ops/organizations/{town}/move", new { parentId = branch2 });
        Assert.Equal(HttpStatusCode.NoContent, move.StatusCode);
        // The tree in display order: 旗委, 机关党支部, 巴丹吉林镇党委 under it, then the town's branch.
        var tree = (await admin.GetFromJsonAsync<JsonElement>("/api/j/tree-ops/organizations")).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["旗委", "机关党支部", "巴丹吉林镇党委", "第一党支部"], tree.Select(n => n.GetProperty("name").GetString()));
        Assert.Equal([0, 1, 2, 3], tree.Select(n => n.GetProperty("depth").GetInt32()));
        Assert.Equal(branch2, tree[2].GetProperty("parentId").GetInt64());
        Assert.Equal(town, tree[3].GetProperty("parentId").GetInt64());

        var underDescendant = await admin.PostAsJsonAsync($"/api/j/tree-ops/organizations/{committee}/move", new { parentId = branch1 });
        Assert.Equal(HttpStatusCode.BadRequest, underDescendant.StatusCode);
        Assert.Equal("不能把“旗委”移到它的下级组织“第一党支部”下面。", (await underDescendant.JsonAsync()).GetProperty("errors").GetProperty("parentId")[0].GetString());
        var underItself = await admin.PostAsJsonAsync($"/api/j/tree-ops/organizations/{town}/move?culture=en", new { parentId = town });
        Assert.Equal("Cannot move \"巴丹吉林镇党委\" under itself.", (await underItself.JsonAsync()).GetProperty("errors").GetProperty("parentId")[0].GetString());

        await AddPersonAsync(admin, "tree-ops", branch1, "巴特尔");
        var notEmpty = await admin.DeleteAsync($"/api/j/tree-ops/organizations/{branch1}");
        Assert.Equal(HttpStatusCode.BadRequest, notEmpty.StatusCode);
        Assert.Contains("还有党员", await notEmpty.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.DeleteAsync($"/api/j/tree-ops/organizations/{town}")).StatusCode);
        var spare = await admin.CreateOrganizationAsync("tree-ops", "W03", "空支部", "党支部", committee);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/j/tree-ops/organizations/{spare}")).StatusCode);

        var duplicate = await admin.PostAsJsonAsync("/api/j/tree-ops/organizations", new { code = "W01", name = "重复", kind = "党支部" });
        Assert.Equal("组织编号“W01”已被使用。", (await duplicate.JsonAsync()).GetProperty("errors").GetProperty("code")[0].GetString());

        var browser = await Host.BrowserClientAsync("tree-ops-admin");
        var page = await TestHost.SubmitFormAsync(browser, $"/j/tree-ops/organizations/{committee}", new() { ["parentId"] = branch1.ToString() }, $"/j/tree-ops/organizations/{committee}?handler=Move");
        Assert.Contains("不能把“旗委”移到它的下级组织“第一党支部”下面。", await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_tree_counts_own_members_and_subtree_totals_in_the_api_and_on_the_page()
    {
        var (admin, committee, town, branch1, branch2) = await TreeAsync("counts");
        foreach (var name in new[] { "甲", "乙", "丙" }) await AddPersonAsync(admin, "counts", branch1, name);
        var secretary = (await admin.PeopleAsync("counts")).Named("甲").GetProperty("id").GetInt64();
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PutAsJsonAsync($"/api/j/counts/organizations/{branch1}/officers", new { personId = secretary, post = "书记" })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PutAsJsonAsync($"/api/j/counts/organizations/{branch1}/officers", new { personId = secretary, post = "组织委员" })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/j/counts/organizations/{branch1}/officers/{secretary}/组织委员")).StatusCode);
        await AddPersonAsync(admin, "counts", town, "丁");
        await AddPersonAsync(admin, "counts", branch2, "戊");

        var nodes = (await admin.GetFromJsonAsync<JsonElement>("/api/j/counts/organizations")).GetProperty("items").EnumerateArray().ToList();
        (int, int) Counts(long id) { var n = nodes.Single(x => x.GetProperty("id").GetInt64() == id); return (n.GetProperty("ownMembers").GetInt32(), n.GetProperty("subtreeMembers").GetInt32()); }
        Assert.Equal((0, 5), Counts(committee));
        Assert.Equal((1, 4), Counts(town));
        Assert.Equal((3, 3), Counts(branch1));
        Assert.Equal((1, 1), Counts(branch2));

        var subtree = await admin.PeopleAsync("counts", $"?organizationId={town}");
        Assert.Equal(["丁", "丙", "乙", "甲"], subtree.Select(p => p.GetProperty("name").GetString()).Order());

        var browser = await Host.BrowserClientAsync("counts-admin");
        var page = await browser.GetStringAsync("/j/counts/organizations");
        Assert.Matches($"data-org=\"{town}\"[\\s\\S]*?class=\"own-members\"><a[^>]*>1</a></td>\\s*<td class=\"subtree-members\">4</td>", page);
        var roster = await browser.GetStringAsync($"/j/counts/people?organizationId={town}");
        Assert.Contains("class=\"pager\"", roster); // paged, sorted and filtered by the server (RosterListPageTests)
        Assert.Contains(">甲</a>", roster);
        Assert.DoesNotContain(">戊</a>", roster);
        Assert.Contains("/j/counts/people\"", await browser.GetStringAsync("/j/counts")); // sidebar link

        // The SDK's read-only views, as a plugin sees them for the current jurisdiction.
        await using var scope = Host.App.Services.CreateAsyncScope();
        var jurisdiction = await Host.App.Services.GetRequiredService<Modular.Jurisdictions.JurisdictionDirectory>().FindByCodeAsync("counts");
        scope.ServiceProvider.GetRequiredService<Modular.Jurisdictions.JurisdictionContext>().Set(jurisdiction!);
        var directory = scope.ServiceProvider.GetRequiredService<Modular.Sdk.Core.IOrganizationDirectory>();
        var sdkRoster = scope.ServiceProvider.GetRequiredService<Modular.Sdk.Core.IRoster>();
        Assert.Equal([town, branch1], (await directory.SubtreeAsync(town)).Select(o => o.Id));
        Assert.Equal(2, (await directory.FindAsync(branch1))!.Depth);
        Assert.Equal(Modular.Sdk.Core.Sector.Village, (await directory.FindAsync(branch1))!.Sector);
        Assert.Equal(4, (await directory.ListAsync()).Count);
        Assert.Equal([new Modular.Sdk.Core.OfficerInfo(branch1, secretary, Modular.Sdk.Core.OfficerPost.Secretary)], await directory.OfficersAsync(branch1));
        Assert.Equal(4, (await sdkRoster.MembersAsync(new Modular.Sdk.Core.RosterQuery { SubtreeRootId = town })).Count);
        Assert.Equal(5, (await sdkRoster.MembersAsync(new Modular.Sdk.Core.RosterQuery())).Count);
        // Counted in the database, each organization its own members only, as the tree's ownMembers above.
        Assert.Equal(new Dictionary<long, int> { [town] = 1, [branch1] = 3, [branch2] = 1 }, await sdkRoster.HeadcountsAsync(new Modular.Sdk.Core.RosterQuery()));
        Assert.Equal(new Dictionary<long, int> { [town] = 1, [branch1] = 3 }, await sdkRoster.HeadcountsAsync(new Modular.Sdk.Core.RosterQuery { SubtreeRootId = town }));
        // Each member's organization, by id: what the members' list says, without the rest of each member.
        var everyone = await sdkRoster.MembersAsync(new Modular.Sdk.Core.RosterQuery { SubtreeRootId = town });
        Assert.Equal(everyone.ToDictionary(p => p.Id, p => p.OrganizationId), await sdkRoster.PlacesAsync(new Modular.Sdk.Core.RosterQuery { SubtreeRootId = town }));
        await using (var fresh = Host.App.Services.CreateAsyncScope()) // read from the database, not from the members read above
        {
            fresh.ServiceProvider.GetRequiredService<Modular.Jurisdictions.JurisdictionContext>().Set(jurisdiction!);
            var places = fresh.ServiceProvider.GetRequiredService<Modular.Sdk.Core.IRoster>();
            Assert.Equal(everyone.ToDictionary(p => p.Id, p => p.OrganizationId), await places.PlacesAsync(new Modular.Sdk.Core.RosterQuery { SubtreeRootId = town }));
            Assert.Equal(5, (await places.PlacesAsync(new Modular.Sdk.Core.RosterQuery())).Count);
        }
    }

    [Fact]
    public async Task The_instance_keeps_each_jurisdiction_s_tree_between_requests_until_any_instance_changes_it()
    {
        var (admin, committee, town, _, _) = await TreeAsync("tree-kept");
        var (_, otherCommittee, _, _, _) = await TreeAsync("tree-kept-other");
        var cache = Host.App.Services.GetRequiredService<Modular.Organizations.OrganizationTreeCache>();
        async Task<string> TownNameAsync(string code, long id)
        {
            await using var scope = Host.App.Services.CreateAsyncScope();
            var jurisdiction = await Host.App.Services.GetRequiredService<Modular.Jurisdictions.JurisdictionDirectory>().FindByCodeAsync(code);
            scope.ServiceProvider.GetRequiredService<Modular.Jurisdictions.JurisdictionContext>().Set(jurisdiction!);
            return (await scope.ServiceProvider.GetRequiredService<Modular.Sdk.Core.IOrganizationDirectory>().FindAsync(id))?.Name ?? "(none)";
        }
        async Task<(int Id, long Version)> VersionAsync(string code) =>
            (await Sql.ScalarAsync<int>(Host.ConnectionString, $"select id from jurisdictions.jurisdictions where code = '{code}'"),
             await Sql.ScalarAsync<long>(Host.ConnectionString, $"select version from roster.organization_tree_versions v join jurisdictions.jurisdictions j on j.id = v.jurisdiction_id where j.code = '{code}'"));

        Assert.Equal("巴丹吉林镇党委", await TownNameAsync("tree-kept", town));
        var (id, version) = await VersionAsync("tree-kept");
        var kept = cache.Find(id, version);
        Assert.NotNull(kept); // the next request finds it here: one row read, not the organizations
        Assert.Equal("巴丹吉林镇党委", await TownNameAsync("tree-kept", town));
        Assert.Same(kept, cache.Find(id, version));

        // Renamed through the API, and behind this instance's back (another instance, or psql): each is seen at once.
        var renamed = await admin.PutAsJsonAsync($"/api/j/tree-kept/organizations/{town}", new { code = "W01", name = "雅布赖镇党委", kind = "党委", parentId = committee });
        Assert.True(renamed.IsSuccessStatusCode, await renamed.Content.ReadAsStringAsync());
        Assert.Equal("雅布赖镇党委", await TownNameAsync("tree-kept", town));
        await Sql.ExecuteAsync(Host.ConnectionString, $"update roster.organizations set name = '阿拉腾朝格镇党委' where id = {town}");
        Assert.NotEqual(version, (await VersionAsync("tree-kept")).Version);
        Assert.Equal("阿拉腾朝格镇党委", await TownNameAsync("tree-kept", town));

        // Each jurisdiction its own: the other's tree and version are untouched and never answer for this one.
        Assert.Equal("(none)", await TownNameAsync("tree-kept", otherCommittee));
        Assert.Equal("旗委", await TownNameAsync("tree-kept-other", otherCommittee));
    }

    [Fact]
    public async Task Other_modules_join_the_rosters_members_in_SQL_each_jurisdiction_its_own_and_first_attendances_count_where_members_are_now()
    {
        var (admin, _, town, branch1, branch2) = await TreeAsync("members-view");
        var (a, b, c) = (await AddPersonAsync(admin, "members-view", branch1, "甲"), await AddPersonAsync(admin, "members-view", branch1, "乙"), await AddPersonAsync(admin, "members-view", town, "丙"));
        var (otherAdmin, _, _, otherBranch, _) = await TreeAsync("members-other");
        await AddPersonAsync(otherAdmin, "members-other", otherBranch, "丁");

        async Task<AsyncServiceScope> ScopeAsync(string code)
        {
            var scope = Host.App.Services.CreateAsyncScope();
            var jurisdiction = await Host.App.Services.GetRequiredService<Modular.Jurisdictions.JurisdictionDirectory>().FindByCodeAsync(code);
            scope.ServiceProvider.GetRequiredService<Modular.Jurisdictions.JurisdictionContext>().Set(jurisdiction!);
            return scope;
        }
        const string Training = "test.training";
        await using (var scope = await ScopeAsync("members-view"))
        {
            var events = scope.ServiceProvider.GetRequiredService<Modular.Sdk.Scheduling.ICampaignEvents>();
            Modular.Sdk.Scheduling.EventDraft Session(DateOnly day) => new(Training, Modular.Sdk.Scheduling.EventCategories.Training, town, "轮训", day, 8);
            Assert.True((await events.CreateAsync(Session(new(2011, 7, 10)), [new(a), new(b, false, "病假"), new(c)])).Succeeded);
            Assert.True((await events.CreateAsync(Session(new(2011, 8, 10)), [new(a), new(b)])).Succeeded);
            var lecture = Session(new(2011, 9, 1)) with { Title = "宣讲", Details = new Dictionary<string, string> { ["kind"] = "lecture" } };
            Assert.True((await events.CreateAsync(lecture, [new(a), new(c, false, "外出")])).Succeeded);

            // Each member counted once, in the month of their first session, under the organization they belong to.
            Assert.Equal([(town, 2011, 7, 1), (branch1, 2011, 7, 1), (branch1, 2011, 8, 1)], // ids in the order they were made
                (await events.FirstAttendancesAsync(Training, new(2011, 12, 31))).Select(f => (f.OrganizationId, f.Year, f.Month, f.People)).Order());
            Assert.Equal([(town, 2011, 7, 1), (branch1, 2011, 7, 1)],
                (await events.FirstAttendancesAsync(Training, new(2011, 7, 31))).Select(f => (f.OrganizationId, f.Year, f.Month, f.People)).Order());

            // Who attended any matching session, per organization where they are now, each once; by a detail, or all but it.
            var lectures = new Modular.Sdk.Scheduling.EventDetailFilter("kind", ["lecture"]);
            Assert.Equal(new Dictionary<long, int> { [town] = 1, [branch1] = 2 }, await events.AttendeeHeadcountsAsync(new(Training)));
            Assert.Equal(new Dictionary<long, int> { [branch1] = 1 }, await events.AttendeeHeadcountsAsync(new(Training) { Detail = lectures }));
            Assert.Equal(new Dictionary<long, int> { [town] = 1, [branch1] = 2 }, await events.AttendeeHeadcountsAsync(new(Training) { Detail = lectures with { Except = true } }));
            Assert.Equal([a], (await events.AttendedAnyAsync(new(Training) { Detail = lectures })).Order());
            Assert.Equal([b, c], (await events.AttendedAnyAsync(new(Training) { Detail = lectures with { Except = true } }, [b, c, 999_999])).Order());
            Assert.Empty(await events.AttendedAnyAsync(new(Training) { Detail = lectures }, [c]));   // c was away from the lecture

            // The view as any module's context sees it: this jurisdiction's members only.
            var schedules = scope.ServiceProvider.GetRequiredService<Modular.Schedules.SchedulesDbContext>();
            Assert.Equal([a, b, c], await schedules.RosterMembers.Select(m => m.PersonId).OrderBy(id => id).ToListAsync());
            // Many people by id: one query, unknown ids left out.
            var found = await scope.ServiceProvider.GetRequiredService<Modular.Sdk.Core.IRoster>().FindManyAsync([a, b, c, 999_999]);
            Assert.Equal([("甲", branch1), ("乙", branch1), ("丙", town)], new[] { a, b, c }.Select(id => (found[id].Name, found[id].OrganizationId)));
            Assert.Equal(3, found.Count);
        }
        var moved = await admin.PostAsJsonAsync($"/api/j/members-view/people/{a}/transfer", new { toOrganizationId = branch2, on = "2011-09-01" });
        Assert.True(moved.IsSuccessStatusCode, await moved.Content.ReadAsStringAsync());
        await using (var scope = await ScopeAsync("members-view"))
        {
            var events = scope.ServiceProvider.GetRequiredService<Modular.Sdk.Scheduling.ICampaignEvents>();
            Assert.Equal([(town, 2011, 7, 1), (branch1, 2011, 8, 1), (branch2, 2011, 7, 1)],
                (await events.FirstAttendancesAsync(Training, new(2011, 12, 31))).Select(f => (f.OrganizationId, f.Year, f.Month, f.People)).Order());
            // The lecture's one attendee counts where they are now.
            Assert.Equal(new Dictionary<long, int> { [branch2] = 1 },
                await events.AttendeeHeadcountsAsync(new(Training) { Detail = new Modular.Sdk.Scheduling.EventDetailFilter("kind", ["lecture"]) }));
        }
        await using (var scope = await ScopeAsync("members-other"))
        {
            Assert.Empty(await scope.ServiceProvider.GetRequiredService<Modular.Sdk.Scheduling.ICampaignEvents>().FirstAttendancesAsync(Training, new(2011, 12, 31)));
            Assert.Empty(await scope.ServiceProvider.GetRequiredService<Modular.Sdk.Scheduling.ICampaignEvents>().AttendeeHeadcountsAsync(new(Training)));
            Assert.Single(await scope.ServiceProvider.GetRequiredService<Modular.Schedules.SchedulesDbContext>().RosterMembers.ToListAsync());
            Assert.Empty(await scope.ServiceProvider.GetRequiredService<Modular.Sdk.Core.IRoster>().FindManyAsync([a, b, c]));
        }
    }

    [Fact]
    public async Task The_directory_reads_the_tree_once_per_scope_and_again_after_the_roster_saves()
    {
        var (_, committee, town, _, _) = await TreeAsync("tree-cache");
        await using var scope = Host.App.Services.CreateAsyncScope();
        var jurisdiction = await Host.App.Services.GetRequiredService<Modular.Jurisdictions.JurisdictionDirectory>().FindByCodeAsync("tree-cache");
        scope.ServiceProvider.GetRequiredService<Modular.Jurisdictions.JurisdictionContext>().Set(jurisdiction!);
        var directory = scope.ServiceProvider.GetRequiredService<Modular.Sdk.Core.IOrganizationDirectory>();

        var tree = await directory.TreeAsync();
        Assert.Same(tree, await directory.TreeAsync());                // one read per request, however often services ask
        Assert.Equal(committee, tree.Root!.Id);
        Assert.Equal(town, (await directory.FindAsync(town))!.Id);     // lookups walk the same tree

        var db = scope.ServiceProvider.GetRequiredService<Modular.Organizations.RosterDbContext>();
        var added = new Modular.Organizations.Organization { Code = "W0102", Name = "第二党支部", Kind = Modular.Sdk.Core.OrganizationKind.Branch, ParentId = town };
        db.Organizations.Add(added);
        await db.SaveChangesAsync();

        var after = await directory.TreeAsync();                        // the save is seen in the same request
        Assert.NotSame(tree, after);
        Assert.Equal(town, after.Find(added.Id)!.ParentId);
        Assert.Contains(added.Id, (await directory.SubtreeAsync(town)).Select(o => o.Id));
    }

    [Fact]
    public async Task The_roster_answers_each_question_once_per_scope_and_again_after_a_save_or_an_import()
    {
        var (admin, _, town, branch1, _) = await TreeAsync("roster-cache");
        await AddPersonAsync(admin, "roster-cache", branch1, "甲");
        await using var scope = Host.App.Services.CreateAsyncScope();
        var jurisdiction = await Host.App.Services.GetRequiredService<Modular.Jurisdictions.JurisdictionDirectory>().FindByCodeAsync("roster-cache");
        scope.ServiceProvider.GetRequiredService<Modular.Jurisdictions.JurisdictionContext>().Set(jurisdiction!);
        var roster = scope.ServiceProvider.GetRequiredService<Modular.Sdk.Core.IRoster>();
        var everyone = new Modular.Sdk.Core.RosterQuery();

        var stayers = new Modular.Sdk.Core.RosterQuery { IncludeOutgoing = false };
        var subtree = new Modular.Sdk.Core.RosterQuery { SubtreeRootId = town };
        var headcounts = await roster.HeadcountsAsync(stayers);
        Assert.Same(headcounts, await roster.HeadcountsAsync(new Modular.Sdk.Core.RosterQuery { IncludeOutgoing = false })); // asked again by another item: not read again
        Assert.Equal(new Dictionary<long, int> { [branch1] = 1 }, headcounts);
        var underTown = await roster.MembersAsync(subtree);
        Assert.Same(underTown, await roster.MembersAsync(subtree));
        var members = await roster.MembersAsync(everyone);
        Assert.Same(members, await roster.MembersAsync(everyone));     // one read per request, however many items ask
        Assert.Equal(["甲"], (await roster.MembersAsync(stayers)).Select(p => p.Name));

        var db = scope.ServiceProvider.GetRequiredService<Modular.Organizations.RosterDbContext>();
        db.People.Add(new Modular.Organizations.Person { Name = "乙", OrganizationId = town, IsOutgoing = true });
        await db.SaveChangesAsync();
        Assert.Equal(["甲", "乙"], (await roster.MembersAsync(everyone)).Select(p => p.Name));   // the save is seen in the same request
        Assert.Equal(["甲"], (await roster.MembersAsync(stayers)).Select(p => p.Name));
        Assert.Equal(["甲", "乙"], (await roster.MembersAsync(subtree)).Select(p => p.Name));
        Assert.Equal(new Dictionary<long, int> { [branch1] = 1, [town] = 1 }, await roster.HeadcountsAsync(everyone));

        // An import writes by COPY, around SaveChanges: seen all the same (its announcements' handlers read the roster next).
        var imported = await scope.ServiceProvider.GetRequiredService<Modular.Organizations.RosterImporter>().ImportAsync(
            new Modular.Organizations.RosterTable(["姓名", "所在组织编号", "人员类别"], [(2, ["丙", "W01", "正式党员"])]));
        Assert.True(imported.Added == 1, string.Join("; ", imported.Errors.Select(e => e.ToString())) + string.Join("; ", imported.Warnings));
        Assert.Equal(["甲", "乙", "丙"], (await roster.MembersAsync(everyone)).Select(p => p.Name));
        Assert.Equal(new Dictionary<long, int> { [branch1] = 1, [town] = 2 }, await roster.HeadcountsAsync(everyone));
    }

    [Fact]
    public async Task A_transfer_moves_the_member_and_keeps_the_history_shown_on_the_roster_page()
    {
        var (admin, _, town, branch1, branch2) = await TreeAsync("transfers");
        var id = await AddPersonAsync(admin, "transfers", branch1, "乌云");

        var first = await admin.PostAsJsonAsync($"/api/j/transfers/people/{id}/transfer", new { toOrganizationId = branch2, on = "2011-03-01", note = "工作调动" });
        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsJsonAsync($"/api/j/transfers/people/{id}/transfer", new { toOrganizationId = town, on = "2011-06-01" })).StatusCode);
        var same = await admin.PostAsJsonAsync($"/api/j/transfers/people/{id}/transfer", new { toOrganizationId = town });
        Assert.Equal(HttpStatusCode.BadRequest, same.StatusCode);

        var person = await admin.GetFromJsonAsync<JsonElement>($"/api/j/transfers/people/{id}");
        Assert.Equal(town, person.GetProperty("person").GetProperty("organizationId").GetInt64());
        var history = person.GetProperty("transfers").EnumerateArray().Select(t => (t.GetProperty("fromOrganization").GetString(), t.GetProperty("toOrganization").GetString(), t.GetProperty("transferredOn").GetString())).ToList();
        Assert.Equal([("第一党支部", "机关党支部", "2011-03-01"), ("机关党支部", "巴丹吉林镇党委", "2011-06-01")], history);

        var browser = await Host.BrowserClientAsync("transfers-admin");
        var page = await TestHost.SubmitFormAsync(browser, $"/j/transfers/people/{id}", new() { ["toOrganizationId"] = branch1.ToString(), ["on"] = "2012-01-01", ["note"] = "返回原支部" }, $"/j/transfers/people/{id}?handler=Transfer");
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("已办理组织关系转接。", html);
        Assert.Contains("<td>2012-01-01</td><td>巴丹吉林镇党委</td><td>第一党支部</td><td>返回原支部</td>", html);
    }

    [Fact]
    public async Task Phone_and_id_number_are_masked_for_members_but_not_for_the_admin()
    {
        var (admin, _, _, branch1, _) = await TreeAsync("masking");
        var idNumber = IdNumber("15040219800501123");
        var id = await AddPersonAsync(admin, "masking", branch1, "其其格", "13812345678", idNumber);
        await Host.CreateUserAsync((await Host.App.Services.GetRequiredService<Modular.Jurisdictions.JurisdictionDirectory>().FindByCodeAsync("masking"))!.Id, "masking-member", Roles.Member);
        var member = await Host.ApiClientAsync("masking-member");

        var asAdmin = (await admin.GetFromJsonAsync<JsonElement>($"/api/j/masking/people/{id}")).GetProperty("person");
        Assert.Equal("13812345678", asAdmin.GetProperty("phone").GetString());
        Assert.Equal(idNumber, asAdmin.GetProperty("idNumber").GetString());
        var asMember = (await member.GetFromJsonAsync<JsonElement>($"/api/j/masking/people/{id}")).GetProperty("person");
        Assert.Equal("138****5678", asMember.GetProperty("phone").GetString());
        Assert.Equal("1504**********" + idNumber[^4..], asMember.GetProperty("idNumber").GetString());
        Assert.True(asMember.GetProperty("masked").GetBoolean());
        Assert.Equal("138****5678", (await member.PeopleAsync("masking")).Named("其其格").GetProperty("phone").GetString());
        Assert.DoesNotContain("13812345678", await (await member.GetAsync("/api/j/masking/people/export?format=csv")).Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Forbidden, (await member.PutAsJsonAsync($"/api/j/masking/people/{id}", new { name = "改名" })).StatusCode);
        var memberBrowser = await Host.BrowserClientAsync("masking-member");
        var page = await memberBrowser.GetStringAsync($"/j/masking/people/{id}");
        Assert.Contains("138****5678", page);
        Assert.DoesNotContain("13812345678", page);
    }

    [Fact]
    public async Task A_stale_version_is_refused_with_409_in_the_api_and_a_message_on_the_page()
    {
        var (admin, _, _, branch1, _) = await TreeAsync("concurrency");
        var id = await AddPersonAsync(admin, "concurrency", branch1, "阿拉坦");
        var version = (await admin.GetFromJsonAsync<JsonElement>($"/api/j/concurrency/people/{id}")).GetProperty("person").GetProperty("version").GetInt32();

        var first = await admin.PutAsJsonAsync($"/api/j/concurrency/people/{id}", new { name = "阿拉坦仓", category = "正式党员", version });
        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        var second = await admin.PutAsJsonAsync($"/api/j/concurrency/people/{id}", new { name = "阿拉坦其其格", category = "正式党员", version });
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("阿拉坦仓", (await admin.GetFromJsonAsync<JsonElement>($"/api/j/concurrency/people/{id}")).GetProperty("person").GetProperty("name").GetString());

        var browser = await Host.BrowserClientAsync("concurrency-admin");
        var page = await TestHost.SubmitFormAsync(browser, $"/j/concurrency/people/{id}", new() { ["Name"] = "网页改名", ["Category"] = "Full", ["Standing"] = "Normal", ["Version"] = version.ToString() });
        Assert.Contains("他人已修改了此内容，请刷新后重试。", await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_organization_officer_edits_only_inside_their_subtree()
    {
        var (admin, committee, town, branch1, branch2) = await TreeAsync("officer");
        var inside = await AddPersonAsync(admin, "officer", branch1, "宝音", "13900001111");
        var outside = await AddPersonAsync(admin, "officer", branch2, "李明", "13900002222");
        var jurisdictionId = (await Host.App.Services.GetRequiredService<Modular.Jurisdictions.JurisdictionDirectory>().FindByCodeAsync("officer"))!.Id;
        await Host.CreateUserAsync(jurisdictionId, "officer-town", Roles.OrganizationOfficer, town);
        var officer = await Host.ApiClientAsync("officer-town");

        Assert.Equal(HttpStatusCode.Created, (await officer.PostAsJsonAsync("/api/j/officer/people", new { name = "新党员", organizationId = branch1, category = "预备党员" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsJsonAsync("/api/j/officer/people", new { name = "越权", organizationId = branch2, category = "预备党员" })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await officer.PutAsJsonAsync($"/api/j/officer/people/{inside}", new { name = "宝音图", category = "正式党员", phone = "13900001111" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PutAsJsonAsync($"/api/j/officer/people/{outside}", new { name = "李明明", category = "正式党员" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsJsonAsync($"/api/j/officer/people/{inside}/transfer", new { toOrganizationId = branch2 })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await officer.PostAsJsonAsync("/api/j/officer/organizations", new { code = "W0102", name = "第二党支部", kind = "党支部", parentId = town })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsJsonAsync("/api/j/officer/organizations", new { code = "W04", name = "越权支部", kind = "党支部", parentId = committee })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsJsonAsync($"/api/j/officer/organizations/{branch1}/move", new { parentId = branch2 })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.ImportAsync("officer", "姓名,人员类别,所在组织\n甲,正式党员,第一党支部\n"u8.ToArray(), "a.csv")).StatusCode);

        var people = await officer.PeopleAsync("officer");
        Assert.Equal("13900001111", people.Named("宝音图").GetProperty("phone").GetString());
        Assert.Equal("139****2222", people.Named("李明").GetProperty("phone").GetString());
    }
}
