using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Plugins.BannerThirdBatch.Tests;

/// <summary>The oversight pages render in Chinese and English for the office, a town and a member, with data in them.</summary>
public sealed class OversightPagesTests(BannerThirdBatchHost shared) : SharedHostTests<BannerThirdBatchHost>(shared)
{
    private const string Plugin = Banner.Plugin;

    [Fact]
    public async Task The_oversight_pages_render_for_the_office_a_town_and_a_member()
    {
        var banner = await Banner.CreateAsync(Host, "ar");
        await Banner.JsonAsync(await banner.OfficeApi.PutAsJsonAsync(banner.Api(Plugin, "/leading-group"), LeadingGroupTests.Group(banner, 0)), HttpStatusCode.OK);
        var group = await Banner.JsonAsync(await banner.OfficeApi.PostAsJsonAsync(banner.Api(Plugin, "/guidance/groups"), GuidanceTests.BannerGroup(banner, "巴彦宝力格嘎查党支部")), HttpStatusCode.Created);
        var gachaId = banner.Org["巴彦宝力格嘎查党支部"];
        await Banner.JsonAsync(await banner.OfficeApi.PostAsJsonAsync(banner.Api(Plugin, "/visits"), new { unitId = gachaId, groupId = group.GetProperty("id").GetInt64(),
            visitedOn = "2026-03-05", findings = "学习记录不规范", followUps = new[] { new { problem = "补齐学习记录" } } }), HttpStatusCode.Created);
        await Banner.JsonAsync(await banner.OfficeApi.PutAsJsonAsync(banner.Api(Plugin, $"/checklist/{gachaId}/Recognition/report"), new { inPlace = true }), HttpStatusCode.OK);

        foreach (var user in new[] { "ar-admin", "ar-town", "ar-gacha" })
        {
            var browser = await Host.BrowserClientAsync(user);
            foreach (var page in LeadingGroupTests.Pages.Concat(GuidanceTests.Pages).Concat(VisitsTests.Pages).Concat(ChecklistTests.Pages).Append($"/Checklist?unitId={gachaId}"))
            foreach (var culture in new[] { "", "culture=en" })
            {
                var url = $"/j/ar/{Plugin}{page}{(culture.Length == 0 ? "" : page.Contains('?') ? "&" : "?")}{culture}";
                var response = await browser.GetAsync(url);
                var body = await response.Content.ReadAsStringAsync();
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{user} {url}: {(int)response.StatusCode} {response.Headers.Location} {body[..Math.Min(body.Length, 2000)]}");
                Assert.DoesNotContain("href=\"\"", body);
            }
        }
        // A plain member's browser: the host's own rule decides which plugin pages a member may open; none may fail.
        var member = await Host.BrowserClientAsync("ar-member");
        var seen = new List<string>();
        foreach (var page in new[] { "/Guidance/Mine", "/Visits", "/LeadingGroup" })
        {
            var response = await member.GetAsync($"/j/ar/{Plugin}{page}");
            seen.Add($"{page}:{(int)response.StatusCode}");
        }
        Assert.True(seen.All(s => s.EndsWith(":200") || s.EndsWith(":302")), string.Join(" ", seen));
        Console.WriteLine(string.Join(" ", seen));
        var office = await (await Host.BrowserClientAsync("ar-admin")).GetStringAsync($"/j/ar/{Plugin}/Visits");
        Assert.Contains("补齐学习记录", office);
        Assert.Contains("ledgers/follow-ups", office);
        var english = await (await Host.BrowserClientAsync("ar-admin")).GetStringAsync($"/j/ar/{Plugin}/Guidance?culture=en");
        Assert.Contains("Units with a banner guidance group", english);
    }
}
