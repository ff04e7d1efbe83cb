using System.Net;
using System.Text.Json;

namespace Modular.Testing;

/// <summary>
/// Reading the API's answers in a test: the status asserted (with the body in the message when it is not the one
/// expected), then the body as JSON, a 400's messages, or the rows of a list.
/// </summary>
public static class HttpAssertions
{
    /// <summary>The body as JSON (<c>default</c> when empty), after asserting the status (200 unless told).</summary>
    public static async Task<JsonElement> OkJsonAsync(this HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>The same for a call: <c>await client.GetAsync(url).OkJsonAsync()</c>.</summary>
    public static async Task<JsonElement> OkJsonAsync(this Task<HttpResponseMessage> call, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await call;
        return await response.OkJsonAsync(expected);
    }

    /// <summary>Asserts a status and, when given, that the problem names the field; the body.</summary>
    public static async Task<string> StatusAsync(this Task<HttpResponseMessage> call, HttpStatusCode expected, string? field = null)
    {
        using var response = await call;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        if (field is not null) Assert.Contains($"\"{field}\"", body);
        return body;
    }

    /// <summary>The messages of a 400 problem for one field (a validation problem), or its whole <c>errors</c> list (an import's).</summary>
    public static async Task<string[]> ProblemAsync(this HttpResponseMessage response, string? field = null)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {body}");
        var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors");
        var list = field is null ? errors : errors.GetProperty(field);
        return [.. list.EnumerateArray().Select(e => e.GetString()!)];
    }

    public static IEnumerable<JsonElement> Items(this JsonElement array) => array.EnumerateArray();

    /// <summary>The one element of an array whose <paramref name="property"/> is <paramref name="id"/>.</summary>
    public static JsonElement Row(this JsonElement array, string property, long id) => array.EnumerateArray().Single(e => e.GetProperty(property).GetInt64() == id);
}
