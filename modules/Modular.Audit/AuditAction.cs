namespace Modular.Audit;

/// <summary>What happened to the row; stored as <c>insert</c>, <c>update</c> or <c>delete</c>.</summary>
public enum AuditAction
{
    Insert,
    Update,
    Delete,
}

internal static class AuditActions
{
    public static string ToSql(this AuditAction action) => action switch
    {
        AuditAction.Insert => "insert",
        AuditAction.Update => "update",
        AuditAction.Delete => "delete",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };

    public static AuditAction Parse(string value) => value switch
    {
        "insert" => AuditAction.Insert,
        "update" => AuditAction.Update,
        "delete" => AuditAction.Delete,
        _ => throw new FormatException($"Unknown audit action \"{value}\"."),
    };
}
