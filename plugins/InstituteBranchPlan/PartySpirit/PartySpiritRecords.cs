using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Modular.Plugins.InstituteBranchPlan.PartySpirit;

/// <summary>
/// One member's party-spirit analysis of a year (党性分析): the form it took, the problems they found, their self-criticism and
/// the criticism colleagues gave. One per member per year; a change is a new version of the same record.
/// </summary>
public sealed class PartySpiritAnalysis : IJurisdictionScoped, IVersioned
{
    public int JurisdictionId { get; set; }
    public long Id { get; set; }
    public long PersonId { get; set; }
    public int Year { get; set; }
    public AnalysisForm Form { get; set; }
    public string ProblemsFound { get; set; } = "";
    public string SelfCriticism { get; set; } = "";
    public string? CriticismReceived { get; set; }
    /// <summary>When first handed in: the day it counts on.</summary>
    public DateTimeOffset HandedInAt { get; set; }
    public DateTimeOffset SavedAt { get; set; }
    public string? SavedBy { get; set; }
    public int Version { get; set; }
}

/// <summary>Table <c>party_spirit_analyses</c> (Migrations/0004).</summary>
public sealed class PartySpiritConfiguration : IEntityTypeConfiguration<PartySpiritAnalysis>
{
    public void Configure(EntityTypeBuilder<PartySpiritAnalysis> e)
    {
        e.ToTable("party_spirit_analyses");
        e.HasKey(a => new { a.JurisdictionId, a.Id });
        e.Property(a => a.Id).ValueGeneratedOnAdd();
        e.Property(a => a.Form).HasConversion<string>();
        e.Property(a => a.Version).IsConcurrencyToken();
        e.HasIndex(a => new { a.JurisdictionId, a.PersonId, a.Year }).IsUnique();
    }
}
