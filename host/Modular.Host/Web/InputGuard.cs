using System.Text.Json;
using System.Text.RegularExpressions;
using Modular.Sdk;

namespace Modular.Host.Web;

/// <summary>
/// What no value a client sends may be, whatever the endpoint (core or plugin): checked in every query value, form
/// field and JSON string before it reaches a service, and answered with a 400 naming the field (problem details for
/// the API, a short text for pages).
/// <list type="bullet">
/// <item>U+0000: PostgreSQL cannot store it in text, so it would otherwise surface as a 500 from deep inside a save.</item>
/// <item>Longer than <see cref="Limits.AnyValue"/>: no field needs that much; services hold theirs to tighter sizes.</item>
/// <item>A date (yyyy-MM-dd, alone or starting a date and time) outside <see cref="Limits.FirstDay"/>..<see cref="Limits.LastDay"/>:
/// the one range of the pages, the API and the roster import.</item>
/// </list>
/// </summary>
public sealed partial class InputGuard(RequestDelegate next)
{
    // A date as the API and date inputs send it, possibly followed by a time: its year is what is checked.
    [GeneratedRegex(@"^(\d{4})-\d{2}-\d{2}(?:[T ].*)?$", RegexOptions.Singleline)]
    private static partial Regex DateLike();

    private const int LongestDate = 40; // "2011-06-20T01:00:00.0000000+08:00" and the like

    public async Task InvokeAsync(HttpContext http)
    {
        var refusal = Query(http.Request) ?? await FormAsync(http.Request) ?? await JsonAsync(http.Request);
        if (refusal is not { } r)
        {
            await next(http);
            return;
        }
        if (http.Request.Path.StartsWithSegments("/api"))
            await Results.ValidationProblem(new Dictionary<string, string[]> { [r.Field] = [r.Message] }).ExecuteAsync(http);
        else
        {
            // Written here rather than re-executed as the error page: that would read the same form again.
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            http.Response.ContentType = "text/plain; charset=utf-8";
            await http.Response.WriteAsync($"{r.Field}: {r.Message}", http.RequestAborted);
        }
    }

    private readonly record struct Refusal(string Field, string Message);

    /// <summary>Why the value is refused, or null.</summary>
    private static string? Problem(string? value) =>
        value is null ? null
        : value.Contains('\0') ? Text.Of("不能包含空字符（U+0000）。", "must not contain the null character (U+0000).")
        : value.Length > Limits.AnyValue ? Limits.TooLong(value, Limits.AnyValue)
        : value.Length <= LongestDate && DateLike().Match(value) is { Success: true } m && !Limits.IsWithinYears(int.Parse(m.Groups[1].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture)) ? Limits.DateOutOfRange
        : null;

    private static Refusal? First(IEnumerable<KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues>> values)
    {
        foreach (var (key, strings) in values)
        {
            if (Problem(key) is { } aboutKey) return new(key.Replace("\0", ""), aboutKey);
            foreach (var value in strings)
                if (Problem(value) is { } message) return new(key, message);
        }
        return null;
    }

    private static Refusal? Query(HttpRequest request) => First(request.Query);

    private static async Task<Refusal?> FormAsync(HttpRequest request)
    {
        if (!request.HasFormContentType) return null;
        try
        {
            return First(await request.ReadFormAsync(request.HttpContext.RequestAborted));
        }
        catch (InvalidDataException ex) when (ex.InnerException?.Message.Contains("null characters", StringComparison.Ordinal) == true)
        {
            // The framework's own reader refuses %00 in a urlencoded form before we see which field.
            return new("form", Problem("\0")!);
        }
    }

    /// <summary>The first JSON string (or property name) refused, with its path (e.g. <c>name</c> or <c>rows.note</c>); null if none.</summary>
    private static async Task<Refusal?> JsonAsync(HttpRequest request)
    {
        if (request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) != true) return null;
        request.EnableBuffering(); // the body's size is bounded by RequestSizeGuard before this runs
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, request.HttpContext.RequestAborted);
        request.Body.Position = 0;
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        // A NUL can only arrive escaped (\u0000): without such an escape, only short strings (dates) and very long ones need reading.
        var mayHoldNul = bytes.IndexOf("\\u0000"u8) >= 0 || bytes.IndexOf("\\U0000"u8) >= 0;
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
                        if (Problem(property) is { } aboutName) return new(Name("(name)"), aboutName);
                        break;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        path.Add(property);
                        property = null;
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        if (path.Count > 0) path.RemoveAt(path.Count - 1);
                        break;
                    // UTF-8 takes at least one byte per UTF-16 char: a string of at most AnyValue bytes holds at most AnyValue chars.
                    case JsonTokenType.String when mayHoldNul || reader.ValueSpan.Length <= LongestDate || reader.ValueSpan.Length > Limits.AnyValue:
                        if (Problem(reader.GetString()) is { } message) return new(Name(property ?? "(value)"), message);
                        property = null;
                        break;
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
