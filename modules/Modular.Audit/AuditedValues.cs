using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Modular.Sdk.Data;

namespace Modular.Audit;

/// <summary>
/// Column values as the log keeps them: a JSON object keyed by column name, values as stored (after
/// value converters), secrets replaced by <see cref="Masked"/> so the log shows that they changed
/// but never what they are.
/// </summary>
internal static class AuditedValues
{
    public const string Masked = "***";

    // Identity's columns, whose values would help anyone who read the log to sign in as someone else.
    private static readonly string[] SecretNameParts = ["PasswordHash", "SecurityStamp", "ConcurrencyStamp"];
    private static readonly ConcurrentDictionary<IProperty, bool> Secrets = new();

    public static bool IsSecret(IProperty property) => Secrets.GetOrAdd(property, p =>
        SecretNameParts.Any(part => p.Name.Contains(part, StringComparison.OrdinalIgnoreCase))
        || p.PropertyInfo?.GetCustomAttribute<AuditIgnoreAttribute>() is not null);

    public static string ToJson(IEnumerable<IProperty> columns, PropertyValues values)
    {
        var json = new JsonObject();
        foreach (var property in columns)
            json[property.GetColumnName()!] = ValueOf(property, values[property]);
        return json.ToJsonString(Readable);
    }

    // Chinese and other text as itself, not \uXXXX escapes: a note's entry travels to the server at a third of the
    // size (jsonb stores the same either way). Safe here: the JSON goes to a jsonb parameter, never into HTML or a script.
    private static readonly JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The row's primary key values joined by <c>/</c>, e.g. <c>3/banner-six-ones</c>.</summary>
    public static string KeyOf(IEntityType type, PropertyValues values) =>
        string.Join('/', type.FindPrimaryKey()!.Properties.Select(p => Convert.ToString(values[p], CultureInfo.InvariantCulture)));

    private static JsonNode? ValueOf(IProperty property, object? value)
    {
        if (value is null) return null;
        if (IsSecret(property)) return Masked;
        var stored = property.GetTypeMapping().Converter is { } converter ? converter.ConvertToProvider(value)! : value;
        // A JSON column mapped to a string reads better as the JSON it holds than as an escaped string.
        if (stored is string text && property.GetColumnType() is "jsonb" or "json" && TryParse(text) is { } parsed) return parsed;
        try
        {
            return JsonSerializer.SerializeToNode(stored, stored.GetType());
        }
        catch (Exception e) when (e is NotSupportedException or InvalidOperationException or JsonException)
        {
            return stored.ToString(); // a provider type System.Text.Json cannot write (a range, a geometry)
        }
    }

    private static JsonNode? TryParse(string json)
    {
        try { return JsonNode.Parse(json); }
        catch (JsonException) { return null; }
    }
}
