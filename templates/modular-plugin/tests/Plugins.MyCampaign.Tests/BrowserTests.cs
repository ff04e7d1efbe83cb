using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using Modular.Testing.Browser;

namespace Plugins.MyCampaign.Tests;

/// <summary>
/// The plugin's pages in the machine's Chromium (the kit's <see cref="TwoWidths"/>, nothing downloaded) at a phone's width
/// (390 px) and a desktop's (1366 px), in Chinese and English, as a member, a branch secretary and the office: none scrolls sideways,
/// squeezes a cell into a strip, leaves a control unlabelled or shows text too faint to read; and a phone's journey through
/// the form. Screenshots land in artifacts/screenshots with MODULAR_SCREENSHOTS=1 ({user}-{phone|desktop}-{page}.png). Add each new page to
/// <see cref="Pages"/>.
/// </summary>
public sealed class BrowserTests(MyCampaignHost shared, ChromiumBrowser chromium) : IClassFixture<MyCampaignHost>, IClassFixture<ChromiumBrowser>, IAsyncLifetime
{
    private const string Plugin = MyCampaignHost.PluginId;

    private TestHost _host = null!;

    public async Task InitializeAsync() => _host = await shared.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>Every page of the plugin, in both languages.</summary>
    private static string[] Pages(TestJurisdiction county) =>
        [.. from path in new[] { "", "/Volunteering" } from culture in new[] { "", "?culture=en" } select county.Page(Plugin, path) + culture];

    /// <summary>What each role sees differs: the office every branch and the form for each, the secretary their branch, a member no form.</summary>
    [Theory]
    [InlineData("xx-member")]
    [InlineData("xx-secretary")]
    [InlineData("xx-admin")]
    public async Task The_pages_read_well_on_a_phone_and_a_desktop(string userName)
    {
        var county = await VolunteeringTests.CountyAsync(_host, "xx");
        // Something in the tables of those who see a branch: this month's row of each and a recorded service.
        var recorded = await county.OfficeApi.PostAsJsonAsync(county.Api(Plugin, "/volunteering"),
            new { organizationId = county.Org["东关村党支部"], heldOn = "2024-03-05", title = "清扫村内主干道和公共区域", participants = 12, note = "全体在家党员参加" });
        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);

        await TwoWidths.AssertReadWellAsync(chromium.Browser, _host, userName, Pages(county));
    }

    [Fact]
    public async Task On_a_phone_a_branch_secretary_records_a_service_through_the_form_and_sees_it_listed()
    {
        var county = await VolunteeringTests.CountyAsync(_host, "xx");

        // 东关村's secretary, from the overview, on a phone: the item's link, the form, the record in the list.
        var page = await Chromium.SignedInPageAsync(chromium.Browser, _host.BaseAddress, "xx-secretary", Chromium.PhoneWidth, Chromium.PhoneHeight);
        await page.GotoAsync(county.Page(Plugin, ""));
        await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "党员志愿服务" }).ClickAsync();
        await page.SelectOptionAsync("select[name=OrganizationId]", new SelectOptionValue { Label = "东关村党支部" });
        await page.FillAsync("input[name=HeldOn]", "2024-03-08");
        await page.FillAsync("input[name=Title]", "走访慰问困难党员");
        await page.FillAsync("input[name=Participants]", "6");
        await page.GetByRole(AriaRole.Button, new() { Name = "登记", Exact = true }).ClickAsync();

        await page.WaitForURLAsync(url => url.Contains("done=saved", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("main .notice")).ToContainTextAsync("已登记");
        await Assertions.Expect(page.Locator("main table").First).ToContainTextAsync("按时开展"); // this month's state: held by the 25th
        await Assertions.Expect(page.Locator("main table").Last).ToContainTextAsync("走访慰问困难党员");
        Assert.Empty(await Chromium.LayoutProblemsAsync(page));
        await Chromium.ShotAsync(page, "xx-secretary-phone-recorded");
        await page.CloseAsync();

        // A member records for no branch (the service's rule): the page shows them no form.
        var member = await Chromium.SignedInPageAsync(chromium.Browser, _host.BaseAddress, "xx-member", Chromium.PhoneWidth, Chromium.PhoneHeight);
        await member.GotoAsync(county.Page(Plugin, "/Volunteering"));
        await Assertions.Expect(member.Locator("main h1")).ToContainTextAsync("党员志愿服务");
        Assert.Equal(0, await member.Locator("main form").CountAsync());
        await member.CloseAsync();
    }
}
