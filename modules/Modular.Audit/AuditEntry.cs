using System.Text.Json;

namespace Modular.Audit;

/// <summary>
/// One recorded change. <see cref="Before"/> and <see cref="After"/> are JSON objects keyed by
/// column name: for an update only the changed columns and the key; for an insert no before, for a
/// delete no after. Secret values read <c>***</c>. A null user is the system.
/// </summary>
internal sealed record AuditEntry(
    long Id,
    int JurisdictionId,
    DateTimeOffset OccurredAt,
    int? UserId,
    string? UserName,
    string Entity,
    string EntityKey,
    AuditAction Action,
    JsonElement? Before,
    JsonElement? After);

/// <summary>What to look for in one jurisdiction's log. Every criterion left null matches everything.</summary>
internal sealed record AuditFilter
{
    /// <summary><c>schema.table</c> for one table, or a prefix ending in <c>*</c> (<c>test_good.*</c>) for several.</summary>
    public string? Entity { get; init; }
    /// <summary>The user name, exactly as signed in.</summary>
    public string? UserName { get; init; }
    public AuditAction? Action { get; init; }
    /// <summary>From this instant on (inclusive).</summary>
    public DateTimeOffset? From { get; init; }
    /// <summary>Before this instant (exclusive).</summary>
    public DateTimeOffset? To { get; init; }
    /// <summary>Text the row's key contains, ignoring case (e.g. a plugin id or a row number).</summary>
    public string? KeyContains { get; init; }
    /// <summary>1 for the newest entries.</summary>
    public int Page { get; init; } = 1;
    /// <summary>At most <see cref="Modular.Sdk.PageRequest.MaxSize"/>; larger values are cut to it.</summary>
    public int PageSize { get; init; } = Modular.Sdk.PageRequest.DefaultSize;
}
