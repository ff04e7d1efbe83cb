using Modular.Plugins.CountyFiveActivities.Activities;
using Modular.Plugins.CountyFiveActivities.Benchmark;
using Modular.Plugins.CountyFiveActivities.Commendation;
using Modular.Plugins.CountyFiveActivities.Stage1;
using Modular.Plugins.CountyFiveActivities.Summary;

namespace Modular.Plugins.CountyFiveActivities.Data;

/// <summary>The contest's own records, in schema <c>county_five</c> (Migrations/*.sql); every key leads with the jurisdiction.</summary>
public sealed class CountyDbContext(DbContextOptions<CountyDbContext> options) : PluginDbContext(options)
{
    public override string Schema => "county_five";

    public DbSet<MobilizationMeeting> MobilizationMeetings => Set<MobilizationMeeting>();
    public DbSet<PlanFiling> PlanFilings => Set<PlanFiling>();
    public DbSet<PartySpiritWeek> PartySpiritWeeks => Set<PartySpiritWeek>();
    public DbSet<DedicationRecord> DedicationRecords => Set<DedicationRecord>();
    public DbSet<MemberPost> MemberPosts => Set<MemberPost>();
    public DbSet<ServiceRecord> ServiceRecords => Set<ServiceRecord>();
    public DbSet<Badge> Badges => Set<Badge>();
    public DbSet<DemonstrationUnit> DemonstrationUnits => Set<DemonstrationUnit>();
    public DbSet<FourFinds> FourFinds => Set<FourFinds>();
    public DbSet<FiveGoodsScore> FiveGoodsScores => Set<FiveGoodsScore>();
    public DbSet<SummaryReport> SummaryReports => Set<SummaryReport>();
    public DbSet<NominationDay> NominationDays => Set<NominationDay>();

    protected override void ConfigureModel(ModelBuilder b)
    {
        b.Entity<MobilizationMeeting>(e =>
        {
            e.HasKey(x => new { x.JurisdictionId, x.OrganizationId });
            e.Property(x => x.Version).IsConcurrencyToken();
        });
        b.Entity<PlanFiling>(e =>
        {
            e.HasKey(x => new { x.JurisdictionId, x.OrganizationId });
            e.Property(x => x.State).HasConversion<string>();
            e.Property(x => x.Version).IsConcurrencyToken();
        });
        b.Entity<PartySpiritWeek>(e =>
        {
            e.HasKey(x => new { x.JurisdictionId, x.OrganizationId });
            e.Property(x => x.Version).IsConcurrencyToken();
        });
        b.Entity<DedicationRecord>(e =>
        {
            e.HasKey(x => new { x.JurisdictionId, x.Id });
            e.Property(x => x.Id).ValueGeneratedOnAdd();
            e.Property(x => x.Kind).HasConversion<string>();
        });
        b.Entity<MemberPost>(e =>
        {
            e.HasKey(x => new { x.JurisdictionId, x.Id });
            e.Property(x => x.Id).ValueGeneratedOnAdd();
        });
        b.Entity<ServiceRecord>(e =>
        {
            e.HasKey(x => new { x.JurisdictionId, x.Id });
            e.Property(x => x.Id).ValueGeneratedOnAdd();
            e.Property(x => x.Kind).HasConversion<string>();
        });
        b.Entity<Badge>(e =>
        {
            e.HasKey(x => new { x.JurisdictionId, x.Id });
            e.Property(x => x.Id).ValueGeneratedOnAdd();
            e.Property(x => x.Kind).HasConversion<string>();
        });
        b.Entity<DemonstrationUnit>(e =>
        {
            e.HasKey(x => new { x.JurisdictionId, x.OrganizationId });
            e.Property(x => x.Version).IsConcurrencyToken();
            e.Ignore(x => x.MeetsAllStandards);
        });
        b.Entity<FourFinds>(e =>
        {
            e.HasKey(x => new { x.JurisdictionId, x.SubjectKind, x.SubjectId });
            e.Property(x => x.SubjectKind).HasConversion<string>();
            e.Property(x => x.Version).IsConcurrencyToken();
        });
        b.Entity<FiveGoodsScore>(e =>
        {
            e.HasKey(x => new { x.JurisdictionId, x.Id });
            e.Property(x => x.Id).ValueGeneratedOnAdd();
            e.HasIndex(x => new { x.JurisdictionId, x.OrganizationId, x.Round }).IsUnique();
            e.Property(x => x.Grade).HasConversion<string>();
            e.Property(x => x.Version).IsConcurrencyToken();
        });
        b.Entity<SummaryReport>(e =>
        {
            e.HasKey(x => new { x.JurisdictionId, x.OrganizationId });
            e.Property(x => x.Version).IsConcurrencyToken();
        });
        b.Entity<NominationDay>(e => e.HasKey(x => new { x.JurisdictionId, x.NominationId, x.Sequence }));
    }
}
