using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Modular.Host.Demo;
using Modular.Identity;
using Modular.Jurisdictions;
using Modular.Organizations;
using Modular.Sdk.Core;
using Modular.Tests.Infrastructure;

namespace Modular.Tests.Demo;

public sealed class DemoHostFixture : IAsyncLifetime
{
    public TestHost Host { get; private set; } = null!;
    public async Task InitializeAsync() => Host = await TestHost.StartAsync([], "--Modular:SeedDemoData=true", $"--Modular:DemoPassword={TestHost.Password}");
    public async Task DisposeAsync() => await Host.DisposeAsync();
}

/// <summary>The demo data of issue 4: the five jurisdictions of RULES.md with believable organization trees and members.</summary>
public sealed class DemoDataTests(DemoHostFixture fixture) : IClassFixture<DemoHostFixture>
{
    private TestHost Host => fixture.Host;

    private static readonly string[] Codes = ["nei-mongol", "alxa-league", "alxa-right", "xx-city", "xx-county", "ciomp", "ciomp-grating", "county-gov"];

    private sealed record Roster(List<Organization> Organizations, List<Person> People, List<Officer> Officers, IReadOnlyList<OrganizationService.Node> Nodes);

    private async Task<Roster> ReadAsync(string code)
    {
        await using var scope = Host.App.Services.CreateAsyncScope();
        var jurisdiction = await Host.App.Services.GetRequiredService<JurisdictionDirectory>().FindByCodeAsync(code);
        Assert.NotNull(jurisdiction);
        scope.ServiceProvider.GetRequiredService<JurisdictionContext>().Set(jurisdiction);
        var db = scope.ServiceProvider.GetRequiredService<RosterDbContext>();
        return new Roster(await db.Organizations.AsNoTracking().ToListAsync(), await db.People.AsNoTracking().ToListAsync(),
            await db.Officers.AsNoTracking().ToListAsync(), await scope.ServiceProvider.GetRequiredService<OrganizationService>().NodesAsync());
    }

    [Fact]
    public async Task Every_demo_jurisdiction_has_a_branch_secretary_and_a_member_account_linked_to_the_roster()
    {
        foreach (var code in Codes)
        {
            var roster = await ReadAsync(code);
            await using var scope = Host.App.Services.CreateAsyncScope();
            var jurisdiction = (await Host.App.Services.GetRequiredService<JurisdictionDirectory>().FindByCodeAsync(code))!;
            scope.ServiceProvider.GetRequiredService<JurisdictionContext>().Set(jurisdiction);
            var users = await scope.ServiceProvider.GetRequiredService<Modular.Identity.UserAdmin>().ListAllAsync(jurisdiction.Id);
            var links = scope.ServiceProvider.GetRequiredService<Modular.Identity.Accounts.AccountLinks>();

            var secretary = users.Single(u => u.UserName == $"{code}-secretary");
            var secretaryPerson = await links.PersonOfUserAsync(secretary.Id);
            var branch = Assert.Single(roster.Officers, o => o.PersonId == secretaryPerson && o.Post == OfficerPost.Secretary).OrganizationId;
            Assert.Equal([$"organization-officer@{branch}"], secretary.Roles);

            var member = users.Single(u => u.UserName == $"{code}-member");
            var memberPerson = await links.PersonOfUserAsync(member.Id);
            Assert.Equal(branch, roster.People.Single(p => p.Id == memberPerson).OrganizationId);
            Assert.NotEqual(secretaryPerson, memberPerson);
        }
    }

    [Fact]
    public async Task Every_demo_jurisdiction_has_an_organization_tree_with_officers_and_members()
    {
        foreach (var code in Codes)
        {
            var roster = await ReadAsync(code);
            Assert.True(roster.Nodes.Count(n => n.ParentId is null) == 1, $"{code}: one root");
            Assert.True(roster.People.Count > 0, $"{code}: members");
            Assert.Contains(roster.Officers, o => o.Post == OfficerPost.Secretary && o.OrganizationId == roster.Nodes[0].Id);
            // Every party organization has members and a secretary who is one of its own members
            // (a campaign's leading group and its office are staffed from other units).
            foreach (var org in roster.Organizations.Where(o => o.Kind is not (OrganizationKind.LeadingGroup or OrganizationKind.LeadingGroupOffice)))
            {
                Assert.True(roster.People.Any(p => p.OrganizationId == org.Id), $"{code}: {org.Name} has members");
                var secretary = Assert.Single(roster.Officers, o => o.OrganizationId == org.Id && o.Post == OfficerPost.Secretary);
                Assert.Equal(org.Id, roster.People.Single(p => p.Id == secretary.PersonId).OrganizationId);
            }
        }
        Assert.InRange((await ReadAsync("alxa-right")).People.Count, 200, 900);
        Assert.InRange((await ReadAsync("xx-county")).People.Count, 200, 900);
        Assert.InRange((await ReadAsync("ciomp-grating")).People.Count, 15, 30);
        Assert.InRange((await ReadAsync("county-gov")).People.Count, 8, 14);
    }

