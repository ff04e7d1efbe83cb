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

    public static async Task<JsonElement[]> PeopleAsync(this HttpClient api, string jurisdiction, string query = "") =>
        (await api.GetFromJsonAsync<JsonElement[]>($"/api/j/{jurisdiction}/people{query}"))!;

    public static JsonElement Named(this JsonElement[] people, string name) => people.Single(p => p.GetProperty("name").GetString() == name);
}
