using Modular.Plugins.PartyGroupStudy.GroupReport;
using Modular.Plugins.PartyGroupStudy.Guidance;
using Modular.Plugins.PartyGroupStudy.LeadingGroup;
using Modular.Plugins.PartyGroupStudy.LifeMeeting;
using Modular.Plugins.PartyGroupStudy.PersonalReports;
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
        plugin.Services.AddScoped<Common.PlanProgress>();
        plugin.AddObligationProvider<Common.PlanObligations>();
        plugin.AddDemoData<Demo.PartyGroupStudyDemo>();
        plugin.AddMenuEntry(new MenuEntry(new("活动概览", "Overview"), "/Index") { Group = Group });
        LeadingGroupFeature.Register(plugin);   // 一、范围；五(一) 领导小组、办公室
        PersonalReportFeature.Register(plugin); // 四(二)1–2 个人分析检查报告（四对照、四查摆）、征求意见
        TalkFeature.Register(plugin);           // 四(二)2 谈心交心
        LifeMeetingFeature.Register(plugin);    // 四(二)2 专题民主生活会
        GroupReportFeature.Register(plugin);    // 四(二)3–4 党组分析检查报告、群众评议、上报
        GuidanceFeature.Register(plugin);       // 五(二) 对分管和联系单位的指导
    }

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        LeadingGroupFeature.Map(api);
        PersonalReportFeature.Map(api);
        TalkFeature.Map(api);
        LifeMeetingFeature.Map(api);
        GroupReportFeature.Map(api);
        GuidanceFeature.Map(api);
    }
}
