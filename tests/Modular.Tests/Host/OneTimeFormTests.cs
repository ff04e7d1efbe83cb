using System.Net;
using System.Text.RegularExpressions;
using Modular.Tests.Crawl;
using Modular.Tests.Infrastructure;
using Modular.Tests.Roster;

namespace Modular.Tests.Host;

/// <summary>Every page form carries a one-time key: posted twice, it creates once; refused, its key is free again.</summary>
public sealed partial class OneTimeFormTests(RosterHostFixture fixture) : IClassFixture<RosterHostFixture>
{
    private TestHost Host => fixture.Host;

    [Fact]
    public async Task An_office_form_posted_three_times_at_once_creates_one_event_and_a_refused_post_frees_its_key()
    {
        var (admin, _) = await Host.BannerWithBranchesAsync("form-once");
        var organization = (await admin.GetItemsAsync("/api/j/form-once/organizations")).First().GetProperty("id").GetInt64();
        var browser = await Host.BrowserClientAsync("form-once-admin");
        var page = await browser.GetStringAsync("/j/form-once/office/events");
        var key = Key().Match(page).Groups[1].Value;
        Assert.Matches("^[0-9a-f]{32}$", key);

        // Refused (no title): the page again, and the key may be used by the corrected form.
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = TestHost.AntiforgeryToken(page), ["submissionKey"] = key,
            ["title"] = "", ["kind"] = "training", ["organizationId"] = organization.ToString(), ["startsAt"] = "2011-06-20T09:00", ["hours"] = "2",
        };
        var refused = await browser.PostAsync("/j/form-once/office/events", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);

        fields["title"] = "一次的学习";
        var responses = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => browser.PostAsync("/j/form-once/office/events", new FormUrlEncodedContent(fields))));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var created = Assert.Single(responses.Select(r => r.Headers.Location!.OriginalString).Distinct());
        Assert.Matches("^/j/form-once/office/events/[0-9]+$", created);
        Assert.Single(await admin.GetItemsAsync("/api/j/form-once/events"), e => e.GetProperty("title").GetString() == "一次的学习");

        // Once more later, as a browser's resend would: sent to the same event.
        var later = await browser.PostAsync("/j/form-once/office/events", new FormUrlEncodedContent(fields));
        Assert.Equal(created, later.Headers.Location!.OriginalString);
    }

    [GeneratedRegex("name=\"submissionKey\" value=\"([0-9a-f]+)\"")]
    private static partial Regex Key();
}

/// <summary>Plugin pages get the key too: the tag helper comes with the SDK.</summary>
[Collection(DemoSite.Name)]
public sealed class PluginFormKeyTests(DemoSiteFixture fixture)
{
    [Fact]
    public async Task A_members_notebook_form_in_a_plugin_carries_a_one_time_key_new_at_each_rendering()
    {
        var member = await fixture.Host.BrowserClientAsync("alxa-right-member");
        var first = await member.GetStringAsync("/j/alxa-right/banner-six-ones/Notes");
        var second = await member.GetStringAsync("/j/alxa-right/banner-six-ones/Notes");
        var key = new Regex("name=\"submissionKey\" value=\"([0-9a-f]{32})\"");
        Assert.Matches(key, first);
        Assert.NotEqual(key.Match(first).Value, key.Match(second).Value);
    }
}
