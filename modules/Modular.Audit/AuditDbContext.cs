using Microsoft.EntityFrameworkCore;
using Modular.Sdk.Data;

namespace Modular.Audit;

/// <summary>Reads <c>audit.entries</c> for <see cref="AuditLog"/>. Nothing writes through it: the interceptor appends entries with SQL.</summary>
internal sealed class AuditDbContext(DbContextOptions<AuditDbContext> options) : DbContext(options)
{
    public DbSet<AuditRow> Entries => Set<AuditRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(AuditModule.Schema);
        modelBuilder.Entity<AuditRow>(e =>
        {
            e.ToTable("entries");
            e.HasKey(r => new { r.JurisdictionId, r.Id });
            e.Property(r => r.Action).HasConversion(a => a.ToSql(), text => AuditActions.Parse(text));
            e.Property(r => r.Before).HasColumnType("jsonb");
            e.Property(r => r.After).HasColumnType("jsonb");
        });
        modelBuilder.UseSnakeCaseNames();
    }
}

internal sealed class AuditRow
{
    public int JurisdictionId { get; set; }
    public long Id { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    public int? UserId { get; set; }
    public string? UserName { get; set; }
    public required string Entity { get; set; }
    public required string EntityKey { get; set; }
    public AuditAction Action { get; set; }
    public string? Before { get; set; }
    public string? After { get; set; }
}
