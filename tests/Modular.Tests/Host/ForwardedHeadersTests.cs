using System.Net;
using Modular.Host;
using Modular.Identity;
using Modular.Tests.Security;

namespace Modular.Tests.Host;

/// <summary>
/// Behind nginx on the same machine the host believes <c>X-Forwarded-Proto</c> from loopback: a sign-in over https at the
/// proxy gets a cookie marked Secure, one over plain http does not. A proxy address that is not one stops the start.
/// </summary>
public sealed class ForwardedHeadersTests(BareHost shared) : IClassFixture<BareHost>
{
    private async Task<string> SignInCookieAsync(string? forwardedProto)
    {
        var host = shared.Host;
        var form = await host.Anonymous.GetStringAsync("/account/login");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/account/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["UserName"] = TestHost.PlatformAdmin, ["Password"] = TestHost.Password, ["__RequestVerificationToken"] = TestHost.AntiforgeryToken(form),
            }),
        };
        if (forwardedProto is not null) request.Headers.Add("X-Forwarded-Proto", forwardedProto);
        var response = await host.Anonymous.SendAsync(request);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(IdentityModule.CookieName + "=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Https_at_the_proxy_makes_the_sign_in_cookie_secure_and_plain_http_does_not()
    {
        Assert.Contains("secure", (await SignInCookieAsync("https")).ToLowerInvariant());
        Assert.DoesNotContain("secure", (await SignInCookieAsync(null)).ToLowerInvariant());
    }

    [Fact]
    public async Task A_trusted_proxy_that_is_no_address_stops_the_start_naming_the_setting()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => ModularApp.BuildAsync(["--Modular:TrustedProxies:0=nginx.local"]));
        Assert.Contains("Modular:TrustedProxies:0", error.Message);
        Assert.Contains("nginx.local", error.Message);
    }
}
