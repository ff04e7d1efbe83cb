using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Modular.Host.Plugins;
using Microsoft.EntityFrameworkCore;
using Modular.Sdk;
using Modular.Tests.Infrastructure;
using Npgsql;

namespace Modular.Tests.Host;

public sealed class GoodAndThrowingPluginsHost() : SharedTestHost(["test-good", "test-throwing"]);

/// <summary>The host with a good and a throwing test plugin, over real PostgreSQL and HTTP; one host for the class, emptied before each test.</summary>
[RunsLong(70)]
public sealed class PluginHostingTests(GoodAndThrowingPluginsHost shared) : IClassFixture<GoodAndThrowingPluginsHost>, IAsyncLifetime
{
    private TestHost _host = null!;
    private string _banner = null!;
    private string _county = null!;
    private int _countyId;
    private HttpClient _bannerApi = null!, _countyApi = null!, _plainApi = null!, _bannerBrowser = null!, _plainBrowser = null!;

    public async Task InitializeAsync()
    {
        _host = await shared.ResetAsync();
        _banner = (await _host.CreateJurisdictionAsync("banner", "测试旗", "test-good")).Code;
        var county = await _host.CreateJurisdictionAsync("county", "测试县", "test-good");
        (_county, _countyId) = (county.Code, county.Id);
        await _host.CreateJurisdictionAsync("plain", "未启用插件的辖区");
        _bannerApi = await _host.ApiClientAsync("banner-admin");
        _countyApi = await _host.ApiClientAsync("county-admin");
        _plainApi = await _host.ApiClientAsync("plain-admin");
        _bannerBrowser = await _host.BrowserClientAsync("banner-admin");
        _plainBrowser = await _host.BrowserClientAsync("plain-admin");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_older_build_of_a_plugin_on_a_schema_a_newer_one_migrated_is_refused_and_the_rest_serves()
    {
        // As if a newer test-good had run here and this instance were started with the older one: a downgrade.
        await Sql.ExecuteAsync(_host.ConnectionString, "insert into test_good.__migrations (id, checksum) values ('9999_from_a_newer_build', 'x')");
        try
        {
            var older = await _host.StartAnotherInstanceAsync();
            var plugin = older.Services.GetRequiredService<Modular.Host.Plugins.PluginRegistry>().Find("test-good")!;
            Assert.Equal(Modular.Host.Plugins.PluginState.Failed, plugin.State);
            Assert.Contains("9999_from_a_newer_build", plugin.Reason);
            Assert.Contains("downgrade", plugin.Reason);
            using var client = new HttpClient { BaseAddress = new Uri(older.Urls.First()) };
            Assert.Equal("Degraded", await client.GetStringAsync("/healthz/ready"));   // the host and its other plugins still serve
        }
        finally
        {
            await Sql.ExecuteAsync(_host.ConnectionString, "delete from test_good.__migrations where id = '9999_from_a_newer_build'");
        }
    }

    [Fact]
    public async Task Healthz_reports_the_database_and_each_plugin_with_its_state()
    {
        var platform = await _host.ApiClientAsync(TestHost.PlatformAdmin);
        var response = await platform.GetAsync("/healthz");
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("degraded", body.GetProperty("status").GetString()); // one plugin failed, the host serves
        Assert.Equal("healthy", body.GetProperty("database").GetProperty("status").GetString());
        var plugins = body.GetProperty("plugins").EnumerateArray().ToDictionary(p => p.GetProperty("id").GetString()!);
        Assert.Equal("loaded", plugins["test-good"].GetProperty("state").GetString());
        Assert.Equal("1.2.3", plugins["test-good"].GetProperty("version").GetString());
        Assert.Equal("failed", plugins["test-throwing"].GetProperty("state").GetString());
        Assert.Equal("threw while configuring services: InvalidOperationException: test plugin fails on purpose",
            plugins["test-throwing"].GetProperty("reason").GetString());
        Assert.StartsWith("PostgreSQL ", body.GetProperty("database").GetProperty("description").GetString());
        Assert.True(body.TryGetProperty("pluginDirectory", out _));
    }

    [Fact]
    public async Task Live_answers_without_checks_and_ready_checks_the_database_migrations_and_plugins()
    {
        var live = await _host.Anonymous.GetAsync("/healthz/live");
        Assert.Equal((HttpStatusCode.OK, "Healthy"), (live.StatusCode, await live.Content.ReadAsStringAsync()));
        // Ready: the database answers and every migration is recorded; the plugin that failed to load degrades it, and the
        // host still takes traffic (200), its other plugins serving.
        var ready = await _host.Anonymous.GetAsync("/healthz/ready");
        Assert.Equal((HttpStatusCode.OK, "Degraded"), (ready.StatusCode, await ready.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Healthz_tells_anyone_else_the_states_but_not_the_server_version_paths_or_reasons()
    {
        var text = await (await _host.Anonymous.GetAsync("/healthz")).Content.ReadAsStringAsync();
        var body = JsonDocument.Parse(text).RootElement;

        Assert.Equal("degraded", body.GetProperty("status").GetString());
        Assert.Equal("healthy", body.GetProperty("database").GetProperty("status").GetString());
        Assert.False(body.GetProperty("database").TryGetProperty("description", out _));
        Assert.False(body.TryGetProperty("pluginDirectory", out _));
        Assert.All(body.GetProperty("plugins").EnumerateArray(), p => Assert.False(p.TryGetProperty("reason", out _) || p.TryGetProperty("version", out _)));
        Assert.DoesNotContain("PostgreSQL", text);
        Assert.DoesNotContain("/tmp", text);
    }

    [Fact]
    public async Task The_admin_page_lists_every_plugin_with_its_state_and_reason()
    {
        var platform = await _host.BrowserClientAsync(TestHost.PlatformAdmin);
        var html = await platform.GetStringAsync("/admin/plugins");

        Assert.Contains("test-good", html);
        Assert.Contains("已加载", html);
        Assert.Contains("test plugin fails on purpose", html);
    }

    [Fact]
    public async Task A_plugin_page_is_served_precompiled_under_its_area_where_it_is_on()
    {
        var response = await _bannerBrowser.GetAsync($"/j/{_banner}/test-good");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<h1>测试笔记</h1>", html);
        Assert.Contains("测试旗", html); // rendered inside the host's layout
    }

    [Fact]
    public async Task Pages_are_described_on_their_first_request_and_every_request_runs_the_described_page_with_its_policy_and_plugin()
    {
        var routes = _host.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        var jurisdictions = routes.Single(e => e.Metadata.GetMetadata<PageActionDescriptor>() is { ViewEnginePath: "/Admin/Jurisdictions" });
        var notes = routes.First(e => e.Metadata.GetMetadata<PageActionDescriptor>() is { AreaName: "test-good", ViewEnginePath: "/Index" }); // routed as …/test-good and …/test-good/Index

        // At start the routing holds each page's route only (PagesDescribedOnFirstUse): the folder's policy and the plugin's
        // mark come with the page's description, which the routing puts in its place before the guards read it.
        Assert.IsNotType<CompiledPageActionDescriptor>(jurisdictions.Metadata.GetMetadata<PageActionDescriptor>());
        Assert.Empty(jurisdictions.Metadata.OfType<IAuthorizeData>());
        Assert.Null(notes.Metadata.GetMetadata<PluginEndpointMetadata>());

        for (var request = 0; request < 2; request++)
        {
            var denied = await _bannerBrowser.GetAsync("/admin/jurisdictions");
            Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
            Assert.Contains("/account/denied", denied.Headers.Location!.OriginalString);
            Assert.Equal(HttpStatusCode.NotFound, (await _plainBrowser.GetAsync("/j/plain/test-good")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await _bannerBrowser.GetAsync($"/j/{_banner}/test-good")).StatusCode);
        }
        var platform = await _host.BrowserClientAsync(TestHost.PlatformAdmin);
        Assert.Equal(HttpStatusCode.OK, (await platform.GetAsync("/admin/jurisdictions")).StatusCode);
    }

    [Theory]
    [InlineData("/j/plain/test-good")]               // jurisdiction without the plugin
    [InlineData("/api/j/plain/test-good/notes")]
    [InlineData("/j/nowhere/test-good")]             // unknown jurisdiction
    [InlineData("/api/j/nowhere/test-good/notes")]
    [InlineData("/j/nowhere")]
    [InlineData("/j/banner/test-good")]              // someone else's jurisdiction
    [InlineData("/api/j/banner/test-good/notes")]
    public async Task A_plugin_is_404_where_it_is_not_switched_on(string url)
    {
        var client = url.StartsWith("/api") ? _plainApi : _plainBrowser;
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in_and_scripts_get_401()
    {
        var page = await _host.Anonymous.GetAsync($"/j/{_banner}/test-good");
        var api = await _host.Anonymous.GetAsync($"/api/j/{_banner}/test-good/notes");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/account/login", page.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
    }

    [Fact]
    public async Task Switching_a_plugin_off_hides_it_and_switching_it_on_shows_its_data_again()
    {
        Assert.Equal(HttpStatusCode.Created, (await _countyApi.PostAsJsonAsync($"/api/j/{_county}/test-good/notes", new { text = "县里的笔记" })).StatusCode);

        await _host.SetSwitchAsync(_countyId, "test-good", enabled: false);
        Assert.Equal(HttpStatusCode.NotFound, (await _countyApi.GetAsync($"/api/j/{_county}/test-good/notes")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _bannerBrowser.GetAsync($"/j/{_banner}/test-good")).StatusCode); // others keep it

        await _host.SetSwitchAsync(_countyId, "test-good", enabled: true);
        Assert.Contains("县里的笔记", (await _countyApi.GetFromJsonAsync<string[]>($"/api/j/{_county}/test-good/notes"))!);
    }

    [Fact]
    public async Task Plugin_data_is_filtered_by_jurisdiction()
    {
        await _bannerApi.PostAsJsonAsync($"/api/j/{_banner}/test-good/notes", new { text = "旗里的笔记" });

        Assert.Contains("旗里的笔记", (await _bannerApi.GetFromJsonAsync<string[]>($"/api/j/{_banner}/test-good/notes"))!);
        Assert.DoesNotContain("旗里的笔记", (await _countyApi.GetFromJsonAsync<string[]>($"/api/j/{_county}/test-good/notes"))!);
    }

    [Fact]
    public async Task A_plugin_reads_its_settings_per_jurisdiction_with_the_manifest_default_elsewhere()
    {
        await _host.SetSwitchAsync(_countyId, "test-good", enabled: true, new() { ["note.minChars"] = "2" });

        var inBanner = await _bannerApi.PostAsJsonAsync($"/api/j/{_banner}/test-good/notes", new { text = "四个字符" });
        var inCounty = await _countyApi.PostAsJsonAsync($"/api/j/{_county}/test-good/notes", new { text = "四个字符" });

        Assert.Equal(HttpStatusCode.BadRequest, inBanner.StatusCode); // default 5
        Assert.Contains("at least 5 characters", await inBanner.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Created, inCounty.StatusCode);
    }

    [Fact]
    public async Task The_dashboard_shows_the_plugins_menu_and_widgets_of_its_jurisdiction_only()
    {
        var banner = await _bannerBrowser.GetStringAsync($"/j/{_banner}");
        var plain = await _plainBrowser.GetStringAsync("/j/plain");

        Assert.Contains($"href=\"/j/{_banner}/test-good\"", banner);
        Assert.Contains("笔记数", banner);
        Assert.Contains("note-count", banner);
        Assert.DoesNotContain("test-good", plain);
        Assert.Contains("本辖区还没有启用任何活动模块", plain);
    }

    [Fact]
    public async Task Plugin_migrations_run_at_start_into_the_plugins_own_schema()
    {
        await using var data = NpgsqlDataSource.Create(_host.ConnectionString);
        await using var command = data.CreateCommand("select id from test_good.__migrations");
        Assert.Equal("0001_notes", await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Saving_another_jurisdictions_row_through_a_plugin_context_is_refused()
    {
        using var scope = _host.App.Services.CreateScope();
        var contextType = _host.App.Services.GetRequiredService<Modular.Host.Plugins.PluginRegistry>().Find("test-good")!.Contributions.DbContexts.Single();
        var factory = scope.ServiceProvider.GetRequiredService(typeof(IDbContextFactory<>).MakeGenericType(contextType));
        await using var context = (Modular.Sdk.Data.PluginDbContext)factory.GetType().GetMethod("CreateDbContext", Type.EmptyTypes)!.Invoke(factory, null)!;
        var noteType = contextType.Assembly.GetType("Modular.TestPlugins.Good.Note")!;
        var note = (Modular.Sdk.Data.IJurisdictionScoped)Activator.CreateInstance(noteType)!;
        noteType.GetProperty("Text")!.SetValue(note, "forged");
        note.JurisdictionId = _countyId;

        context.CurrentJurisdictionId = _countyId + 1;
        context.Add(note);
        await Assert.ThrowsAsync<Modular.Sdk.Data.CrossJurisdictionWriteException>(() => context.SaveChangesAsync());

        context.CurrentJurisdictionId = 0;
        await Assert.ThrowsAsync<InvalidOperationException>(() => context.SaveChangesAsync());
    }

    [Fact]
    public async Task The_openapi_document_describes_the_plugin_api()
    {
        var json = await _host.Anonymous.GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/j/{jurisdiction}/test-good/notes", json);
    }
}
