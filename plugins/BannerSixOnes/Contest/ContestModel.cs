namespace Modular.Plugins.BannerSixOnes.Contest;

/// <summary>The tables of this item in the plugin's one context (<see cref="SixOnesDbContext"/>).</summary>
internal static class ContestModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ContestQuestion>(e =>
        {
            e.ToTable("contest_questions");
            e.HasKey(q => new { q.JurisdictionId, q.Id });
            e.Property(q => q.Id).ValueGeneratedOnAdd();
            e.Property(q => q.Kind).HasConversion<string>();
            e.Property(q => q.Version).IsConcurrencyToken();
            e.HasIndex(q => new { q.JurisdictionId, q.Text }).IsUnique();
        });
        modelBuilder.Entity<KnowledgeContest>(e =>
        {
            e.ToTable("contest_contests");
            e.HasKey(c => new { c.JurisdictionId, c.Id });
            e.Property(c => c.Id).ValueGeneratedOnAdd();
            e.Property(c => c.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<PaperQuestion>(e =>
        {
            e.ToTable("contest_paper");
            e.HasKey(p => new { p.JurisdictionId, p.ContestId, p.Position });
            e.Property(p => p.Kind).HasConversion<string>();
        });
        modelBuilder.Entity<ContestAttempt>(e =>
        {
            e.ToTable("contest_attempts");
            e.HasKey(a => new { a.JurisdictionId, a.Id });
            e.Property(a => a.Id).ValueGeneratedOnAdd();
            e.Property(a => a.Version).IsConcurrencyToken();
            e.HasIndex(a => new { a.JurisdictionId, a.ContestId, a.PersonId }).IsUnique();
        });
        modelBuilder.Entity<TeamScore>(e =>
        {
            e.ToTable("contest_team_scores");
            e.HasKey(t => new { t.JurisdictionId, t.Id });
            e.Property(t => t.Id).ValueGeneratedOnAdd();
            e.HasIndex(t => new { t.JurisdictionId, t.ContestId, t.OrganizationId, t.Round }).IsUnique();
        });
    }
}
