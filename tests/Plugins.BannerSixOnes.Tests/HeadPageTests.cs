using System.Net;

namespace Plugins.BannerSixOnes.Tests;

/// <summary>四、1 一把手负总责: the unit's secretary sees the unit's six on one page, with the dashboard's figures.</summary>
public sealed class HeadPageTests(SixOnesHost fixture) : IClassFixture<SixOnesHost>
{
    [Fact]
    public async Task The_secretary_sees_the_units_six_and_a_member_is_told_they_head_nothing()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 7, 2);
        var b = await fixture.CreateBannerAsync("head-a");
        var page = await (await b.BrowserAsAsync($"{b.Code}-secretary")).GetStringAsync(b.Page("/Dashboard/Head"));
        Assert.Contains("巴丹吉林嘎查党支部", page);
        Assert.Contains("负总责", page);
        var dashboard = await (await b.BrowserAsAsync($"{b.Code}-secretary")).GetStringAsync(b.Page($"/Dashboard?organization={b.Gacha}"));
        Assert.Contains("巴丹吉林嘎查党支部", dashboard);
        Assert.Contains("您不是任何单位的书记", await (await b.BrowserAsAsync($"{b.Code}-member")).GetStringAsync(b.Page("/Dashboard/Head")));
        Assert.Contains("The head answers", await (await b.BrowserAsAsync($"{b.Code}-member")).GetStringAsync(b.Page("/Dashboard/Head?culture=en")));
    }
}
