using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Modular.Organizations;
using Modular.Tests.Infrastructure;

namespace Modular.Tests.Roster;

/// <summary>One host for a test class; each test makes its own jurisdiction (codes are unique per test).</summary>
public sealed class RosterHostFixture : IAsyncLifetime
{
    public TestHost Host { get; private set; } = null!;
    public async Task InitializeAsync() => Host = await TestHost.StartAsync([]);
    public async Task DisposeAsync() => await Host.DisposeAsync();
}

internal static class RosterTestKit
{
    /// <summary>A well-formed resident ID number from its first 17 digits.</summary>
    public static string IdNumber(string first17) => first17 + RosterCells.CheckDigit(first17);

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    /// <summary>A banner with a town committee over 第一党支部 (B1) and 第二党支部 (B2); its admin's API client.</summary>
    public static async Task<(HttpClient Admin, int JurisdictionId)> BannerWithBranchesAsync(this TestHost host, string code)
    {
        var jurisdiction = await host.CreateJurisdictionAsync(code, code + "旗");
        var admin = await host.ApiClientAsync(code + "-admin");
        var town = await admin.CreateOrganizationAsync(code, "T1", "巴丹吉林镇党委", "党委");
        await admin.CreateOrganizationAsync(code, "B1", "第一党支部", "党支部", town);
        await admin.CreateOrganizationAsync(code, "B2", "第二党支部", "党支部", town);
        return (admin, jurisdiction.Id);
    }

    public static async Task<long> CreateOrganizationAsync(this HttpClient api, string jurisdiction, string code, string name, string kind = "党支部", long? parentId = null)
    {
        var response = await api.PostAsJsonAsync($"/api/j/{jurisdiction}/organizations", new { code, name, kind, parentId, sector = "嘎查/农村" });
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"create {name}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.JsonAsync()).GetProperty("id").GetInt64();
    }

    public static async Task<HttpResponseMessage> ImportAsync(this HttpClient api, string jurisdiction, byte[] content, string fileName)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".xlsx") ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv");
        form.Add(file, "file", fileName);
        return await api.PostAsync($"/api/j/{jurisdiction}/people/import", form);
    }

    public static Task<JsonElement[]> PeopleAsync(this HttpClient api, string jurisdiction, string query = "") =>
        api.GetItemsAsync($"/api/j/{jurisdiction}/people{query}");

    public static JsonElement Named(this JsonElement[] people, string name) => people.Single(p => p.GetProperty("name").GetString() == name);
}
