using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Modular.Tests.Infrastructure;

namespace Modular.Tests.Security;

/// <summary>U+0000 anywhere in what a client sends is a 400 that names the field, never a 500 from the database; one host for the class, emptied before each test.</summary>
public sealed class NullCharacterTests(BareHost shared) : IClassFixture<BareHost>, IAsyncLifetime
{
    private TestHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await shared.ResetAsync();
        await _host.CreateJurisdictionAsync("nul", "空字符旗");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task<string[]> FieldErrorsAsync(HttpResponseMessage response, string field)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode} {body}");
        var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), body);
        return [.. messages.EnumerateArray().Select(e => e.GetString()!)];
    }

    [Fact]
    public async Task In_a_query_a_json_body_a_nested_json_field_and_a_page_form()
    {
        var api = await _host.ApiClientAsync("nul-admin");

        Assert.Contains("不能包含空字符（U+0000）。", await FieldErrorsAsync(await api.GetAsync("/api/j/nul/people?name=%E7%8E%8B%00"), "name"));
        Assert.NotEmpty(await FieldErrorsAsync(await api.PostAsJsonAsync("/api/j/nul/organizations", new { code = "N1", name = "党支部\0", kind = "Branch" }), "name"));
        var nested = new StringContent("""{"rows":[{"note":"ok"},{"note":"bad\u0000"}],"title":"x"}""", Encoding.UTF8, "application/json");
        Assert.NotEmpty(await FieldErrorsAsync(await api.PostAsync("/api/j/nul/organizations", nested), "rows.note"));

        var browser = await _host.BrowserClientAsync("nul-admin");
        var form = await TestHost.SubmitFormAsync(browser, "/j/nul/office/users", new() { ["UserName"] = "x\0y", ["DisplayName"] = "某人", ["Password"] = TestHost.Password, ["Role"] = "member" });
        Assert.Equal(HttpStatusCode.BadRequest, form.StatusCode);

        // The same requests without it go through as usual.
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/j/nul/people?name=%E7%8E%8B")).StatusCode);
    }
}
