namespace Modular.Audit;

/// <summary>What happened to the row, stored as <c>insert</c>, <c>update</c> or <c>delete</c>; or <c>download</c>: a list
/// with personal data left the system (<see cref="PersonalDataDownloadLog"/>).</summary>
public enum AuditAction
{
    Insert,
    Update,
    Delete,
    Download,
}

internal static class AuditActions
{
    public static string ToSql(this AuditAction action) => action switch
    {
        AuditAction.Insert => "insert",
        AuditAction.Update => "update",
        AuditAction.Delete => "delete",
        AuditAction.Download => "download",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };

    public static AuditAction Parse(string value) => value switch
    {
        "insert" => AuditAction.Insert,
        "update" => AuditAction.Update,
        "delete" => AuditAction.Delete,
        "download" => AuditAction.Download,
        _ => throw new FormatException($"Unknown audit action \"{value}\"."),
    };
}
