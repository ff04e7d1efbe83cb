using System.Net;

namespace Plugins.CountyFiveActivities.Tests;

/// <summary>进展看板, clicked down level by level: county → township → branch, within what the user may see.</summary>
public sealed class DashboardDrillDownTests(CountyHost fixture) : IClassFixture<CountyHost>
{
    [Fact]
    public async Task The_office_clicks_from_the_county_to_a_township_and_back()
    {
        var c = await fixture.CreateCountyAsync("drill-office");
        var office = await c.BrowserAsAsync($"{c.Code}-admin");

        var county = await office.GetStringAsync(c.Page("/Dashboard"));
        Assert.Contains($"<a href=\"?organization={c.Town}\">城关镇党委</a>", county);
        Assert.Contains("按乡镇（系统）", county);

        var town = await office.GetStringAsync(c.Page($"/Dashboard?organization={c.Town}"));
        Assert.Contains("按下级党组织", town);
        Assert.Contains($"<a href=\"?organization={c.Village}\">东关村党支部</a>", town);
        Assert.Contains($"<a href=\"?organization={c.Community}\">城东社区党支部</a>", town);
        Assert.DoesNotContain("河西村党支部", town);
        Assert.Contains("<a href=\"?\">全部</a>", town); // the way back up
        Assert.Contains("<strong>城关镇党委</strong>", town);

        var village = await office.GetStringAsync(c.Page($"/Dashboard?organization={c.Village}"));
        Assert.Contains($"<a href=\"?organization={c.Town}\">城关镇党委</a>", village); // the trail above the branch
        Assert.Contains("<strong>东关村党支部</strong>", village);
        Assert.Contains("东关村党支部的党员", village); // the bottom level: the branch's own members and what each has done
        foreach (var member in new[] { "李明", "王强", "赵丽" }) Assert.Contains($"<td class=\"nowrap\">{member}</td>", village);
        Assert.Contains("未交", village);
        Assert.DoesNotContain("城关镇党委的党员", town); // a township committee has no members of its own here

        var english = await office.GetStringAsync(c.Page($"/Dashboard?organization={c.Town}&culture=en"));
        Assert.Contains("By organization below", english);
        Assert.DoesNotContain("按下级党组织", english);
    }

    [Fact]
    public async Task A_township_officer_drills_only_into_their_own_township_and_no_one_into_another_county()
    {
        var c = await fixture.CreateCountyAsync("drill-town");
        var other = await fixture.CreateCountyAsync("drill-other");
        var town = await c.BrowserAsAsync($"{c.Code}-town");

        Assert.Equal(HttpStatusCode.OK, (await town.GetAsync(c.Page($"/Dashboard?organization={c.Village}"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await town.GetAsync(c.Page($"/Dashboard?organization={c.Town2}"))).StatusCode);

        // A branch secretary sees their township's row and opens it: only their own branch is in it.
        var secretary = await c.BrowserAsAsync($"{c.Code}-secretary");
        var township = await secretary.GetStringAsync(c.Page($"/Dashboard?organization={c.Town}"));
        Assert.Contains("东关村党支部", township);
        Assert.DoesNotContain("城东社区党支部", township);

        var office = await c.BrowserAsAsync($"{c.Code}-admin");
        Assert.Equal(HttpStatusCode.NotFound, (await office.GetAsync(c.Page($"/Dashboard?organization={other.Town}"))).StatusCode);
    }
}
