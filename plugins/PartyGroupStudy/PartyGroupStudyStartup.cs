using Modular.Plugins.PartyGroupStudy.Discussion;
using Modular.Plugins.PartyGroupStudy.Guidance;
using Modular.Plugins.PartyGroupStudy.LeadingGroup;
using Modular.Plugins.PartyGroupStudy.ReadingNotes;
using Modular.Plugins.PartyGroupStudy.Research;
using Modular.Plugins.PartyGroupStudy.Study;

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
        StudyFeature.Register(plugin);          // 四(一)1–2 召开动员大会、参加学习培训
        ReadingNoteFeature.Register(plugin);    // 四(一)2 读书笔记
        ResearchFeature.Register(plugin);       // 四(一)3 开展课题调研
        DiscussionFeature.Register(plugin);     // 四(一)4 解放思想讨论
        GuidanceFeature.Register(plugin);       // 五(二) 对分管和联系单位的指导
    }

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        LeadingGroupFeature.Map(api);
        StudyFeature.Map(api);
        ReadingNoteFeature.Map(api);
        ResearchFeature.Map(api);
        DiscussionFeature.Map(api);
        GuidanceFeature.Map(api);
    }
}
