using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Modular.Tests.Infrastructure;
using Modular.Tests.Roster;

namespace Modular.Tests.Security;

/// <summary>
/// Issue 11 item 11: the browser's cookie alone never writes through the API. A cookie-signed POST, PUT, PATCH or
/// DELETE under /api needs the page's antiforgery token in the RequestVerificationToken header (400 without it,
/// nothing changed); scripts with a bearer token need none.
/// </summary>
public sealed class ApiAntiforgeryTests(RosterHostFixture fixture) : IClassFixture<RosterHostFixture>
{
    private TestHost Host => fixture.Host;

    private static byte[] OnePerson => Encoding.UTF8.GetBytes("姓名,出生日期,人员类别,所在组织\n跨站者,1980-01-01,正式党员,第一党支部\n");

    private static MultipartFormDataContent Upload(byte[] csv)
    {
        var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(csv), "file", "roster.csv");
        return form;
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {body}");
        Assert.Contains("防伪令牌", JsonDocument.Parse(body).RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public async Task The_cross_origin_import_of_the_issue_is_refused_and_adds_nobody()
    {
        var (admin, _) = await Host.BannerWithBranchesAsync("csrf-import");
        var browser = await Host.BrowserClientAsync("csrf-import-admin");

        // What a form on evil.example makes the admin's browser send: the cookie, no token.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/j/csrf-import/people/import") { Content = Upload(OnePerson) };
        request.Headers.Add("Origin", "https://evil.example");
        await AssertRefusedAsync(await browser.SendAsync(request));
        Assert.Empty(await admin.PeopleAsync("csrf-import"));

        // The same upload from our own page (its token in the header) goes in.
        var page = await TestHost.SendingPageTokenAsync(await Host.BrowserClientAsync("csrf-import-admin"));
        var imported = await page.PostAsync("/api/j/csrf-import/people/import", Upload(OnePerson));
        Assert.True(imported.StatusCode == HttpStatusCode.OK, await imported.Content.ReadAsStringAsync());
        Assert.Equal(1, (await imported.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("added").GetInt32());
    }

    [Fact]
    public async Task Cookie_writes_need_the_header_for_every_method_bearer_writes_do_not_and_reads_never_do()
    {
        var (admin, _) = await Host.BannerWithBranchesAsync("csrf-methods");
        var browser = await Host.BrowserClientAsync("csrf-methods-admin");
        var branch = new { code = "C1", name = "新支部", kind = "党支部" };

        await AssertRefusedAsync(await browser.PostAsJsonAsync("/api/j/csrf-methods/organizations", branch));
        var spare = await admin.CreateOrganizationAsync("csrf-methods", "C2", "空支部");
        await AssertRefusedAsync(await browser.PutAsJsonAsync($"/api/j/csrf-methods/organizations/{spare}", new { code = "C2", name = "改名", kind = "党支部" }));
        await AssertRefusedAsync(await browser.DeleteAsync($"/api/j/csrf-methods/organizations/{spare}"));
        await AssertRefusedAsync(await browser.PatchAsync($"/api/j/csrf-methods/organizations/{spare}", JsonContent.Create(new { name = "x" })));
        await AssertRefusedAsync(await browser.PostAsync("/api/auth/logout", null)); // a cross-site sign-out is a write too
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/j/csrf-methods/organizations")).StatusCode); // reads need no token
        var names = (await admin.GetItemsAsync("/api/j/csrf-methods/organizations")).Select(o => o.GetProperty("name").GetString()).ToList();
        Assert.DoesNotContain("新支部", names);
        Assert.Contains("空支部", names);

        // A made-up token is no token; the English answer names the header.
        browser.DefaultRequestHeaders.Add("RequestVerificationToken", "made-up");
        var forged = await browser.PostAsJsonAsync("/api/j/csrf-methods/organizations?culture=en", branch);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("RequestVerificationToken header", await forged.Content.ReadAsStringAsync());

        var page = await TestHost.SendingPageTokenAsync(await Host.BrowserClientAsync("csrf-methods-admin"));
        Assert.Equal(HttpStatusCode.Created, (await page.PostAsJsonAsync("/api/j/csrf-methods/organizations", branch)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await page.DeleteAsync($"/api/j/csrf-methods/organizations/{spare}")).StatusCode);

        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/j/csrf-methods/organizations", new { code = "C3", name = "脚本支部", kind = "党支部" })).StatusCode);
    }

    [Fact]
    public async Task A_token_from_another_users_page_does_not_sign_this_users_write()
    {
        await Host.BannerWithBranchesAsync("csrf-swap");
        await Host.CreateUserAsync((await Host.App.Services.GetRequiredService<Modular.Jurisdictions.JurisdictionDirectory>().FindByCodeAsync("csrf-swap"))!.Id,
            "csrf-swap-admin2", Modular.Identity.Roles.JurisdictionAdmin);
        var other = await TestHost.SendingPageTokenAsync(await Host.BrowserClientAsync("csrf-swap-admin2"));
        var browser = await Host.BrowserClientAsync("csrf-swap-admin");
        browser.DefaultRequestHeaders.Add("RequestVerificationToken", other.DefaultRequestHeaders.GetValues("RequestVerificationToken").Single());

        await AssertRefusedAsync(await browser.PostAsJsonAsync("/api/j/csrf-swap/organizations", new { code = "S1", name = "借来的令牌", kind = "党支部" }));
    }
}
