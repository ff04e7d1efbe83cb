using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Modular.Host;
using Modular.Identity;
using Modular.Jurisdictions;

namespace Modular.Testing;

/// <summary>
/// The real host on a free loopback port, over its own fresh PostgreSQL database and a plugins
/// folder of the test's choosing: a plugin author's first test is <c>await TestHost.StartAsync(["my-plugin"])</c>.
/// Every user it creates has <see cref="Password"/>.
/// </summary>
public sealed partial class TestHost : IAsyncDisposable
{
    public const string Password = "test-password-2011";
    public const string PlatformAdmin = "platform";

    /// <summary>Settings that seed the demo on start (<c>--Modular:SeedDemoData</c>), every demo account with <see cref="Password"/>.</summary>
    public static string[] DemoArgs => ["--Modular:SeedDemoData=true", $"--Modular:DemoPassword={Password}"];

    private readonly TestDatabase _database;
    private readonly PluginFolder _plugins;
    private readonly List<HttpClient> _clients = [];
    private readonly List<WebApplication> _otherInstances = [];
    private readonly Dictionary<HttpClient, CookieContainer> _cookies = [];

    public WebApplication App { get; }
    public Uri BaseAddress { get; }
    public string ConnectionString => _database.ConnectionString;
    /// <summary>A client that is not signed in.</summary>
    public HttpClient Anonymous { get; }

    private TestHost(WebApplication app, TestDatabase database, PluginFolder plugins)
    {
        App = app;
        _database = database;
        _plugins = plugins;
        BaseAddress = new Uri(app.Urls.First());
        Anonymous = NewClient();
    }

    /// <param name="pluginIds">Built plugins (test or real) to put in the host's plugins folder.</param>
    /// <param name="extraArgs">More command-line settings, e.g. <c>--Modular:SeedDemoData=true</c>.</param>
    public static Task<TestHost> StartAsync(string[] pluginIds, params string[] extraArgs) => StartAsync(pluginIds, null, extraArgs);

    /// <param name="configureServices">Registers stand-ins, e.g. a roster and organization tree backed by the test's data.</param>
    public static async Task<TestHost> StartAsync(string[] pluginIds, Action<IServiceCollection>? configureServices, params string[] extraArgs)
    {
        var plugins = new PluginFolder();
        foreach (var id in pluginIds) plugins.Add(id);
        var database = await TestDatabase.CreateAsync(await MigratedTemplateAsync(pluginIds));
        var app = await ModularApp.BuildAsync([.. HostArgs(database.ConnectionString, plugins.Path), .. extraArgs], configureServices: configureServices);
        await app.StartAsync();
        var host = new TestHost(app, database, plugins);
        await host.CreateUserAsync(null, PlatformAdmin, Roles.PlatformAdmin);
        return host;
    }

    private static string[] HostArgs(string connectionString, string pluginDirectory) =>
    [
        "--urls=http://127.0.0.1:0",
        $"--ConnectionStrings:Modular={connectionString}",
        $"--Plugins:Directory={pluginDirectory}",
        "--Logging:LogLevel:Default=Warning",
        "--Modular:RunScheduledJobs=false", // tests run passes themselves, on their own clock
        $"--{Modular.Audit.ThreadSafetyChecks.Setting}=true", // a context used by two tasks at once fails with EF's message
    ];