    [Fact]
    public async Task The_demo_has_the_levels_the_rules_report_to_and_an_auditor_everywhere()
    {
        var all = (await Host.App.Services.GetRequiredService<JurisdictionDirectory>().ListAsync()).ToDictionary(j => j.Code);
        Assert.Equal(all["nei-mongol"].Id, all["alxa-league"].ParentId);
        Assert.Equal(all["alxa-league"].Id, all["alxa-right"].ParentId);
        Assert.Equal(all["xx-city"].Id, all["xx-county"].ParentId);
        Assert.Equal(all["ciomp"].Id, all["ciomp-grating"].ParentId);
        Assert.Equal(all["xx-county"].Id, all["county-gov"].ParentId); // the party group submits its reports to the county's leading group

        var banner = await ReadAsync("alxa-right");
        var office = Assert.Single(banner.Organizations, o => o.Kind == OrganizationKind.LeadingGroupOffice);
        Assert.Equal(OrganizationKind.LeadingGroup, banner.Organizations.Single(o => o.Id == office.ParentId).Kind);

        foreach (var code in Codes)
        {
            var auditor = await Host.ApiClientAsync(code + "-auditor");
            Assert.Equal(System.Net.HttpStatusCode.OK, (await auditor.GetAsync($"/api/j/{code}/people")).StatusCode);
        }
    }

    [Fact]
    public async Task Alxa_right_has_sumu_towns_gacha_and_communities_with_mongolian_names()
    {
        var roster = await ReadAsync("alxa-right");
        var sectors = roster.Organizations.Select(o => o.Sector).ToHashSet();
        Assert.Superset(new HashSet<Sector?> { Sector.Township, Sector.Village, Sector.Community, Sector.GovernmentOrgan, Sector.Park }, sectors);
        Assert.Contains(roster.Organizations, o => o.Name == "中共阿拉腾敖包镇委员会" && o.Kind == OrganizationKind.PartyCommittee && o.Sector == Sector.Township);
        Assert.Contains(roster.Organizations, o => o.Name.EndsWith("嘎查党支部", StringComparison.Ordinal) && o.Kind == OrganizationKind.Branch);

        var gacha = roster.Organizations.Where(o => o.Sector == Sector.Village).Select(o => o.Id).ToHashSet();
        var herders = roster.People.Where(p => gacha.Contains(p.OrganizationId)).ToList();
        Assert.True(herders.Count(p => p.Ethnicity == "蒙古族") > herders.Count * 0.7, "gacha members are mostly Mongolian");
        string[] elements = ["巴特尔", "其其格", "乌云", "毕力格", "额尔敦", "朝鲁", "斯琴", "高娃", "宝音", "德力格尔", "那仁", "格日乐", "阿拉坦",
            "巴图", "苏和", "孟和", "巴雅尔", "图雅", "塔娜", "吉雅", "那顺", "乌兰", "萨仁", "仓"];
        Assert.True(herders.Count(p => elements.Any(e => p.Name.Contains(e, StringComparison.Ordinal))) > herders.Count / 2, "gacha members mostly have Mongolian names");
        Assert.True(roster.People.Select(p => p.Name).Distinct().Count() > roster.People.Count * 0.95, "names are nearly all distinct");
        Assert.All(roster.People.GroupBy(p => p.OrganizationId), g => Assert.Equal(g.Count(), g.Select(p => p.Name).Distinct().Count()));
        Assert.Subset(new HashSet<string?> { "蒙古族", "汉族", "回族" }, roster.People.Select(p => p.Ethnicity).ToHashSet());

        // Outgoing members say where they went.
        var outgoing = roster.People.Where(p => p.IsOutgoing).ToList();
        Assert.NotEmpty(outgoing);
        Assert.All(outgoing, p => Assert.Contains(p.Whereabouts, new[] { "呼和浩特市", "包头市", "银川市", "乌海市", "阿拉善左旗巴彦浩特镇" }));

        // Every member's 在职状态 is filled in: most serve, retired teachers, workers and cadres are 离退休.
        Assert.DoesNotContain(roster.People, p => p.Employment == EmploymentStatus.Unspecified);
        Assert.True(roster.People.Count(p => p.Employment == EmploymentStatus.Serving) > roster.People.Count / 2, "most members serve");
        Assert.All(roster.People.Where(p => p.Post?.StartsWith("退休", StringComparison.Ordinal) == true), p => Assert.Equal(EmploymentStatus.Retired, p.Employment));
        Assert.Contains(roster.People, p => p.Employment == EmploymentStatus.Retired);
    }

