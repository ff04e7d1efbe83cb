using System.Net;
using System.Net.Http.Json;
using Modular.Identity;
using Modular.Testing;
using Modular.Tests.Infrastructure;

namespace Modular.Tests.Security;

/// <summary>
/// Sessions end when the server says so: sign-out, a password change or reset, an archived jurisdiction — for cookies and
/// tokens, on every copy. One host for the class, emptied before each test.
/// </summary>
public sealed class SessionTests(BareHost shared) : IClassFixture<BareHost>, IAsyncLifetime
{
    private TestHost _host = null!;
    private int _bannerId;

    public async Task InitializeAsync()
    {
        _host = await shared.ResetAsync();
        _bannerId = (await _host.CreateJurisdictionAsync("banner", "测试旗")).Id;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task<HttpStatusCode> MeAsync(HttpClient client) => (await client.GetAsync("/api/auth/me")).StatusCode;

    /// <summary>A second browser holding a copy of the first one's cookies, as a thief would.</summary>
    private HttpClient CopyOf(HttpClient browser)
    {
        var copy = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = _host.BaseAddress };
        copy.DefaultRequestHeaders.Add("Cookie", string.Join("; ", _host.CookiesOf(browser).Select(c => $"{c.Name}={c.Value}")));
        return copy;
    }

    [Fact]
    public async Task Signing_out_ends_the_session_even_for_a_copy_of_the_cookie_and_for_tokens()
    {
        await _host.CreateUserAsync(_bannerId, "leaver", Roles.Member);
        var browser = await _host.BrowserClientAsync("leaver");
        var stolen = CopyOf(browser);
        var script = await _host.ApiClientAsync("leaver");
        Assert.Equal(HttpStatusCode.OK, await MeAsync(stolen));

        var form = await browser.GetStringAsync("/j/banner");
        var loggedOut = await browser.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = TestHost.AntiforgeryToken(form) }));

        Assert.Equal(HttpStatusCode.Redirect, loggedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(stolen));
        Assert.Equal(HttpStatusCode.Redirect, (await stolen.GetAsync("/j/banner")).StatusCode); // to the sign-in page
        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(script));
    }

    [Fact]
    public async Task Signing_out_through_the_api_ends_the_token()
    {
        await _host.CreateUserAsync(_bannerId, "script-user", Roles.Member);
        var script = await _host.ApiClientAsync("script-user");
        Assert.Equal(HttpStatusCode.NoContent, (await script.PostAsync("/api/auth/logout", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(script));
    }

    [Fact]
    public async Task Changing_the_password_ends_the_other_sessions_and_keeps_this_one()
    {
        await _host.CreateUserAsync(_bannerId, "changer", Roles.Member);
        var browser = await _host.BrowserClientAsync("changer");
        var elsewhere = await _host.ApiClientAsync("changer");

        var wrong = await TestHost.SubmitFormAsync(browser, "/account/password", new() { ["CurrentPassword"] = "not-my-password-1", ["NewPassword"] = "green-meadow-2026" });
        Assert.Contains("当前密码不正确。", await wrong.Content.ReadAsStringAsync());
        var changed = await TestHost.SubmitFormAsync(browser, "/account/password", new() { ["CurrentPassword"] = TestHost.Password, ["NewPassword"] = "green-meadow-2026" });

        Assert.Contains("密码已修改。", await changed.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, await MeAsync(browser));
        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(elsewhere));
        Assert.Equal(HttpStatusCode.Unauthorized, (await _host.Anonymous.PostAsJsonAsync("/api/auth/login", new { userName = "changer", password = TestHost.Password })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _host.Anonymous.PostAsJsonAsync("/api/auth/login", new { userName = "changer", password = "green-meadow-2026" })).StatusCode);
    }

    [Fact]
    public async Task The_office_resets_a_forgotten_password_which_lifts_a_lockout_and_ends_sessions()
    {
        var user = await _host.CreateUserAsync(_bannerId, "forgetful", Roles.Member);
        var session = await _host.ApiClientAsync("forgetful");
        for (var i = 0; i < 5; i++) await _host.Anonymous.PostAsJsonAsync("/api/auth/login", new { userName = "forgetful", password = "wrong-password-1" });
        var office = await _host.ApiClientAsync("banner-admin");

        var weak = await office.PostAsJsonAsync($"/api/j/banner/users/{user.Id}/password", new { newPassword = "password123" });
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await office.PostAsJsonAsync($"/api/j/banner/users/{user.Id}/password", new { newPassword = "blue-river-2026" })).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(session));
        Assert.Equal(HttpStatusCode.OK, (await _host.Anonymous.PostAsJsonAsync("/api/auth/login", new { userName = "forgetful", password = "blue-river-2026" })).StatusCode);

        // Only the user's own office: another jurisdiction's admin and a member are refused.
        await _host.CreateJurisdictionAsync("other", "他旗");
        var otherOffice = await _host.ApiClientAsync("other-admin");
        Assert.Equal(HttpStatusCode.NotFound, (await otherOffice.PostAsJsonAsync($"/api/j/other/users/{user.Id}/password", new { newPassword = "stolen-river-2026" })).StatusCode);
        await _host.CreateUserAsync(_bannerId, "bystander", Roles.Member);
        var member = await _host.ApiClientAsync("bystander");
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostAsJsonAsync($"/api/j/banner/users/{user.Id}/password", new { newPassword = "stolen-river-2026" })).StatusCode);
    }

    [Fact]
    public async Task Archiving_a_jurisdiction_ends_its_peoples_sessions()
    {
        var closing = await _host.CreateJurisdictionAsync("closing", "撤并旗");
        await _host.CreateUserAsync(closing.Id, "closing-member", Roles.Member);
        var member = await _host.ApiClientAsync("closing-member");
        var platform = await _host.ApiClientAsync(TestHost.PlatformAdmin);

        Assert.Equal(HttpStatusCode.NoContent, (await platform.PostAsync($"/api/admin/jurisdictions/{closing.Id}/archive", null)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(member));
    }

    [Fact]
    public async Task A_jurisdiction_archived_by_another_instance_ends_its_peoples_sessions_at_once()
    {
        var closing = await _host.CreateJurisdictionAsync("closing-elsewhere", "撤并苏木");
        await _host.CreateUserAsync(closing.Id, "closing-elsewhere-member", Roles.Member);
        var member = await _host.ApiClientAsync("closing-elsewhere-member");
        Assert.Equal(HttpStatusCode.OK, await MeAsync(member));

        // Another instance (or psql) archives it: this one's caches never heard of it, and the session still ends.
        await Sql.ExecuteAsync(_host.ConnectionString, $"update jurisdictions.jurisdictions set archived_at = now() where id = {closing.Id}");

        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(member));
        var platform = await _host.ApiClientAsync(TestHost.PlatformAdmin);
        Assert.Equal(HttpStatusCode.OK, await MeAsync(platform)); // a platform account has no jurisdiction to lose
    }
}
