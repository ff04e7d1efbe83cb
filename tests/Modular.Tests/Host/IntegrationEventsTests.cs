using System.Net;
using System.Net.Http.Json;
using Modular.Tests.Blocks;
using Modular.Tests.Infrastructure;
using Modular.Tests.Roster;

namespace Modular.Tests.Host;

/// <summary>
/// Integration events a plugin hears (the test plugin's <c>RosterListener</c>): a transfer, a member leaving the
/// rolls, an organization moved — after the change, in its jurisdiction, only where the plugin is on. One host for the
/// class, emptied before each test (what the plugin heard is kept by jurisdiction code: a test uses codes of its own).
/// </summary>
public sealed class IntegrationEventsTests(GoodPluginHost shared) : IClassFixture<GoodPluginHost>, IAsyncLifetime
{
    private TestHost _host = null!;

    public async Task InitializeAsync() => _host = await shared.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<(HttpClient Admin, int Jurisdiction, long Town, long B1, long B2, long Person)> BannerAsync(string code)
    {
        var (admin, jurisdiction) = await _host.BannerWithBranchesAsync(code);
        var organizations = await admin.GetItemsAsync($"/api/j/{code}/organizations");
        long Id(string name) => organizations.Single(o => o.GetProperty("name").GetString() == name).GetProperty("id").GetInt64();
        var created = await admin.PostAsJsonAsync($"/api/j/{code}/people", new { name = "乌云", organizationId = Id("第一党支部"), category = "正式党员", birthDate = "1980-05-01" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (admin, jurisdiction, Id("巴丹吉林镇党委"), Id("第一党支部"), Id("第二党支部"), (await created.JsonAsync()).GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task A_plugin_hears_transfers_leavings_and_moves_of_its_own_jurisdiction_where_it_is_on()
    {
        var (admin, jurisdiction, town, b1, b2, person) = await BannerAsync("ev-on");
        await _host.SetSwitchAsync(jurisdiction, "test-good", enabled: true);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsJsonAsync($"/api/j/ev-on/people/{person}/transfer", new { toOrganizationId = b2, on = "2011-03-01" })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsJsonAsync($"/api/j/ev-on/organizations/{b1}/move", new { parentId = (long?)null })).StatusCode);
        var updated = await admin.PutAsJsonAsync($"/api/j/ev-on/people/{person}", new { name = "乌云", category = "正式党员", standing = "Expelled" });
        Assert.Equal(HttpStatusCode.NoContent, updated.StatusCode);
        // Refused changes say nothing: the same branch again, a move under itself.
        await admin.PostAsJsonAsync($"/api/j/ev-on/people/{person}/transfer", new { toOrganizationId = b2 });
        await admin.PostAsJsonAsync($"/api/j/ev-on/organizations/{town}/move", new { parentId = town });

        Assert.Equal(
        [
            $"ev-on: transferred {person} {b1}->{b2} on 2011-03-01",
            $"ev-on: moved {b1} {town}->",
            $"ev-on: left {person} {b2} Expelled",
        ], (await admin.GetFromJsonAsync<string[]>("/api/j/ev-on/test-good/heard"))!);

        // Where the plugin is off, nothing is handed to it (switched on afterwards, it has heard nothing).
        var (other, otherJurisdiction, _, _, otherB2, otherPerson) = await BannerAsync("ev-off");
        Assert.Equal(HttpStatusCode.NoContent, (await other.PostAsJsonAsync($"/api/j/ev-off/people/{otherPerson}/transfer", new { toOrganizationId = otherB2 })).StatusCode);
        await _host.SetSwitchAsync(otherJurisdiction, "test-good", enabled: true);
        Assert.Empty((await other.GetFromJsonAsync<string[]>("/api/j/ev-off/test-good/heard"))!);
        Assert.Equal(3, (await admin.GetFromJsonAsync<string[]>("/api/j/ev-on/test-good/heard"))!.Length);
    }
}
