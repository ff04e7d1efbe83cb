using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Modular.Tests.Infrastructure;

namespace Modular.Tests.Security;

public sealed class GoodAndRealPluginsHost() : SharedTestHost(Plugins)
{
    public static readonly string[] Plugins = ["test-good", "banner-six-ones", "county-five-activities", "institute-branch-plan", "party-group-study", "banner-third-batch"];
}

/// <summary>
/// Tenant isolation, proven over every endpoint the host and the loaded plugins map: a user of one
/// jurisdiction calls each of them, with every method it answers to, aimed at another jurisdiction,
/// as a browser (cookie) and as a script (bearer token). Each must answer 404 and change nothing.
/// One host for the class, emptied before each test.
/// </summary>
public sealed class CrossJurisdictionTests(GoodAndRealPluginsHost shared) : IClassFixture<GoodAndRealPluginsHost>, IAsyncLifetime
{
    private TestHost _host = null!;
    private HttpClient _intruderBrowser = null!, _intruderApi = null!, _victimApi = null!;

    public async Task InitializeAsync()
    {
        _host = await shared.ResetAsync();
        await _host.CreateJurisdictionAsync("alpha", "甲旗", GoodAndRealPluginsHost.Plugins);
        await _host.CreateJurisdictionAsync("beta", "乙县", GoodAndRealPluginsHost.Plugins);
        _victimApi = await _host.ApiClientAsync("alpha-admin");
        Assert.Equal(HttpStatusCode.Created, (await _victimApi.PostAsJsonAsync("/api/j/alpha/test-good/notes", new { text = "甲旗的秘密笔记" })).StatusCode);
        _intruderBrowser = await _host.BrowserClientAsync("beta-admin");
        _intruderApi = await _host.ApiClientAsync("beta-admin");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private sealed record Target(string Pattern, string Url, string Method);

    /// <summary>Every (route, method) the running host answers, with the route's parameters filled in.</summary>
    private List<Target> AllEndpoints(string jurisdiction)
    {
        var endpoints = _host.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        var targets = new List<Target>();
        foreach (var endpoint in endpoints)
        {
            var pattern = endpoint.RoutePattern;
            var url = new StringBuilder();
            foreach (var segment in pattern.PathSegments)
            {
                url.Append('/');
                foreach (var part in segment.Parts)
                    url.Append(part switch
                    {
                        Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal => literal.Content,
                        Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart { Name: "jurisdiction" } => jurisdiction,
                        Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart { Name: "pluginId" } => "test-good",
                        Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart { Name: "documentName" } => "v1",
                        Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart => "1",
                        _ => "",
                    });
            }
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET", "POST"];
            foreach (var method in methods.DefaultIfEmpty("GET"))
                targets.Add(new Target(pattern.RawText ?? "", url.Length == 0 ? "/" : url.ToString(), method));
        }
        return targets.DistinctBy(t => (t.Url, t.Method)).ToList();
    }

    [Fact]
    public void The_enumeration_covers_host_pages_host_api_plugin_pages_and_plugin_api()
    {
        var patterns = AllEndpoints("alpha").Select(t => t.Pattern).ToHashSet();

        Assert.Contains("j/{jurisdiction}/office/plugins", patterns);
        Assert.Contains("/api/j/{jurisdiction}/plugins/{pluginId}", patterns);
        Assert.Contains(patterns, p => p.StartsWith("j/{jurisdiction}/test-good"));
        Assert.Contains(patterns, p => p.StartsWith("j/{jurisdiction}/banner-six-ones"));
        Assert.Contains(patterns, p => p.StartsWith("j/{jurisdiction}/county-five-activities"));
        Assert.Contains("/api/j/{jurisdiction}/county-five-activities/commendation/{id:long}/approve", patterns);
        Assert.Contains("/api/j/{jurisdiction}/test-good/notes", patterns);
        Assert.Contains(patterns, p => p.StartsWith("j/{jurisdiction}/institute-branch-plan"));
        Assert.Contains(patterns, p => p.StartsWith("j/{jurisdiction}/party-group-study"));
        Assert.Contains("/api/j/{jurisdiction}/party-group-study/guidance-visits/{id:long}", patterns);
        Assert.Contains(patterns, p => p.StartsWith("j/{jurisdiction}/banner-third-batch"));
        Assert.Contains("/api/j/{jurisdiction}/banner-third-batch/units/{id:long}/schedule", patterns);
        // The organization file: its page and every endpoint (walked below like all the others).
        Assert.Contains("j/{jurisdiction}/organizations/import", patterns);
        foreach (var path in new[] { "import", "export", "template", "pending-secretaries/match" })
            Assert.Contains($"/api/j/{{jurisdiction}}/organizations/{path}", patterns);
        // Member accounts in bulk: provisioning, its batches and their one-time slip sheets, the progress, the page.
        Assert.Contains("/api/j/{jurisdiction}/accounts/provision", patterns);
        Assert.Contains("/api/j/{jurisdiction}/accounts/provision/{batchId:long}/slips", patterns);
        Assert.Contains("/api/j/{jurisdiction}/accounts/progress", patterns);
        Assert.Contains("/api/j/{jurisdiction}/person-accounts", patterns);
        Assert.Contains("j/{jurisdiction}/accounts", patterns);
        // What children reported or submitted up: read by the parent only (the walk below tries them as another jurisdiction).
        Assert.Contains("/api/j/{jurisdiction}/blocks/nominations/reported-to-us", patterns);
        Assert.Contains("/api/j/{jurisdiction}/blocks/documents/submitted-to-us", patterns);
        Assert.Contains("/api/j/{jurisdiction}/blocks/documents/submitted-to-us/{from:int}/{id:long}", patterns);
    }

    /// <summary>
    /// The walk above sends JSON; the organization import takes a file. A file alpha's office could import, sent by beta's
    /// admin to alpha's import (API and page, cookie and bearer), is refused with 404 like everything else and adds nothing;
    /// alpha's organization file, template and pending secretaries are as unreachable. Then alpha's admin imports the same file.
    /// </summary>
    [Fact]
    public async Task Another_jurisdiction_s_organization_file_endpoints_answer_404_to_a_real_upload()
    {
        var file = Encoding.UTF8.GetBytes("组织编号,组织名称,组织类别,上级组织,书记\nX1,入侵党支部,党支部,,乌云\n");
        MultipartFormDataContent Upload() => new() { { new ByteArrayContent(file), "file", "组织.csv" } };
        var reached = new List<string>();
        foreach (var (client, how) in new[] { (_intruderBrowser, "cookie"), (_intruderApi, "bearer") })
        {
            foreach (var url in new[] { "/api/j/alpha/organizations/import", "/j/alpha/organizations/import" })
            {
                using var upload = Upload();
                if ((await client.PostAsync(url, upload)).StatusCode != HttpStatusCode.NotFound) reached.Add($"POST {url} ({how})");
            }
            foreach (var url in new[] { "/api/j/alpha/organizations/export?format=xlsx", "/api/j/alpha/organizations/export?format=csv", "/api/j/alpha/organizations/template",
                "/j/alpha/organizations/import?handler=Export&format=csv", "/j/alpha/organizations/import?handler=Template" })
                if ((await client.GetAsync(url)).StatusCode != HttpStatusCode.NotFound) reached.Add($"GET {url} ({how})");
            if ((await client.PostAsync("/api/j/alpha/organizations/pending-secretaries/match", null)).StatusCode != HttpStatusCode.NotFound)
                reached.Add($"POST match ({how})");
        }
        Assert.True(reached.Count == 0, "Reachable across jurisdictions:\n" + string.Join("\n", reached));
        Assert.DoesNotContain("X1", await _victimApi.GetStringAsync("/api/j/alpha/organizations"));

        using var own = Upload();
        var imported = await _victimApi.PostAsync("/api/j/alpha/organizations/import", own);
        Assert.True(imported.StatusCode == HttpStatusCode.OK, await imported.Content.ReadAsStringAsync());
        Assert.Contains("入侵党支部", await _victimApi.GetStringAsync("/api/j/alpha/organizations"));
    }

    [Fact]
    public async Task Every_jurisdiction_endpoint_answers_404_to_a_user_of_another_jurisdiction()
    {
        var targets = AllEndpoints("alpha").Where(t => t.Pattern.Contains("{jurisdiction}")).ToList();
        Assert.True(targets.Count >= 15, $"only {targets.Count} jurisdiction endpoints found");
        var leaks = new List<string>();

        foreach (var target in targets)
        {
            foreach (var (client, how) in new[] { (_intruderBrowser, "cookie"), (_intruderApi, "bearer") })
            {
                using var request = new HttpRequestMessage(new HttpMethod(target.Method), target.Url);
                if (target.Method is "POST" or "PUT" or "PATCH")
                    request.Content = JsonContent.Create(new { text = "intrusion", enabled = false, version = 1 });
                using var response = await client.SendAsync(request);
                if (response.StatusCode != HttpStatusCode.NotFound)
                    leaks.Add($"{target.Method} {target.Url} ({how}) → {(int)response.StatusCode}");
            }
        }

        Assert.True(leaks.Count == 0, "Reachable across jurisdictions:\n" + string.Join("\n", leaks));
        Assert.Equal(["甲旗的秘密笔记"], (await _victimApi.GetFromJsonAsync<string[]>("/api/j/alpha/test-good/notes"))!);
    }

    [Fact]
    public async Task Platform_endpoints_refuse_jurisdiction_users_and_anonymous_ones_refuse_nobody_only_where_meant()
    {
        string[] publicPaths = ["/healthz", "/healthz/live", "/healthz/ready", "/openapi/v1.json", "/account/login", "/account/denied", "/account/language", "/api/auth/login", "/Error"];
        // Signing out through the API would end the intruder's own session for the rest of the walk (SessionTests covers it).
        // The API reference (/api/docs and its script) is as public as the OpenAPI document it reads.
        var targets = AllEndpoints("alpha").Where(t => !t.Pattern.Contains("{jurisdiction}") && !publicPaths.Contains(t.Url) && t.Url != "/api/auth/logout"
            && !t.Url.StartsWith("/api/docs", StringComparison.Ordinal)).ToList();
        var wrong = new List<string>();

        foreach (var target in targets)
        {
            foreach (var (client, how) in new[] { (_intruderBrowser, "cookie"), (_intruderApi, "bearer") })
            {
                using var request = new HttpRequestMessage(new HttpMethod(target.Method), target.Url);
                if (target.Method is "POST" or "PUT") request.Content = JsonContent.Create(new { code = "gamma", name = "丙", userName = "x", password = "y" });
                using var response = await client.SendAsync(request);
                var status = (int)response.StatusCode;
                var allowed = target.Url switch
                {
                    "/" when target.Method == "GET" => status == 302 && response.Headers.Location!.OriginalString == "/j/beta", // their own dashboard
                    "/api/auth/me" => status == 200,
                    "/account/password" when target.Method == "GET" => status == 200, // their own password form
                    "/account/logout" => status is 200 or 400, // the sign-out form; a POST without its token is refused
                    // The public answer sheet names its jurisdiction by code, not by sign-in: "1" is no jurisdiction's code.
                    _ when target.Url.StartsWith("/evaluate/", StringComparison.Ordinal) => status is 404 or 400, // a post without its form token: 400
                    _ => status is 401 or 403 or 400 || (status == 302 && response.Headers.Location!.OriginalString.Contains("/account/denied")),
                };
                if (!allowed) wrong.Add($"{target.Method} {target.Url} ({how}) → {status}");
            }
        }

        Assert.True(wrong.Count == 0, "Platform endpoints open to a jurisdiction user:\n" + string.Join("\n", wrong));
        Assert.DoesNotContain((await (await _host.ApiClientAsync(TestHost.PlatformAdmin)).GetFromJsonAsync<System.Text.Json.JsonElement>("/api/admin/jurisdictions")).GetProperty("items").EnumerateArray(),
            j => j.GetProperty("code").GetString() == "gamma");
    }
}
