using System.Text.Json;
using System.Text.Json.Serialization;

namespace Modular.Sdk.Manifest;

/// <summary>
/// What the host knows about a plugin before running any of its code: the <c>plugin.json</c>
/// file that sits beside the plugin's assembly.
/// </summary>
public sealed record PluginManifest
{
    public const string FileName = "plugin.json";

    /// <summary>Stable id, lower-case with dashes (e.g. <c>banner-six-ones</c>); also the URL segment.</summary>
    public required string Id { get; init; }
    public required LocalizedText Name { get; init; }
    public LocalizedText? Description { get; init; }
    /// <summary>The plugin's own semantic version.</summary>
    public required string Version { get; init; }
    /// <summary>The SDK version the plugin was written for; its major must equal the host's.</summary>
    public required string SdkVersion { get; init; }
    /// <summary>File name of the assembly that holds the startup, relative to the plugin folder.</summary>
    public required string Assembly { get; init; }
    /// <summary>Ids of plugins that must be loaded first.</summary>
    public IReadOnlyList<string> Dependencies { get; init => field = value ?? []; } = [];
    /// <summary>The PostgreSQL schema of the plugin's tables and migrations (lower-case letters, digits, underscores); required when it has a DbContext.</summary>
    public string? Schema { get; init; }
    /// <summary>The numbers and dates a jurisdiction may change, with the source document's values as defaults.</summary>
    public IReadOnlyList<SettingDefinition> Settings { get; init => field = value ?? []; } = [];

    /// <summary>The area name that routes the plugin's pages; derived from the id so it cannot clash.</summary>
    [JsonIgnore]
    public string Area => Id;

    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        // Made at build time: the host reads every plugin's manifest first thing at start. The generated reader sets a list
        // the file leaves out to null, which the two lists' setters turn back into empty ones.
        TypeInfoResolver = PluginManifestJson.Default,
    };

    /// <summary>Reads and validates a manifest. Throws <see cref="PluginManifestException"/> saying what is wrong.</summary>
    public static PluginManifest Parse(string json, string source)
    {
        PluginManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<PluginManifest>(json, JsonOptions);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" at line {line + 1}" : "";
            throw new PluginManifestException($"{source}: not valid JSON{where}: {ex.Message}");
        }
        if (manifest is null) throw new PluginManifestException($"{source}: the manifest is empty.");
        manifest.Validate(source);
        return manifest;
    }

    public static PluginManifest Load(string path) => Parse(File.ReadAllText(path), path);

    public Version ParsedSdkVersion => System.Version.TryParse(SdkVersion, out var v) ? v : new Version(0, 0);

    private void Validate(string source)
    {
        var errors = new List<string>();
        if (!PluginIds.IsValid(Id)) errors.Add($"id \"{Id}\" must be lower-case letters, digits and dashes, starting with a letter");
        if (string.IsNullOrWhiteSpace(Name?.ZhCn)) errors.Add("name.zh-CN is required");
        if (Schema is not null && !PluginIds.IsValidSchema(Schema))
            errors.Add($"schema \"{Schema}\" must be lower-case letters, digits and underscores, starting with a letter, at most 63 characters, and not pg_…");
        if (!System.Version.TryParse(Version, out _)) errors.Add($"version \"{Version}\" is not a version like 1.2.0");
        if (!System.Version.TryParse(SdkVersion, out _)) errors.Add($"sdkVersion \"{SdkVersion}\" is not a version like 1.0.0");
        if (string.IsNullOrWhiteSpace(Assembly) || Assembly.Contains('/') || Assembly.Contains('\\') || !Assembly.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            errors.Add($"assembly \"{Assembly}\" must be a .dll file name in the plugin folder");
        foreach (var dependency in Dependencies)
            if (!PluginIds.IsValid(dependency)) errors.Add($"dependency \"{dependency}\" is not a plugin id");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var setting in Settings)
        {
            if (!seen.Add(setting.Key)) errors.Add($"setting \"{setting.Key}\" is declared twice");
            errors.AddRange(setting.Validate().Select(e => $"setting \"{setting.Key}\": {e}"));
        }
        if (errors.Count > 0)
            throw new PluginManifestException($"{source}: {string.Join("; ", errors)}.");
    }
}

[JsonSerializable(typeof(PluginManifest))]
internal sealed partial class PluginManifestJson : JsonSerializerContext;

public static class PluginIds
{
    public static bool IsValid(string? id) =>
        !string.IsNullOrEmpty(id) && id.Length <= 63 && char.IsAsciiLetterLower(id[0])
        && id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    /// <summary>A schema name PostgreSQL takes unquoted and that is not one of its own (<c>pg_…</c>).</summary>
    public static bool IsValidSchema(string? schema) =>
        !string.IsNullOrEmpty(schema) && schema.Length <= 63 && char.IsAsciiLetterLower(schema[0]) && !schema.StartsWith("pg_", StringComparison.Ordinal)
        && schema.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_');
}

public sealed class PluginManifestException(string message) : Exception(message);
