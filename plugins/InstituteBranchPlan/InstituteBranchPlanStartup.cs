using Modular.Plugins.InstituteBranchPlan.BranchPlan;
using Modular.Plugins.InstituteBranchPlan.Dashboard;
using Modular.Plugins.InstituteBranchPlan.Oversight;
using Modular.Plugins.InstituteBranchPlan.Assessment;
using Modular.Plugins.InstituteBranchPlan.Summary;
using Modular.Plugins.InstituteBranchPlan.Commendation;
using Modular.Plugins.InstituteBranchPlan.Evaluation;
using Modular.Plugins.InstituteBranchPlan.Dedication;
using Modular.Plugins.InstituteBranchPlan.LeadingGroup;
using Modular.Plugins.InstituteBranchPlan.PartySpirit;
using Modular.Plugins.InstituteBranchPlan.PersonalPlans;
using Modular.Plugins.InstituteBranchPlan.ReadingNotes;
using Modular.Plugins.InstituteBranchPlan.Study;
using Modular.Plugins.InstituteBranchPlan.Suggestions;

namespace Modular.Plugins.InstituteBranchPlan;

/// <summary>
/// 光栅室党支部“创先争优”活动实施方案: each item of the plan lives in its own folder (its rule, records, service, API, ledger,
/// obligations and page); this class only plugs them in, in the document's order.
/// </summary>
public sealed class InstituteBranchPlanStartup : IPluginStartup
{
    public const string PluginId = "institute-branch-plan";
    public static readonly LocalizedText Group = new("创先争优活动", "Striving for excellence");

    public void ConfigureServices(IPluginBuilder plugin)
    {
        plugin.AddDbContext<InstituteBranchPlanDbContext>();
        plugin.Services.AddScoped<InstituteBranchPlanCampaign>();
        plugin.Services.AddScoped<Common.BranchDocuments>();
        plugin.AddDemoData<Demo.InstituteBranchPlanDemo>();
        plugin.AddMenuEntry(new MenuEntry(new("活动概览", "Overview"), "/Index") { Group = Group });
        LeadingGroupFeature.Register(plugin);   // 四(一) 领导小组
        BranchPlanFeature.Register(plugin);     // 三(一)二 制定方案
        PersonalPlanFeature.Register(plugin);   // 三(一)二 个人打算
        SuggestionFeature.Register(plugin);     // 三(一)三 我为组织建一言
        StudyFeature.Register(plugin);          // 三(一)三 组织学习“三严三保”
        ReadingNoteFeature.Register(plugin);    // 三(一)三 读书笔记、心得体会
        PartySpiritFeature.Register(plugin);    // 三(二)1 党性教育
        DedicationFeature.Register(plugin);     // 三(二)2 岗位奉献、四(二) 党员示范岗
        EvaluationFeature.Register(plugin);     // 三(二)3 群众评议
        CommendationFeature.Register(plugin);   // 三(二)4 评选表彰
        SummaryFeature.Register(plugin);        // 三(三) 年度总结
        OversightFeature.Register(plugin);      // 四(五) 严格考核督导
        AssessmentFeature.Register(plugin);     // 三(三) 进入年度考核
        DashboardFeature.Register(plugin);      // 活动概览: every branch at a glance
    }

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        LeadingGroupFeature.Map(api);
        BranchPlanFeature.Map(api);
        PersonalPlanFeature.Map(api);
        SuggestionFeature.Map(api);
        StudyFeature.Map(api);
        ReadingNoteFeature.Map(api);
        PartySpiritFeature.Map(api);
        DedicationFeature.Map(api);
        EvaluationFeature.Map(api);
        CommendationFeature.Map(api);
        SummaryFeature.Map(api);
        OversightFeature.Map(api);
        AssessmentFeature.Map(api);
        DashboardFeature.Map(api);
    }
}
