using System.Text.Json;
using Modular.Sdk;

namespace Modular.Host.Web;

/// <summary>
/// Refuses U+0000 in any query value, form field or JSON string before it reaches a service:
/// PostgreSQL cannot store it in text, so it would otherwise surface as a 500 from deep inside a save.
/// Answers 400 naming the field (problem details for the API, the error page for pages).
/// </summary>
public sealed class NullCharacterGuard(RequestDelegate next)
{
    private const int MaxScannedJsonBytes = 16 * 1024 * 1024;

    public async Task InvokeAsync(HttpContext http)
    {
        var field = http.Request.Query.FirstOrDefault(q => HasNull(q.Key) || q.Value.Any(HasNull)).Key
                    ?? await FormFieldWithNullAsync(http.Request)
                    ?? await JsonFieldWithNullAsync(http.Request);
        if (field is null)
        {
            await next(http);
            return;
        }
        var message = Text.Of("不能包含空字符（U+0000）。", "must not contain the null character (U+0000).");
        if (http.Request.Path.StartsWithSegments("/api"))
            await Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }).ExecuteAsync(http);
        else
        {
            // Written here rather than re-executed as the error page: that would read the same form again.
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            http.Response.ContentType = "text/plain; charset=utf-8";
            await http.Response.WriteAsync($"{field}: {message}", http.RequestAborted);
        }
    }

    private static async Task<string?> FormFieldWithNullAsync(HttpRequest request)
    {
        if (!request.HasFormContentType) return null;
        try
        {
            return (await request.ReadFormAsync(request.HttpContext.RequestAborted)).FirstOrDefault(f => HasNull(f.Key) || f.Value.Any(HasNull)).Key;
        }
        catch (InvalidDataException ex) when (ex.InnerException?.Message.Contains("null characters", StringComparison.Ordinal) == true)
        {
            return "form"; // the framework's own reader refuses %00 in a urlencoded form before we see which field
        }
    }

    private static bool HasNull(string? value) => value?.Contains('\0') == true;

    /// <summary>The path of the first JSON string (or property name) holding U+0000, e.g. <c>name</c> or <c>rows.note</c>; null if none.</summary>
    private static async Task<string?> JsonFieldWithNullAsync(HttpRequest request)
    {
        if (request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) != true || request.ContentLength is > MaxScannedJsonBytes) return null;
        request.EnableBuffering();
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, request.HttpContext.RequestAborted);
        request.Body.Position = 0;
        // A NUL can only arrive escaped (\u0000); skip the parse when the text has no such escape.
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        if (bytes.IndexOf("\\u0000"u8) < 0 && bytes.IndexOf("\\U0000"u8) < 0) return null;
        try
        {
            var reader = new Utf8JsonReader(bytes);
            var path = new List<string?>(); // one entry per open object or array: the property that holds it, if any
            string? property = null;
            string Name(string leaf) => string.Join('.', [.. path.OfType<string>(), leaf]);
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        property = reader.GetString();
                        if (HasNull(property)) return Name("(name)");
                        break;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        path.Add(property);
                        property = null;
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        if (path.Count > 0) path.RemoveAt(path.Count - 1);
                        break;
                    case JsonTokenType.String when HasNull(reader.GetString()):
                        return Name(property ?? "(value)");
                    default: // a value: the property it belonged to is done
                        property = null;
                        break;
                }
            }
        }
        catch (JsonException)
        {
            // Malformed JSON is the endpoint's to refuse.
        }
        return null;
    }
}
