using System.Globalization;
using Modular.Sdk;

namespace Modular.Jurisdictions;

/// <summary>A jurisdiction row: a banner, a league, a county, an institute, a party group.</summary>
public sealed class Jurisdiction
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public int? ParentId { get; set; }
    public string TimeZone { get; set; } = DefaultTimeZone;
    public string Language { get; set; } = DefaultLanguage;
    public DateTimeOffset? ArchivedAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    public const string DefaultTimeZone = "Asia/Shanghai";
    public const string DefaultLanguage = "zh-CN";

    public IJurisdiction ToResolved() => new ResolvedJurisdiction(Id, Code, Name, TimeZoneInfo.FindSystemTimeZoneById(TimeZone), CultureInfo.GetCultureInfo(Language));
}

/// <summary>The immutable view of a jurisdiction that requests and jobs carry.</summary>
internal sealed record ResolvedJurisdiction(int Id, string Code, string Name, TimeZoneInfo TimeZone, CultureInfo Culture) : IJurisdiction;

/// <summary>Whether a plugin is on for a jurisdiction, and the settings its office chose.</summary>
public sealed class PluginSwitch
{
    public int JurisdictionId { get; set; }
    public required string PluginId { get; set; }
    public bool Enabled { get; set; }
    /// <summary>A JSON object: setting key → value as text in the setting type's format. Absent keys take the manifest default.</summary>
    public string SettingsJson { get; set; } = "{}";
    /// <summary>Concurrency token: two offices editing at once do not overwrite each other.</summary>
    public int Version { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
