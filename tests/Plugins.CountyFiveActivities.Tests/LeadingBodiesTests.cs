using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Plugins.CountyFiveActivities.Tests;

/// <summary>
/// 组建领导机构和工作机构 (二(一)1) through the SDK's leading-bodies block: the county and every committee set up both bodies by the
/// end of stage 1 (05-31 on time, 06-01 late, missing after it overdue), who may set them, bad input, and isolation.
/// </summary>
public sealed class LeadingBodiesTests(CountyHost fixture) : IClassFixture<CountyHost>
{
    private static object Group(long head, long[]? members = null, int version = 0) =>
        new { type = "LeadingGroup", headId = head, deputyIds = Array.Empty<long>(), memberIds = members ?? [], version };

    private static object Office(long head, string? others = null, int version = 0) =>
        new { type = "WorkingOffice", headId = head, memberIds = Array.Empty<long>(), others, version };

    [Fact]
    public async Task Both_bodies_by_the_end_of_stage_1_are_on_time_the_day_after_is_late_and_missing_ones_are_overdue()
    {
        var c = await fixture.CreateCountyAsync("lb-due");
        c.At(2010, 5, 31, 23, 59);
        await c.OfficeApi.PutAsJsonAsync(c.Api($"/mobilization/bodies/{c.Town}"), Group(c.People["李明"], [c.People["王强"]])).OkJsonAsync();
        var saved = await c.OfficeApi.PutAsJsonAsync(c.Api($"/mobilization/bodies/{c.Town}"), Office(c.People["赵丽"], "王干事、刘干事")).OkJsonAsync();
        Assert.Equal(["王干事", "刘干事"], saved.GetProperty("office").GetProperty("seats").Items().Skip(1).Select(s => s.GetProperty("name").GetString()));
        await c.OfficeApi.PutAsJsonAsync(c.Api($"/mobilization/bodies/{c.Town2}"), Group(c.People["周平"])).OkJsonAsync();
        var rows = (await c.OfficeApi.GetAsync(c.Api("/mobilization/bodies")).OkJsonAsync()).GetProperty("rows");
        Assert.Equal(7, rows.GetArrayLength()); // the county and its six committees
        Assert.Equal("Done", rows.Row("organizationId", c.Town).GetProperty("status").GetString());
        Assert.Equal("Pending", rows.Row("organizationId", c.Town2).GetProperty("status").GetString()); // the group alone is not enough

        c.At(2010, 6, 1, 0, 10);
        await c.OfficeApi.PutAsJsonAsync(c.Api($"/mobilization/bodies/{c.Town2}"), Office(c.People["周平"])).OkJsonAsync();
        // A change after the day does not make the on-time bodies late: they count from when they were set up.
        await c.OfficeApi.PutAsJsonAsync(c.Api($"/mobilization/bodies/{c.Town}"), Group(c.People["李明"], [c.People["王强"], c.People["孙红"]], version: 1)).OkJsonAsync();
        rows = (await c.OfficeApi.GetAsync(c.Api("/mobilization/bodies")).OkJsonAsync()).GetProperty("rows");
        Assert.Equal("Done", rows.Row("organizationId", c.Town).GetProperty("status").GetString());
        Assert.Equal("Late", rows.Row("organizationId", c.Town2).GetProperty("status").GetString());
        Assert.Equal("Missed", rows.Row("organizationId", c.Root).GetProperty("status").GetString());
        Assert.Equal("Missed", rows.Row("organizationId", c.Organs).GetProperty("status").GetString());

        // The stage-1 page names what is missing; the bodies' page lists them.
        var office = await c.BrowserAsAsync($"{c.Code}-admin");
        Assert.Contains("尚缺", await office.GetStringAsync(c.Page("/Mobilization")));
        var page = await office.GetStringAsync(c.Page($"/Mobilization/Bodies?organization={c.Town}"));
        Assert.Contains("逾期未组建", page);
        Assert.Contains("孙红", page);
    }

