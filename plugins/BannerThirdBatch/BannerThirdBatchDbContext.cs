namespace Modular.Plugins.BannerThirdBatch;

/// <summary>
/// The plugin's one unit of work over its schema (plugin.json's <c>"schema"</c>; tables made by Migrations/*.sql): every
/// item's tables, each configured where the item lives (its <c>…Feature.ConfigureModel</c>); every key leads with the
/// jurisdiction, and every query sees the current jurisdiction's rows only. Units' dates live in the SDK's unit schedules, the
/// leading group and its liaison points in its leading bodies.
/// </summary>
public sealed class BannerThirdBatchDbContext(DbContextOptions<BannerThirdBatchDbContext> options) : PluginDbContext(options)
{
    // 二(三) 外出党员传达、帮扶困难嘎查和困难党员 (Outreach/, Assistance/; sessions live in the SDK's campaign events)
    public DbSet<Outreach.OutreachContact> OutreachContacts => Set<Outreach.OutreachContact>();   // 二(三) 外出党员传达
    public DbSet<Assistance.AssistanceRecord> AssistanceRecords => Set<Assistance.AssistanceRecord>();   // 二(三) 帮扶困难嘎查和困难党员
    public DbSet<Struggling.StrugglingMark> StrugglingMarks => Set<Struggling.StrugglingMark>();   // 二(三) 困难嘎查：苏木镇认定，帮扶到位

    // 三 督导 (领导小组和联系点: the SDK's leading bodies): 指导小组和指导检查组、指导检查和问题整改、四到位四落实
    public DbSet<Guidance.GuidanceGroup> GuidanceGroups => Set<Guidance.GuidanceGroup>();
    public DbSet<Visits.GuidanceVisit> GuidanceVisits => Set<Visits.GuidanceVisit>();
    public DbSet<Visits.FollowUp> FollowUps => Set<Visits.FollowUp>();
    public DbSet<Checklist.ChecklistItem> ChecklistItems => Set<Checklist.ChecklistItem>();

    // 二(五) 基层党建五项制度 (Systems/)
    public DbSet<Systems.UnitGoal> UnitGoals => Set<Systems.UnitGoal>();
    public DbSet<Systems.AccountabilityCase> AccountabilityCases => Set<Systems.AccountabilityCase>();
    public DbSet<Systems.UnitAnalysis> UnitAnalyses => Set<Systems.UnitAnalysis>();
    public DbSet<Systems.Notice> Notices => Set<Systems.Notice>();
    public DbSet<Systems.NoticeAddressee> NoticeAddressees => Set<Systems.NoticeAddressee>();
    public DbSet<Systems.UnitAssessment> UnitAssessments => Set<Systems.UnitAssessment>();
    // 三(三) 宣传好做法、好经验和先进典型 (Publicity/)
    public DbSet<Publicity.PublicityReport> PublicityReports => Set<Publicity.PublicityReport>();

    protected override void ConfigureModel(ModelBuilder b)
    {
        Outreach.OutreachFeature.ConfigureModel(b);       // 二(三) 外出党员传达
        Assistance.AssistanceFeature.ConfigureModel(b);   // 二(三) 帮扶困难嘎查和困难党员
        Struggling.StrugglingFeature.ConfigureModel(b);   // 二(三) 困难嘎查：苏木镇认定，帮扶到位
        Guidance.GuidanceFeature.ConfigureModel(b);           // 三(二) 旗派指导小组，苏木镇派指导检查组
        Visits.VisitsFeature.ConfigureModel(b);               // 三(二) 指导检查记录和问题整改
        Checklist.ChecklistFeature.ConfigureModel(b);         // 三(一) “四到位、四落实”
        Systems.SystemsFeature.ConfigureModel(b);       // 二(五) 基层党建目标、问责、分析、通报、考核五项制度
        Publicity.PublicityFeature.ConfigureModel(b);   // 三(三) 宣传好做法、好经验和先进典型
    }
}