    [Fact]
    public async Task Dates_are_believable_join_after_eighteen_full_a_year_later_probationers_recent()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        foreach (var code in Codes)
            foreach (var p in (await ReadAsync(code)).People)
            {
                Assert.InRange(p.BirthDate!.Value.Year, 1940, 1995);
                Assert.True(p.JoinedOn >= p.BirthDate.Value.AddYears(18), $"{p.Name} joined at 18 or later");
                if (p.Category == MemberCategory.Full) Assert.Equal(p.JoinedOn!.Value.AddYears(1), p.FullMemberOn);
                else
                {
                    Assert.Null(p.FullMemberOn);
                    Assert.True(p.JoinedOn > today.AddYears(-1), $"{p.Name} is a probationer of the last year");
                }
                Assert.True(p.FullMemberOn is null || p.FullMemberOn <= today);
            }
        Assert.Contains((await ReadAsync("xx-county")).People, p => p.Category == MemberCategory.Probationary);
    }

    [Fact]
    public async Task Each_node_counts_its_own_members_plus_its_childrens_and_the_sdk_roster_agrees()
    {
        foreach (var code in Codes)
        {
            var roster = await ReadAsync(code);
            await using var scope = Host.App.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<JurisdictionContext>().Set((await Host.App.Services.GetRequiredService<JurisdictionDirectory>().FindByCodeAsync(code))!);
            var sdk = scope.ServiceProvider.GetRequiredService<IRoster>();
            foreach (var node in roster.Nodes)
            {
                Assert.Equal(roster.People.Count(p => p.OrganizationId == node.Id), node.OwnMembers);
                Assert.Equal(node.OwnMembers + roster.Nodes.Where(c => c.ParentId == node.Id).Sum(c => c.SubtreeMembers), node.SubtreeMembers);
                Assert.Equal(node.SubtreeMembers, (await sdk.MembersAsync(new RosterQuery { SubtreeRootId = node.Id })).Count);
            }
            // Plugins read where each outgoing member went (the third-batch plan reaches every one of them).
            var whereabouts = (await sdk.MembersAsync(new RosterQuery())).ToDictionary(p => p.Id, p => p.Whereabouts);
            Assert.All(roster.People, p => Assert.Equal(p.Whereabouts, whereabouts[p.Id]));
            var employment = (await sdk.MembersAsync(new RosterQuery())).ToDictionary(p => p.Id, p => p.Employment);
            Assert.All(roster.People, p => Assert.Equal(p.Employment, employment[p.Id]));
            Assert.Equal(roster.People.Count, roster.Nodes.Where(n => n.ParentId is null).Sum(n => n.SubtreeMembers));
        }
    }

    [Fact]
    public async Task Leading_cadres_exist_and_the_county_government_party_group_is_all_leading_cadres()
    {
        foreach (var code in Codes)
            Assert.Contains((await ReadAsync(code)).People, p => p.IsLeadingCadre);
        var group = await ReadAsync("county-gov");
        var node = Assert.Single(group.Organizations);
        Assert.Equal((OrganizationKind.PartyGroup, Sector.GovernmentOrgan), (node.Kind, node.Sector!.Value));
        Assert.All(group.People, p => Assert.True(p.IsLeadingCadre, p.Post));
        Assert.Contains(group.People, p => p.Post == "县长");
        Assert.Contains(group.People, p => p.Post == "常务副县长");

        var county = await ReadAsync("xx-county");
        Assert.Superset(new HashSet<Sector?> { Sector.Township, Sector.Village, Sector.GovernmentOrgan, Sector.Health, Sector.Education, Sector.NonPublicEnterprise, Sector.SocialOrganization },
            county.Organizations.Select(o => o.Sector).ToHashSet());
        Assert.Equal(Sector.Research, Assert.Single((await ReadAsync("ciomp-grating")).Organizations).Sector);
    }

    [Fact]
    public async Task Seeding_again_adds_nothing()
    {
        var before = new Dictionary<string, (int, int, int)>();
        foreach (var code in Codes)
        {
            var r = await ReadAsync(code);
            before[code] = (r.Organizations.Count, r.People.Count, r.Officers.Count);
        }

        await DemoSeeder.SeedIfEmptyAsync(Host.App.Services, NullLogger.Instance, default);
        foreach (var code in Codes)
            Assert.Equal(DemoRoster.Result.None, await DemoRoster.SeedAsync(Host.App.Services, (await Host.App.Services.GetRequiredService<JurisdictionDirectory>().FindByCodeAsync(code))!));

        foreach (var code in Codes)
        {
            var r = await ReadAsync(code);
            Assert.Equal(before[code], (r.Organizations.Count, r.People.Count, r.Officers.Count));
        }
    }

    [Fact]
    public async Task A_user_of_the_banner_sees_the_seeded_tree_through_the_api()
    {
        var banner = (await Host.App.Services.GetRequiredService<JurisdictionDirectory>().FindByCodeAsync("alxa-right"))!;
        await Host.CreateUserAsync(banner.Id, "alxa-right-tester", Roles.JurisdictionAdmin);
        var api = await Host.ApiClientAsync("alxa-right-tester");
        var tree = await api.GetFromJsonAsync<JsonElement>("/api/j/alxa-right/organizations");
        var root = Assert.Single(tree.GetProperty("items").EnumerateArray(), n => n.GetProperty("parentId").ValueKind == JsonValueKind.Null);
        Assert.Equal("中共阿拉善右旗委员会", root.GetProperty("name").GetString());
        Assert.True(root.GetProperty("subtreeMembers").GetInt32() >= 200);
    }
}
