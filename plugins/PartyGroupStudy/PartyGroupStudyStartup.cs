using Modular.Plugins.PartyGroupStudy.Discussion;
using Modular.Plugins.PartyGroupStudy.GroupReport;
using Modular.Plugins.PartyGroupStudy.Guidance;
using Modular.Plugins.PartyGroupStudy.LeadingGroup;
using Modular.Plugins.PartyGroupStudy.LifeMeeting;
using Modular.Plugins.PartyGroupStudy.Mechanisms;
using Modular.Plugins.PartyGroupStudy.PersonalReports;
using Modular.Plugins.PartyGroupStudy.Progress;
using Modular.Plugins.PartyGroupStudy.ReadingNotes;
using Modular.Plugins.PartyGroupStudy.RectificationPlan;
using Modular.Plugins.PartyGroupStudy.Research;
using Modular.Plugins.PartyGroupStudy.Study;
using Modular.Plugins.PartyGroupStudy.Summary;
using Modular.Plugins.PartyGroupStudy.Survey;
using Modular.Plugins.PartyGroupStudy.Talks;

namespace Modular.Plugins.PartyGroupStudy;

/// <summary>
/// 县政府党组深入学习实践科学发展观活动实施方案: each item of the plan lives in its own folder (its rule, records, service,
/// API, ledger, obligations and page); this class only plugs them in, in the document's order.
/// </summary>
public sealed class PartyGroupStudyStartup : IPluginStartup
{
    public const string PluginId = "party-group-study";
    public static readonly LocalizedText Group = new("学习实践科学发展观活动", "Scientific outlook study and practice");

    public void ConfigureServices(IPluginBuilder plugin)
    {
        plugin.AddDbContext<PartyGroupStudyDbContext>();
        plugin.Services.AddScoped<PartyGroupStudyCampaign>();
        plugin.AddObligationProvider<Common.PlanObligations>();
        plugin.AddDemoData<Demo.PartyGroupStudyDemo>();
        plugin.AddMenuEntry(new MenuEntry(new("活动概览", "Overview"), "/Index") { Group = Group });
        LeadingGroupFeature.Register(plugin);   // 一、范围；五(一) 领导小组、办公室
        StudyFeature.Register(plugin);          // 四(一)1–2 召开动员大会、参加学习培训
        ReadingNoteFeature.Register(plugin);    // 四(一)2 读书笔记
        ResearchFeature.Register(plugin);       // 四(一)3 开展课题调研
        DiscussionFeature.Register(plugin);     // 四(一)4 解放思想讨论
        PersonalReportFeature.Register(plugin); // 四(二)1–2 个人分析检查报告（四对照、四查摆）、征求意见
        TalkFeature.Register(plugin);           // 四(二)2 谈心交心
        LifeMeetingFeature.Register(plugin);    // 四(二)2 专题民主生活会
        GroupReportFeature.Register(plugin);    // 四(二)3–4 党组分析检查报告、群众评议、上报
        GuidanceFeature.Register(plugin);       // 五(二) 对分管和联系单位的指导
        RectificationFeature.Register(plugin);  // 四(三)1–2 整改落实方案、集中解决突出问题
        SurveyFeature.Register(plugin);         // 四(三)3 群众满意度测评
        MechanismFeature.Register(plugin);      // 四(三)4 完善体制机制
        SummaryFeature.Register(plugin);        // 四(三)5 形成总结报告
        ProgressFeature.Register(plugin);       // 三、“五带头”；各成员、各阶段的进度
    }

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        LeadingGroupFeature.Map(api);
        StudyFeature.Map(api);
        ReadingNoteFeature.Map(api);
        ResearchFeature.Map(api);
        DiscussionFeature.Map(api);
        PersonalReportFeature.Map(api);
        TalkFeature.Map(api);
        LifeMeetingFeature.Map(api);
        GroupReportFeature.Map(api);
        GuidanceFeature.Map(api);
        RectificationFeature.Map(api);
        SurveyFeature.Map(api);
        MechanismFeature.Map(api);
        SummaryFeature.Map(api);
        ProgressFeature.Map(api);
    }
}
