using System.Net;
using System.Net.Http.Json;
using Modular.Audit;
using Modular.Sdk;
using Modular.Identity;
using Modular.Jurisdictions;
using Modular.Tests.Infrastructure;

namespace Modular.Tests.Audit;

/// <summary>The audit log in the real host: plugins' and identity's writes, with the user who made them.</summary>
public sealed class AuditedHostTests(AuditedHostTests.Host fixture) : IClassFixture<AuditedHostTests.Host>
{
    public sealed class Host : IAsyncLifetime
    {
        public TestHost App { get; private set; } = null!;
        public Jurisdiction Banner { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            App = await TestHost.StartAsync(["test-good"]);
            Banner = await App.CreateJurisdictionAsync("banner", "测试旗", "test-good");
        }

        public async Task DisposeAsync() => await App.DisposeAsync();
    }

    private Task<ListPage<AuditEntry>> SearchAsync(AuditFilter filter) =>
        fixture.App.App.Services.GetRequiredService<AuditLog>().SearchAsync(fixture.Banner.Id, filter);

    [Fact]
    public async Task A_note_posted_through_the_plugins_API_is_recorded_with_the_signed_in_user()
    {
        var api = await fixture.App.ApiClientAsync("banner-admin");
        var response = await api.PostAsJsonAsync("/api/j/banner/test-good/notes", new { text = "学习笔记：审计" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);

        var entry = (await SearchAsync(new AuditFilter { Entity = "test_good.notes" })).Items
            .Single(e => e.After!.Value.GetProperty("text").GetString() == "学习笔记：审计");
        var user = (await ListUsersAsync()).Single(u => u.UserName == "banner-admin");
        Assert.Equal((AuditAction.Insert, user.Id, "banner-admin"), (entry.Action, entry.UserId, entry.UserName));
        Assert.Equal($"{fixture.Banner.Id}/{entry.After!.Value.GetProperty("id").GetInt64()}", entry.EntityKey);
    }

    [Fact]
    public async Task Creating_a_user_is_recorded_without_the_password_hash_or_stamps()
    {
        var created = await fixture.App.CreateUserAsync(fixture.Banner.Id, "banner-clerk", Roles.Member);

        var entries = (await SearchAsync(new AuditFilter { Entity = "identity.*", KeyContains = created.Id.ToString() })).Items;
        var user = entries.Single(e => e.Entity == "identity.users").After!.Value;
        Assert.Equal("banner-clerk", user.GetProperty("user_name").GetString());
        Assert.Equal(fixture.Banner.Id, user.GetProperty("jurisdiction_id").GetInt32());
        foreach (var secret in new[] { "password_hash", "security_stamp", "concurrency_stamp" })
            Assert.Equal("***", user.GetProperty(secret).GetString());
        var hash = await Sql.ScalarAsync<string>(fixture.App.ConnectionString, $"select password_hash from identity.users where id = {created.Id}");
        var stamp = await Sql.ScalarAsync<string>(fixture.App.ConnectionString, $"select security_stamp from identity.users where id = {created.Id}");
        var everything = await Sql.ScalarAsync<string>(fixture.App.ConnectionString, "select string_agg(concat(before::text, after::text), ' ') from audit.entries");
        Assert.DoesNotContain(hash, everything);
        Assert.DoesNotContain(stamp, everything);
    }

    [Fact]
    public async Task The_jurisdiction_its_admin_and_its_plugin_switch_are_recorded_as_done_by_the_system()
    {
        var page = await SearchAsync(new AuditFilter { Action = AuditAction.Insert, PageSize = PageRequest.MaxSize });

        Assert.Contains(page.Items, e => e.Entity == "jurisdictions.jurisdictions" && e.EntityKey == fixture.Banner.Id.ToString());
        Assert.Contains(page.Items, e => e.Entity == "identity.users" && e.After!.Value.GetProperty("user_name").GetString() == "banner-admin");
        Assert.Contains(page.Items, e => e.Entity == "identity.role_assignments");
        Assert.Contains(page.Items, e => e.Entity == "jurisdictions.plugin_switches" && e.EntityKey == $"{fixture.Banner.Id}/test-good");
        Assert.All(page.Items.Where(e => e.Entity.StartsWith("jurisdictions.")), e => Assert.Null(e.UserName));
    }

    private async Task<IReadOnlyList<UserAdmin.UserSummary>> ListUsersAsync()
    {
        await using var scope = fixture.App.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserAdmin>().ListAllAsync(fixture.Banner.Id);
    }
}
