using Modular.Plugins.CountyFiveActivities.Badges;
using Modular.Plugins.CountyFiveActivities.Commendation;
using Modular.Plugins.CountyFiveActivities.Dedication;
using Modular.Plugins.CountyFiveActivities.FourFinds;
using Modular.Plugins.CountyFiveActivities.Grading;
using Modular.Plugins.CountyFiveActivities.Innovation;
using Modular.Plugins.CountyFiveActivities.Mobilization;
using Modular.Plugins.CountyFiveActivities.PartySpirit;
using Modular.Plugins.CountyFiveActivities.ServingThePeople;
using Modular.Plugins.CountyFiveActivities.Summary;
using Modular.Plugins.CountyFiveActivities.TypicalModels;

namespace Modular.Plugins.CountyFiveActivities;

/// <summary>
/// The plugin's one unit of work over its schema <c>county_five</c> (named in plugin.json) (Migrations/*.sql): every item's tables, each
/// configured where the item lives (each item's <c>…Feature.ConfigureModel</c>); every key leads with the jurisdiction.
/// </summary>
public sealed class CountyDbContext(DbContextOptions<CountyDbContext> options) : PluginDbContext(options)
{
    public DbSet<MobilizationMeeting> MobilizationMeetings => Set<MobilizationMeeting>();
    public DbSet<PlanFiling> PlanFilings => Set<PlanFiling>();
    public DbSet<PartySpiritWeek> PartySpiritWeeks => Set<PartySpiritWeek>();
    public DbSet<DedicationRecord> DedicationRecords => Set<DedicationRecord>();
    public DbSet<MemberPost> MemberPosts => Set<MemberPost>();
    public DbSet<ServiceRecord> ServiceRecords => Set<ServiceRecord>();
    public DbSet<ServiceTotal> ServiceTotals => Set<ServiceTotal>();
    public DbSet<Badge> Badges => Set<Badge>();
    public DbSet<DemonstrationUnit> DemonstrationUnits => Set<DemonstrationUnit>();
    public DbSet<NominationDay> NominationDays => Set<NominationDay>();
    public DbSet<LevelCommendation> LevelCommendations => Set<LevelCommendation>();
    public DbSet<TypicalModel> TypicalModels => Set<TypicalModel>();
    public DbSet<TypicalModelPublicity> TypicalModelPublicity => Set<TypicalModelPublicity>();
    public DbSet<FourFindsEntry> FourFinds => Set<FourFindsEntry>();
    public DbSet<FiveGoodsScore> FiveGoodsScores => Set<FiveGoodsScore>();
    public DbSet<FiveModelsAssessment> FiveModelsAssessments => Set<FiveModelsAssessment>();
    public DbSet<SummaryReport> SummaryReports => Set<SummaryReport>();

    protected override void ConfigureModel(ModelBuilder b)
    {
        MobilizationFeature.ConfigureModel(b);
        PartySpiritFeature.ConfigureModel(b);
        DedicationFeature.ConfigureModel(b);
        ServingThePeopleFeature.ConfigureModel(b);
        BadgesFeature.ConfigureModel(b);
        InnovationFeature.ConfigureModel(b);
        CommendationFeature.ConfigureModel(b);
        TypicalModelsFeature.ConfigureModel(b);
        FourFindsFeature.ConfigureModel(b);
        GradingFeature.ConfigureModel(b);
        SummaryFeature.ConfigureModel(b);
    }
}
