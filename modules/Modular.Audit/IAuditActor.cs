namespace Modular.Audit;

/// <summary>Who makes the change being saved. Asked once per SaveChanges, when the save starts.</summary>
public interface IAuditActor
{
    AuditUser Current { get; }
}

/// <summary>A user as the audit log names them. Both null: the system (a scheduled job, start-up seeding).</summary>
public sealed record AuditUser(int? Id, string? Name)
{
    public static AuditUser System { get; } = new(null, null);
}
