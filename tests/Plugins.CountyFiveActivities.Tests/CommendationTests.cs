using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Plugins.CountyFiveActivities.Tests;

/// <summary>七一表彰: bottom-up, level by level (branch → committee → county), drop with a reason, the county approves before July 1.</summary>
public sealed class CommendationTests(CountyHost fixture) : IClassFixture<CountyHost>
{
    [Fact]
    public async Task A_nomination_rises_level_by_level_and_the_county_approves_it()
    {
        var c = await fixture.CreateCountyAsync("cm-chain");
        c.At(2011, 6, 1);
        var secretary = await c.ApiAsAsync($"{c.Code}-secretary");
        var member = await c.ApiAsAsync($"{c.Code}-member");
        var town = await c.ApiAsAsync($"{c.Code}-town");

        object Nomination(long nominee, string category = "ExcellentMember") => new { category, nomineeId = nominee, startOrganizationId = c.Village, reason = "带头致富，服务群众" };
        await member.PostAsJsonAsync(c.Api("/commendation"), Nomination(c.People["王强"])).StatusAsync(HttpStatusCode.Forbidden);
        await secretary.PostAsJsonAsync(c.Api("/commendation"), Nomination(c.People["周平"])).StatusAsync(HttpStatusCode.BadRequest, "nomineeId"); // not of this branch
        await secretary.PostAsJsonAsync(c.Api("/commendation"), Nomination(c.Town, "AdvancedOrganization")).StatusAsync(HttpStatusCode.BadRequest, "nomineeId"); // above it
        await secretary.PostAsJsonAsync(c.Api("/commendation"), new { category = "ExcellentMember", nomineeId = c.People["王强"], startOrganizationId = c.Village, reason = "" })
            .StatusAsync(HttpStatusCode.BadRequest, "reason");
        var n = await secretary.PostAsJsonAsync(c.Api("/commendation"), Nomination(c.People["王强"])).OkJsonAsync();
        var id = n.GetProperty("id").GetInt64();
        await secretary.PostAsJsonAsync(c.Api("/commendation"), Nomination(c.People["王强"])).StatusAsync(HttpStatusCode.BadRequest, "nomineeId"); // already in

        // The branch cannot approve; it endorses up to the township committee.
        await secretary.PostAsJsonAsync(c.Api($"/commendation/{id}/approve"), new { }).StatusAsync(HttpStatusCode.BadRequest, "decision");
        var atTown = await secretary.PostAsJsonAsync(c.Api($"/commendation/{id}/endorse"), new { reason = "支部大会通过" }).OkJsonAsync();
        Assert.Equal(c.Town, atTown.GetProperty("currentOrganizationId").GetInt64());
        // Now it waits at the township: the branch secretary has no say there.
        await secretary.PostAsJsonAsync(c.Api($"/commendation/{id}/endorse"), new { }).StatusAsync(HttpStatusCode.Forbidden);
        await town.PostAsJsonAsync(c.Api($"/commendation/{id}/endorse"), new { reason = "镇党委研究同意" }).OkJsonAsync();
        // At the county: the township cannot approve, the county office does.
        await town.PostAsJsonAsync(c.Api($"/commendation/{id}/approve"), new { }).StatusAsync(HttpStatusCode.Forbidden);
        var approved = await c.OfficeApi.PostAsJsonAsync(c.Api($"/commendation/{id}/approve"), new { reason = "县委审定" }).OkJsonAsync();
        Assert.Equal("Approved", approved.GetProperty("status").GetString());
        Assert.Equal(["Nominated", "Endorsed", "Endorsed", "Approved"], approved.GetProperty("steps").Items().Select(s => s.GetProperty("decision").GetString()));
        Assert.Equal([c.Village, c.Village, c.Town, c.Root], approved.GetProperty("steps").Items().Select(s => s.GetProperty("organizationId").GetInt64()));

        // A second one is dropped at the township, with a reason.
        var other = (await secretary.PostAsJsonAsync(c.Api("/commendation"), new { category = "ExcellentPartyWorker", nomineeId = c.People["李明"], startOrganizationId = c.Village, reason = "党务工作扎实" }).OkJsonAsync()).GetProperty("id").GetInt64();
        await secretary.PostAsJsonAsync(c.Api($"/commendation/{other}/endorse"), new { }).OkJsonAsync();
        await town.PostAsJsonAsync(c.Api($"/commendation/{other}/drop"), new { reason = " " }).StatusAsync(HttpStatusCode.BadRequest, "reason");
        await town.PostAsJsonAsync(c.Api($"/commendation/{other}/drop"), new { reason = "名额有限" }).OkJsonAsync();
        await town.PostAsJsonAsync(c.Api($"/commendation/{other}/endorse"), new { }).StatusAsync(HttpStatusCode.BadRequest, "status");

        var list = await c.OfficeApi.GetAsync(c.Api("/commendation")).OkJsonAsync();
        Assert.Equal(["已审定", "不予推荐"], list.Items().Select(r => r.GetProperty("statusName").GetString()));
        // The approved list is public within the county; the dropped one only to those who handle it.
        var seenByMember = await member.GetAsync(c.Api("/commendation")).OkJsonAsync();
        Assert.Equal(["王强"], seenByMember.Items().Select(r => r.GetProperty("nomineeName").GetString()));
        using var ledger = await c.OfficeApi.GetAsync(c.Api("/ledgers/commendation?format=csv"));
        var csv = await ledger.Content.ReadAsStringAsync();
        Assert.Contains("名额有限", csv);
    }

