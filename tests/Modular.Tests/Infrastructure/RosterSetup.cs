using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Modular.Tests.Infrastructure;

/// <summary>
/// An organization, a member or a linked account through the office's API of a jurisdiction a test made itself, for the
/// host's tests that need one or two (a whole tree is <see cref="TestJurisdiction"/>'s).
/// </summary>
public static class RosterSetup
{
    public static async Task<long> OrganizationAsync(HttpClient office, string code, string name, string kind, string? sector, long? parentId)
    {
        var response = await office.PostAsJsonAsync($"/api/j/{code}/organizations", new { code = $"o{Random.Shared.Next(100000, 999999)}", name, kind, sector, parentId });
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"create {name}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }

    /// <summary>A member with plausible details; <paramref name="ethnicity"/> and dates vary by kit only for realism.</summary>
    public static async Task<long> PersonAsync(HttpClient office, string code, string name, long organizationId, bool leadingCadre,
        string category = "正式党员", string ethnicity = "汉族", string birthDate = "1970-03-02", string joinedOn = "1995-07-01")
    {
        var response = await office.PostAsJsonAsync($"/api/j/{code}/people", new
        {
            name, gender = "男", ethnicity, birthDate, category, joinedOn, organizationId, isLeadingCadre = leadingCadre,
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"create {name}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }

    /// <summary>A user of the jurisdiction, linked to a roster person when given (the member's own pages and API).</summary>
    public static async Task UserAsync(TestHost host, HttpClient office, string code, int jurisdictionId, string userName, string role, long? organizationId, long? personId)
    {
        var user = await host.CreateUserAsync(jurisdictionId, userName, role, organizationId);
        if (personId is { } person)
        {
            var link = await office.PutAsJsonAsync($"/api/j/{code}/person-accounts", new { userId = user.Id, personId = person });
            Assert.True(link.IsSuccessStatusCode, $"link {userName}: {(int)link.StatusCode} {await link.Content.ReadAsStringAsync()}");
        }
    }
}
