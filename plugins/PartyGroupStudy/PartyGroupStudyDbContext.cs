using Modular.Plugins.PartyGroupStudy.GroupReport;
using Modular.Plugins.PartyGroupStudy.Guidance;
using Modular.Plugins.PartyGroupStudy.LeadingGroup;
using Modular.Plugins.PartyGroupStudy.LifeMeeting;
using Modular.Plugins.PartyGroupStudy.Mechanisms;
using Modular.Plugins.PartyGroupStudy.PersonalReports;
using Modular.Plugins.PartyGroupStudy.RectificationPlan;
using Modular.Plugins.PartyGroupStudy.Research;
using Modular.Plugins.PartyGroupStudy.Survey;
using Modular.Plugins.PartyGroupStudy.Talks;

namespace Modular.Plugins.PartyGroupStudy;

/// <summary>
/// The plugin's one unit of work over its schema (plugin.json's <c>"schema"</c>; tables made by Migrations/*.sql): every
/// item's tables, each configured where the item lives (its <c>…Feature.ConfigureModel</c>); every key leads with the
/// jurisdiction, and every query sees the current jurisdiction's rows only. Texts, documents, discussions, evaluations,
/// rectifications and the leading group with its office live in the SDK's building blocks.
/// </summary>
public sealed class PartyGroupStudyDbContext(DbContextOptions<PartyGroupStudyDbContext> options) : PluginDbContext(options)
{
    public DbSet<MemberUnit> MemberUnits => Set<MemberUnit>();
    public DbSet<GuidanceVisit> GuidanceVisits => Set<GuidanceVisit>();
    public DbSet<RectificationPlanRecord> RectificationPlans => Set<RectificationPlanRecord>();
    public DbSet<PlanOpinionRound> PlanOpinionRounds => Set<PlanOpinionRound>();
    public DbSet<ImmediateDue> ImmediateDues => Set<ImmediateDue>();
    public DbSet<SurveyRecord> SatisfactionSurveys => Set<SurveyRecord>();
    public DbSet<Mechanism> Mechanisms => Set<Mechanism>();
    public DbSet<ResearchTopic> ResearchTopics => Set<ResearchTopic>();
    public DbSet<ReportOpinion> ReportOpinions => Set<ReportOpinion>();
    public DbSet<HeartTalk> HeartTalks => Set<HeartTalk>();
    public DbSet<SpeakingMaterial> SpeakingMaterials => Set<SpeakingMaterial>();
    public DbSet<MeetingCriticism> MeetingCriticisms => Set<MeetingCriticism>();
    public DbSet<ReportEvaluation> ReportEvaluations => Set<ReportEvaluation>();

    protected override void ConfigureModel(ModelBuilder b)
    {
        LeadingGroupFeature.ConfigureModel(b);
        GuidanceFeature.ConfigureModel(b);
        RectificationFeature.ConfigureModel(b);
        SurveyFeature.ConfigureModel(b);
        MechanismFeature.ConfigureModel(b);
        ResearchFeature.ConfigureModel(b);
        PersonalReportFeature.ConfigureModel(b);
        TalkFeature.ConfigureModel(b);
        LifeMeetingFeature.ConfigureModel(b);
        GroupReportFeature.ConfigureModel(b);
    }
}