    [Fact]
    public async Task Nothing_moves_on_or_after_July_1()
    {
        var c = await fixture.CreateCountyAsync("cm-july");
        c.At(2011, 6, 29);
        var n = await c.OfficeApi.PostAsJsonAsync(c.Api("/commendation"), new { category = "AdvancedOrganization", nomineeId = c.Village, startOrganizationId = c.Town, reason = "五个好" }).OkJsonAsync();
        var id = n.GetProperty("id").GetInt64();
        await c.OfficeApi.PostAsJsonAsync(c.Api($"/commendation/{id}/endorse"), new { }).OkJsonAsync();
        var late = (await c.OfficeApi.PostAsJsonAsync(c.Api("/commendation"), new { category = "AdvancedOrganization", nomineeId = c.Community, startOrganizationId = c.Town, reason = "四有一创" }).OkJsonAsync()).GetProperty("id").GetInt64();
        await c.OfficeApi.PostAsJsonAsync(c.Api($"/commendation/{late}/endorse"), new { }).OkJsonAsync();

        c.At(2011, 6, 30, 23, 50);
        await c.OfficeApi.PostAsJsonAsync(c.Api($"/commendation/{id}/approve"), new { }).OkJsonAsync();
        c.At(2011, 7, 1, 0, 5);
        await c.OfficeApi.PostAsJsonAsync(c.Api($"/commendation/{late}/approve"), new { }).StatusAsync(HttpStatusCode.BadRequest, "date");
        await c.OfficeApi.PostAsJsonAsync(c.Api("/commendation"), new { category = "ExcellentMember", nomineeId = c.People["孙红"], startOrganizationId = c.Community, reason = "热心服务" })
            .StatusAsync(HttpStatusCode.BadRequest, "date");
    }

    [Fact]
    public async Task The_commendation_day_is_a_setting()
    {
        var c = await fixture.CreateCountyAsync("cm-setting", new() { ["commendation.before"] = "2011-06-20" });
        c.At(2011, 6, 20);
        await c.OfficeApi.PostAsJsonAsync(c.Api("/commendation"), new { category = "ExcellentMember", nomineeId = c.People["孙红"], startOrganizationId = c.Community, reason = "热心服务" })
            .StatusAsync(HttpStatusCode.BadRequest, "date");
    }

    [Fact]
    public async Task Each_step_counts_by_the_day_it_was_taken_so_the_office_may_record_it_after_July_1()
    {
        var c = await fixture.CreateCountyAsync("cm-dated"); // the document's dates: 七一 is 2011-07-01, the last day 06-30
        var secretary = await c.ApiAsAsync($"{c.Code}-secretary");
        var town = await c.ApiAsAsync($"{c.Code}-town");
        object Nomination(string? on) => new { category = "ExcellentMember", nomineeId = c.People["王强"], startOrganizationId = c.Village, reason = "带头致富", nominatedOn = on };

        // The day is within the campaign and not ahead of today.
        c.At(2011, 6, 10);
        await secretary.PostAsJsonAsync(c.Api("/commendation"), Nomination("2011-06-11")).StatusAsync(HttpStatusCode.BadRequest, "nominatedOn");
        await secretary.PostAsJsonAsync(c.Api("/commendation"), Nomination("2010-04-30")).StatusAsync(HttpStatusCode.BadRequest, "nominatedOn");

        // Months later the branch records the nomination it made in June: 06-30 counts, 07-01 (or today) does not.
        c.At(2012, 3, 1);
        await secretary.PostAsJsonAsync(c.Api("/commendation"), Nomination(null)).StatusAsync(HttpStatusCode.BadRequest, "date");
        await secretary.PostAsJsonAsync(c.Api("/commendation"), Nomination("2011-07-01")).StatusAsync(HttpStatusCode.BadRequest, "date");
        var n = await secretary.PostAsJsonAsync(c.Api("/commendation"), Nomination("2011-06-30")).OkJsonAsync();
        Assert.Equal("2011-06-30", n.GetProperty("nominatedOn").GetString());
        var id = n.GetProperty("id").GetInt64();

        // Each step likewise: not before the step it follows, and on or before 06-30.
        await secretary.PostAsJsonAsync(c.Api($"/commendation/{id}/endorse"), new { decidedOn = "2011-06-29" }).StatusAsync(HttpStatusCode.BadRequest, "decidedOn");
        await secretary.PostAsJsonAsync(c.Api($"/commendation/{id}/endorse"), new { decidedOn = "2011-06-30" }).OkJsonAsync();
        await town.PostAsJsonAsync(c.Api($"/commendation/{id}/endorse"), new { decidedOn = "2011-07-01" }).StatusAsync(HttpStatusCode.BadRequest, "date");
        await town.PostAsJsonAsync(c.Api($"/commendation/{id}/endorse"), new { decidedOn = "2011-06-30" }).OkJsonAsync();
        await c.OfficeApi.PostAsJsonAsync(c.Api($"/commendation/{id}/approve"), new { }).StatusAsync(HttpStatusCode.BadRequest, "date");
        var approved = await c.OfficeApi.PostAsJsonAsync(c.Api($"/commendation/{id}/approve"), new { decidedOn = "2011-06-30" }).OkJsonAsync();
        Assert.Equal("Approved", approved.GetProperty("status").GetString());
        Assert.All(approved.GetProperty("steps").Items(), s => Assert.Equal("2011-06-30", s.GetProperty("on").GetString()));

        using var ledger = await c.OfficeApi.GetAsync(c.Api("/ledgers/commendation?format=csv"));
        Assert.Contains("2011-06-30 审定", await ledger.Content.ReadAsStringAsync());
    }
}
