using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Modular.Plugins.InstituteBranchPlan.Dedication;

/// <summary>A contest a branch sets up (创新竞赛、学习竞赛、岗位技能竞赛) and its entries.</summary>
public sealed class DedicationContest : IJurisdictionScoped, IVersioned
{
    public int JurisdictionId { get; set; }
    public long Id { get; set; }
    public long OrganizationId { get; set; }
    public int Year { get; set; }
    public ContestKind Kind { get; set; }
    public string Title { get; set; } = "";
    public DateOnly HeldOn { get; set; }
    public string? Description { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public string? RecordedBy { get; set; }
    public int Version { get; set; }
    public List<ContestEntry> Entries { get; set; } = [];
}

/// <summary>A member's entry in a contest (once each) and the result the branch records: a rank, an award.</summary>
public sealed class ContestEntry : IJurisdictionScoped, IVersioned
{
    public int JurisdictionId { get; set; }
    public long ContestId { get; set; }
    public long PersonId { get; set; }
    public DateTimeOffset EnteredAt { get; set; }
    public string? EnteredBy { get; set; }
    public int? Rank { get; set; }
    public string? Award { get; set; }
    public int Version { get; set; }
}

/// <summary>A 党员示范岗 the branch assigns to a member: the post, what it shows, from when to when.</summary>
public sealed class ModelPost : IJurisdictionScoped, IVersioned
{
    public int JurisdictionId { get; set; }
    public long Id { get; set; }
    public long OrganizationId { get; set; }
    public long PersonId { get; set; }
    public string PostName { get; set; } = "";
    public string Shows { get; set; } = "";
    public DateOnly FromDay { get; set; }
    public DateOnly? ToDay { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public string? RecordedBy { get; set; }
    public int Version { get; set; }
}

/// <summary>Tables <c>dedication_contests</c>, <c>dedication_contest_entries</c>, <c>model_posts</c> (Migrations/0004).</summary>
public sealed class DedicationConfiguration : IEntityTypeConfiguration<DedicationContest>, IEntityTypeConfiguration<ContestEntry>, IEntityTypeConfiguration<ModelPost>
{
    public void Configure(EntityTypeBuilder<DedicationContest> e)
    {
        e.ToTable("dedication_contests");
        e.HasKey(c => new { c.JurisdictionId, c.Id });
        e.Property(c => c.Id).ValueGeneratedOnAdd();
        e.Property(c => c.Kind).HasConversion<string>();
        e.Property(c => c.Version).IsConcurrencyToken();
        e.HasMany(c => c.Entries).WithOne().HasForeignKey(x => new { x.JurisdictionId, x.ContestId }).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<ContestEntry> e)
    {
        e.ToTable("dedication_contest_entries");
        e.HasKey(x => new { x.JurisdictionId, x.ContestId, x.PersonId });
        e.Property(x => x.Version).IsConcurrencyToken();
    }

    public void Configure(EntityTypeBuilder<ModelPost> e)
    {
        e.ToTable("model_posts");
        e.HasKey(p => new { p.JurisdictionId, p.Id });
        e.Property(p => p.Id).ValueGeneratedOnAdd();
        e.Property(p => p.Version).IsConcurrencyToken();
    }
}
