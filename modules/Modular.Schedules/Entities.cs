using Modular.Sdk.Data;

namespace Modular.Schedules;

/// <summary>A plugin's campaign run in one jurisdiction: its dates, and the settings its deadline rules may read.</summary>
public sealed class Campaign : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public long Id { get; set; }
    public required string PluginId { get; set; }
    public required string Name { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    /// <summary>A JSON object of setting key → text (a date or a rule).</summary>
    public string Settings { get; set; } = "{}";
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>阶段: a stage of a campaign.</summary>
public sealed class Stage : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public long Id { get; set; }
    public long CampaignId { get; set; }
    public required string Name { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
}

/// <summary>A named event of a campaign (e.g. <c>county-mobilization-meeting</c>) that rules count from, once its date is recorded.</summary>
public sealed class Milestone : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public long CampaignId { get; set; }
    public required string Key { get; set; }
    public required string Name { get; set; }
    public DateOnly? OccurredOn { get; set; }
}

/// <summary>A deadline rule and whom it binds: every leading cadre, every member, or every organization (of a kind), in a subtree.</summary>
public sealed class Deadline : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public long Id { get; set; }
    public long CampaignId { get; set; }
    public required string TypeKey { get; set; }
    public required string Name { get; set; }
    public required string Rule { get; set; }
    public required string Assignees { get; set; }
    public long? SubtreeRootId { get; set; }
    public string? OrganizationKind { get; set; }
}

/// <summary>Who owes what by when, and the record that met it. Its status is computed (<see cref="Rules.ObligationStatusRules"/>).</summary>
public sealed class Obligation : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public long Id { get; set; }
    public required string Source { get; set; }
    public long? DeadlineId { get; set; }
    public required string TypeKey { get; set; }
    public short ObligedKind { get; set; }
    public long ObligedId { get; set; }
    public long OrganizationId { get; set; }
    public DateOnly PeriodStart { get; set; }
    public DateOnly? DueOn { get; set; }
    public string? RecordKind { get; set; }
    public string? RecordRef { get; set; }
    public DateTimeOffset? MetAt { get; set; }
    public DateOnly? MetOn { get; set; }
}

/// <summary>A meeting, training or lecture of an organization.</summary>
public sealed class ScheduledEvent : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public long Id { get; set; }
    public long? CampaignId { get; set; }
    public required string Title { get; set; }
    public required string Kind { get; set; }
    public long OrganizationId { get; set; }
    public DateTimeOffset StartsAt { get; set; }
    /// <summary>The jurisdiction's day of <see cref="StartsAt"/>.</summary>
    public DateOnly HeldOn { get; set; }
    public decimal Hours { get; set; }
    /// <summary>The plugin's kind of record (<c>six-ones.education</c>); null for the office's own events.</summary>
    public string? Source { get; set; }
    public string? Slot { get; set; }
    public string? Place { get; set; }
    public string? Summary { get; set; }
    public List<string> Tags { get; set; } = [];
    public Dictionary<string, string> Details { get; set; } = [];
    public DateTimeOffset RecordedAt { get; set; }
    public string? RecordedBy { get; set; }
    public int Version { get; set; }
    public List<Attendance> Attendance { get; set; } = [];
}

/// <summary>One person expected at an event: attended for some hours, or absent with the reason.</summary>
public sealed class Attendance : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public long EventId { get; set; }
    public long PersonId { get; set; }
    public decimal Hours { get; set; }
    public bool Attended { get; set; } = true;
    public string? AbsenceReason { get; set; }
}

public sealed class CalendarToken : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public long Id { get; set; }
    public long PersonId { get; set; }
    public required byte[] TokenHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}
