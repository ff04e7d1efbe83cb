using System.Buffers.Binary;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Modular.Identity;
using Modular.Tests.Infrastructure;
using Npgsql;

namespace Modular.Tests.Security;

public sealed class BareHost() : SharedTestHost([]);

/// <summary>Sign-in, lockout and passwords; one host for the class, emptied before each test.</summary>
public sealed class IdentityTests(BareHost shared) : IClassFixture<BareHost>, IAsyncLifetime
{
    private TestHost _host = null!;
    private int _bannerId;

    public async Task InitializeAsync()
    {
        _host = await shared.ResetAsync();
        _bannerId = (await _host.CreateJurisdictionAsync("banner", "测试旗")).Id;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<HttpResponseMessage> LoginAsync(string userName, string password) =>
        await _host.Anonymous.PostAsJsonAsync("/api/auth/login", new { userName, password });

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        await _host.CreateUserAsync(_bannerId, "guessed", Roles.Member);
        for (var i = 0; i < 4; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await LoginAsync("guessed", "wrong-password-1")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await LoginAsync("guessed", TestHost.Password)).StatusCode); // four misses: still open

        for (var i = 0; i < 5; i++) await LoginAsync("guessed", "wrong-password-1");
        var locked = await LoginAsync("guessed", TestHost.Password);

        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        // The lock period, not the time it ends: the same words as any failure, so a name is never confirmed (SignInService).
        Assert.Contains("请 15 分钟后再试", (await locked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Passwords_are_hashed_with_pbkdf2_at_210000_iterations()
    {
        await _host.CreateUserAsync(_bannerId, "hashed", Roles.Member);
        await using var data = NpgsqlDataSource.Create(_host.ConnectionString);
        await using var command = data.CreateCommand("select password_hash from identity.users where user_name = 'hashed'");
        var hash = Convert.FromBase64String((string)(await command.ExecuteScalarAsync())!);

        Assert.Equal(0x01, hash[0]); // format v3: PBKDF2 with the PRF and iteration count stored
        Assert.Equal(210_000u, BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(5, 4)));
        Assert.DoesNotContain(TestHost.Password, (string)(await command.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task A_weak_password_is_refused_with_the_field_named()
    {
        var admin = await _host.ApiClientAsync("banner-admin");

        var response = await admin.PostAsJsonAsync("/api/j/banner/users", new { userName = "weak", displayName = "弱密码", password = "123", role = "member" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("密码至少 10 位。", errors.GetProperty("password").EnumerateArray().Select(e => e.GetString()));
    }

    [Theory]
    [InlineData("password123")]
    [InlineData("qwerty123456")]
    [InlineData("123456abc!")]
    [InlineData("woaini1314520")]
    [InlineData("aaaaaaaa2011")]
    public async Task A_common_password_is_refused(string password)
    {
        var admin = await _host.ApiClientAsync("banner-admin");
        var response = await admin.PostAsJsonAsync("/api/j/banner/users", new { userName = "common-" + password.Length, displayName = "常见密码", password, role = "member" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("密码太常见，容易被猜到，请换一个。", errors.GetProperty("password").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task A_password_containing_the_user_name_is_refused()
    {
        var admin = await _host.ApiClientAsync("banner-admin");
        var response = await admin.PostAsJsonAsync("/api/j/banner/users", new { userName = "zhangwei", displayName = "张伟", password = "Zhangwei-2011x", role = "member" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("密码不能包含用户名。", errors.GetProperty("password").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Every_failed_sign_in_answers_the_same_words_in_about_the_same_time()
    {
        await _host.CreateUserAsync(_bannerId, "existing", Roles.Member);
        await _host.CreateUserAsync(_bannerId, "locked-out", Roles.Member);
        for (var i = 0; i < 5; i++) await LoginAsync("locked-out", "wrong-password-1");
        var gone = await _host.CreateJurisdictionAsync("gone", "归档县");
        var platform = await _host.ApiClientAsync(TestHost.PlatformAdmin);
        Assert.Equal(HttpStatusCode.NoContent, (await platform.PostAsync($"/api/admin/jurisdictions/{gone.Id}/archive", null)).StatusCode);

        (string User, string Password)[] failures =
            [("existing", "wrong-password-1"), ("nobody-by-this-name", "wrong-password-1"), ("locked-out", TestHost.Password), ("gone-admin", TestHost.Password)];
        var times = failures.ToDictionary(f => f.User, _ => new List<double>());
        var titles = new HashSet<string>();
        for (var round = 0; round < 5; round++) // interleaved, so a noisy moment hits every kind alike
            foreach (var (user, password) in failures)
            {
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                var response = await LoginAsync(user, password);
                times[user].Add(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
                titles.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString()!);
            }

        Assert.Single(titles);
        double Median(List<double> xs) => xs.Order().ElementAt(xs.Count / 2);
        var wrongPassword = Median(times["existing"]);
        // Before: 361 ms against 9 ms for an unknown name. Now each does one PBKDF2 verification.
        foreach (var (user, _) in failures)
            Assert.True(Median(times[user]) > wrongPassword * 0.4, $"{user}: {Median(times[user]):F0} ms against {wrongPassword:F0} ms for a wrong password");
    }

    [Fact]
    public async Task A_sign_in_on_one_instance_is_honoured_by_another_sharing_the_database()
    {
        var browser = await _host.BrowserClientAsync("banner-admin");
        var api = await _host.ApiClientAsync("banner-admin");
        var other = await _host.StartAnotherInstanceAsync();
        var otherBase = new Uri(other.Urls.First());

        // The same cookie jar and the same bearer token, sent to the second instance.
        var cookies = new CookieContainer();
        foreach (Cookie cookie in _host.CookiesOf(browser)) cookies.Add(otherBase, new Cookie(cookie.Name, cookie.Value));
        using var browserOnOther = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = otherBase };
        using var apiOnOther = new HttpClient { BaseAddress = otherBase };
        apiOnOther.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", _host.BearerTokenOf(api));

        Assert.Equal(HttpStatusCode.OK, (await browserOnOther.GetAsync("/j/banner")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await apiOnOther.GetAsync("/api/auth/me")).StatusCode);
    }

    [Fact]
    public async Task A_form_post_without_its_antiforgery_token_is_refused()
    {
        var browser = await _host.BrowserClientAsync("banner-admin");

        var response = await browser.PostAsync("/j/banner/office/users", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "forged", ["DisplayName"] = "伪造", ["Password"] = TestHost.Password, ["Role"] = "member",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("forged", await browser.GetStringAsync("/j/banner/office/users"));
    }
}
