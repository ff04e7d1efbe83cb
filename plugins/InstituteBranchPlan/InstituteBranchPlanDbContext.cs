using Modular.Plugins.InstituteBranchPlan.Oversight;
using Modular.Plugins.InstituteBranchPlan.Commendation;
using Modular.Plugins.InstituteBranchPlan.Evaluation;
using Modular.Plugins.InstituteBranchPlan.Dedication;
using Modular.Plugins.InstituteBranchPlan.LeadingGroup;
using Modular.Plugins.InstituteBranchPlan.Study;
using Modular.Plugins.InstituteBranchPlan.PartySpirit;

namespace Modular.Plugins.InstituteBranchPlan;

/// <summary>
/// The plugin's one unit of work over its schema (plugin.json's <c>"schema"</c>; tables made by Migrations/*.sql): every
/// item's tables, each configured where the item lives; every key leads with the jurisdiction, and every query sees the
/// current jurisdiction's rows only. Pledges, suggestions and the branches' leading groups live in the SDK's building blocks.
/// </summary>
public sealed class InstituteBranchPlanDbContext(DbContextOptions<InstituteBranchPlanDbContext> options) : PluginDbContext(options)
{
    public DbSet<StudyReadingList> StudyReadings => Set<StudyReadingList>();
    public DbSet<PartySpiritAnalysis> PartySpiritAnalyses => Set<PartySpiritAnalysis>();
    public DbSet<DedicationContest> DedicationContests => Set<DedicationContest>();
    public DbSet<ContestEntry> ContestEntries => Set<ContestEntry>();
    public DbSet<ModelPost> ModelPosts => Set<ModelPost>();
    public DbSet<EvaluationRoundRecord> EvaluationRounds => Set<EvaluationRoundRecord>();
    public DbSet<EvaluationResultRecord> EvaluationResults => Set<EvaluationResultRecord>();
    public DbSet<HonorRecord> Honors => Set<HonorRecord>();
    public DbSet<OversightCheck> OversightChecks => Set<OversightCheck>();

    protected override void ConfigureModel(ModelBuilder b)
    {
        StudyFeature.ConfigureModel(b);
        PartySpiritFeature.ConfigureModel(b);
        DedicationFeature.ConfigureModel(b);
        EvaluationFeature.ConfigureModel(b); CommendationFeature.ConfigureModel(b);
        OversightFeature.ConfigureModel(b);
    }
}