    [Fact]
    public async Task The_committees_officers_and_those_above_set_them_others_are_refused_and_bad_input_names_the_field()
    {
        var c = await fixture.CreateCountyAsync("lb-who");
        c.At(2010, 5, 20);
        var town = await c.ApiAsAsync($"{c.Code}-town");
        await town.PutAsJsonAsync(c.Api($"/mobilization/bodies/{c.Town}"), Group(c.People["李明"], [c.People["王强"]])).OkJsonAsync();
        await town.PutAsJsonAsync(c.Api($"/mobilization/bodies/{c.Town2}"), Group(c.People["周平"])).StatusAsync(HttpStatusCode.Forbidden);
        await town.PutAsJsonAsync(c.Api($"/mobilization/bodies/{c.Root}"), Group(c.People["周平"])).StatusAsync(HttpStatusCode.Forbidden);
        var secretary = await c.ApiAsAsync($"{c.Code}-secretary"); // a branch's secretary, seated in the town's group as its leader
        await secretary.PutAsJsonAsync(c.Api($"/mobilization/bodies/{c.Town}"), Office(c.People["赵丽"])).OkJsonAsync();
        await secretary.PutAsJsonAsync(c.Api($"/mobilization/bodies/{c.Town2}"), Office(c.People["周平"])).StatusAsync(HttpStatusCode.Forbidden);

        await c.OfficeApi.PutAsJsonAsync(c.Api($"/mobilization/bodies/{c.Town2}"), new { type = "LeadingGroup", version = 0 }).StatusAsync(HttpStatusCode.BadRequest, "headId");
        await c.OfficeApi.PutAsJsonAsync(c.Api($"/mobilization/bodies/{c.Town2}"), new { headId = c.People["周平"], version = 0 }).StatusAsync(HttpStatusCode.BadRequest, "type");
        await c.OfficeApi.PutAsJsonAsync(c.Api($"/mobilization/bodies/{c.Village}"), Group(c.People["李明"])).StatusAsync(HttpStatusCode.BadRequest, "organizationId");
        await c.OfficeApi.PutAsJsonAsync(c.Api($"/mobilization/bodies/{c.Town2}"), Group(99_999_999)).StatusAsync(HttpStatusCode.BadRequest, "seats");
        await c.OfficeApi.PutAsJsonAsync(c.Api($"/mobilization/bodies/{c.Town}"), Group(c.People["李明"])).StatusAsync(HttpStatusCode.Conflict); // version 1 was read by nobody
        await c.OfficeApi.PutAsJsonAsync(c.Api("/mobilization/bodies/99999999"), Group(c.People["李明"])).StatusAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Another_countys_office_neither_reads_nor_sets_them()
    {
        var c = await fixture.CreateCountyAsync("lb-mine");
        var other = await fixture.CreateCountyAsync("lb-other");
        c.At(2010, 5, 20);
        await c.OfficeApi.PutAsJsonAsync(c.Api($"/mobilization/bodies/{c.Town}"), Group(c.People["李明"])).OkJsonAsync();
        await other.OfficeApi.GetAsync(c.Api("/mobilization/bodies")).StatusAsync(HttpStatusCode.NotFound);
        await other.OfficeApi.PutAsJsonAsync(c.Api($"/mobilization/bodies/{c.Town}"), Group(c.People["李明"], version: 1)).StatusAsync(HttpStatusCode.NotFound);
        await other.OfficeApi.GetAsync(other.Api($"/mobilization/bodies/{c.Town}")).StatusAsync(HttpStatusCode.NotFound);
        var theirs = (await other.OfficeApi.GetAsync(other.Api("/mobilization/bodies")).OkJsonAsync()).GetProperty("rows");
        Assert.All(theirs.Items(), r => Assert.Equal(JsonValueKind.Null, r.GetProperty("group").ValueKind));
        using var page = await (await other.BrowserAsAsync($"{other.Code}-admin")).GetAsync(c.Page("/Mobilization/Bodies"));
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
    }
}