    /// <summary>
    /// A template database with every migration of the core and of these plugins applied, built once per process by a
    /// host that is never started; each test host's database is a copy of it, so its own start finds nothing to migrate.
    /// </summary>
    public static Task<string> MigratedTemplateAsync(string[] pluginIds)
    {
        var key = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join(",", pluginIds.Order(StringComparer.Ordinal)))));
        return TestDatabase.EnsureTemplateAsync($"migrated_{key[..16]}", async template =>
        {
            using var plugins = new PluginFolder();
            foreach (var id in pluginIds) plugins.Add(id);
            await using var app = await ModularApp.BuildAsync([.. HostArgs(template.ConnectionString!, plugins.Path)]);
        });
    }

    private DatabaseReset? _reset;

    /// <summary>
    /// Empties the database for the next test of a class that shares this host (see <see cref="DatabaseReset"/>), drops
    /// the host's cached jurisdictions and switches, and creates the platform admin again: as if the host were new.
    /// </summary>
    public async Task ResetAsync()
    {
        _reset ??= await DatabaseReset.CreateAsync(ConnectionString);
        await _reset.ResetAsync();
        App.Services.GetRequiredService<JurisdictionDirectory>().Invalidate();
        foreach (var cookies in _cookies.Values)
            foreach (System.Net.Cookie cookie in cookies.GetAllCookies()) cookie.Expired = true;
        await CreateUserAsync(null, PlatformAdmin, Roles.PlatformAdmin);
    }

    /// <summary>Creates a jurisdiction, its admin <c>{code}-admin</c>, and switches the given plugins on.</summary>
    public Task<Jurisdiction> CreateJurisdictionAsync(string code, string name, params string[] enabledPlugins) =>
        CreateJurisdictionAsync(code, name, null, enabledPlugins);

    /// <summary>The same, under a parent jurisdiction (a banner under its league: where upward reports go).</summary>
    public async Task<Jurisdiction> CreateJurisdictionAsync(string code, string name, int? parentId, params string[] enabledPlugins)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var (created, errors) = await scope.ServiceProvider.GetRequiredService<JurisdictionAdmin>().CreateAsync(new(code, name, parentId, null, null));
        Assert.True(created is not null, string.Join("; ", errors.SelectMany(e => e.Value)));
        await CreateUserAsync(created.Id, $"{code}-admin", Roles.JurisdictionAdmin);
        foreach (var plugin in enabledPlugins)
            await SetSwitchAsync(created.Id, plugin, enabled: true);
        return created;
    }

    public async Task<ModularUser> CreateUserAsync(int? jurisdictionId, string userName, string role, long? organizationId = null)
    {
        await using var scope = App.Services.CreateAsyncScope();
        if (jurisdictionId is { } id) // as the office's request would: an officer's organization is looked up in its jurisdiction
        {
            var jurisdiction = (await scope.ServiceProvider.GetRequiredService<JurisdictionDirectory>().ListAsync(includeArchived: true)).Single(j => j.Id == id);
            scope.ServiceProvider.GetRequiredService<JurisdictionContext>().Set(jurisdiction.ToResolved());
        }
        var (user, errors) = await scope.ServiceProvider.GetRequiredService<UserAdmin>()
            .CreateAsync(jurisdictionId, new UserAdmin.NewUser(userName, userName, Password, role, organizationId));
        Assert.True(user is not null, string.Join("; ", errors.SelectMany(e => e.Value)));
        return user;
    }

    /// <summary>Switches a plugin on or off and sets its settings, as an office would.</summary>
    public async Task SetSwitchAsync(int jurisdictionId, string pluginId, bool enabled, Dictionary<string, string?>? settings = null)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var manifest = App.Services.GetRequiredService<Modular.Host.Plugins.PluginRegistry>().Find(pluginId)!.Manifest!;
        var result = await scope.ServiceProvider.GetRequiredService<PluginSwitchEditor>()
            .SaveAsync(jurisdictionId, pluginId, manifest.Settings, enabled, settings, expectedVersion: null);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.SelectMany(e => e.Value)));
    }

    /// <summary>
    /// A script's client: signed in through <c>POST /api/auth/login</c>, sending the bearer token, and signing in again
    /// whenever the host's clock has moved more than an hour since (tokens live 8 hours on that clock; tests jump months).
    /// </summary>
    public async Task<HttpClient> ApiClientAsync(string userName)
    {
        var signIn = new SigningIn(userName, App.Services.GetRequiredService<TimeProvider>());
        var client = new HttpClient(signIn) { BaseAddress = BaseAddress };
        _clients.Add(client);
        _signIns[client] = signIn;
        await signIn.SignInAsync(BaseAddress, CancellationToken.None); // a wrong name or password fails here, not at the first call
        return client;
    }

    /// <summary>The bearer token an API client of this host sends now (e.g. to replay it against another instance).</summary>
    public string BearerTokenOf(HttpClient apiClient) => _signIns[apiClient].Token!;

    private readonly Dictionary<HttpClient, SigningIn> _signIns = [];

    private sealed class SigningIn(string userName, TimeProvider clock) : DelegatingHandler(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false })
    {
        private string? _token;
        private DateTimeOffset _signedInAt;

        public string? Token => _token;

        public async Task SignInAsync(Uri host, CancellationToken ct)
        {
            using var login = new HttpRequestMessage(HttpMethod.Post, new Uri(host, "/api/auth/login")) { Content = JsonContent.Create(new { userName, password = Password }) };
            using var response = await base.SendAsync(login, ct);
            Assert.True(response.IsSuccessStatusCode, $"login {userName}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(ct)}");
            _token = (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("accessToken").GetString();
            _signedInAt = clock.GetUtcNow();
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            if (_token is null || (clock.GetUtcNow() - _signedInAt).Duration() > TimeSpan.FromHours(1))
                await SignInAsync(request.RequestUri!, ct);
            request.Headers.Authorization ??= new AuthenticationHeaderValue("Bearer", _token);
            return await base.SendAsync(request, ct);
        }
    }

    /// <summary>A person's browser: cookies kept, signed in through the sign-in page's form (with its antiforgery token).</summary>
    public async Task<HttpClient> BrowserClientAsync(string userName)
    {
        var client = NewClient();
        var form = await client.GetStringAsync("/account/login");
        var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName, ["Password"] = Password, ["__RequestVerificationToken"] = AntiforgeryToken(form),
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>
    /// Makes a browser send the antiforgery token on its API writes, as the pages' scripts do: read from the layout's
    /// <c>request-verification-token</c> meta tag (a signed-in page) into the <c>RequestVerificationToken</c> header.
    /// </summary>
    public static async Task<HttpClient> SendingPageTokenAsync(HttpClient browser)
    {
        var html = await browser.GetStringAsync("/account/password");
        var token = PageTokenPattern().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("no request-verification-token meta tag in the page");
        browser.DefaultRequestHeaders.Add("RequestVerificationToken", token);
        return browser;
    }

    /// <summary>Submits a page's form as a browser would: loads the page for its antiforgery token, then posts the fields.</summary>
    public static async Task<HttpResponseMessage> SubmitFormAsync(HttpClient browser, string pageUrl, Dictionary<string, string> fields, string? postUrl = null)
    {
        var page = await browser.GetStringAsync(pageUrl);
        fields["__RequestVerificationToken"] = AntiforgeryToken(page);
        return await browser.PostAsync(postUrl ?? pageUrl, new FormUrlEncodedContent(fields));
    }

    /// <summary>The job claims of another host instance on this database (its own instance name), with the lease given.</summary>
    public Modular.Schedules.JobClaims JobClaimsOfAnotherInstance(TimeSpan? lease = null) => new(
        App.Services.GetRequiredService<Modular.Audit.PlatformDatabase>(),
        Microsoft.Extensions.Options.Options.Create(new Modular.Schedules.JobOptions { Lease = lease ?? TimeSpan.FromSeconds(60) }),
        Microsoft.Extensions.Logging.Abstractions.NullLogger<Modular.Schedules.JobClaims>.Instance);

    /// <summary>A second host instance on the same database, as behind a load balancer.</summary>
    public async Task<WebApplication> StartAnotherInstanceAsync()
    {
        var app = await ModularApp.BuildAsync(
        [
            "--urls=http://127.0.0.1:0", $"--ConnectionStrings:Modular={ConnectionString}", $"--Plugins:Directory={_plugins.Path}",
            "--Logging:LogLevel:Default=Warning", "--Modular:RunScheduledJobs=false",
        ]);
        await app.StartAsync();
        _otherInstances.Add(app);
        return app;
    }

    public static string AntiforgeryToken(string html) =>
        AntiforgeryPattern().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("no antiforgery token in the page");

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryPattern();

    [GeneratedRegex("<meta name=\"request-verification-token\" content=\"([^\"]+)\"")]
    private static partial Regex PageTokenPattern();

    private HttpClient NewClient()
    {
        var cookies = new CookieContainer();
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = cookies }) { BaseAddress = BaseAddress };
        _clients.Add(client);
        _cookies[client] = cookies;
        return client;
    }

    /// <summary>The cookies a client of this host holds (e.g. to replay a sign-in against another instance).</summary>
    public CookieCollection CookiesOf(HttpClient client) => _cookies[client].GetCookies(BaseAddress);

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients) client.Dispose();
        foreach (var other in _otherInstances) await other.DisposeAsync();
        await App.StopAsync();
        await App.DisposeAsync();
        await _database.DisposeAsync();
        _plugins.Dispose();
    }
}
