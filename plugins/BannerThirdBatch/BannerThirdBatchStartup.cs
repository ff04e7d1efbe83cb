using Modular.Plugins.BannerThirdBatch.Progress;
using Modular.Plugins.BannerThirdBatch.Units;

namespace Modular.Plugins.BannerThirdBatch;

/// <summary>
/// 第三批深入学习实践科学发展观活动 (阿拉善右旗, ../shared/seeds/003): each item of the document lives in its own folder (its rule,
/// records, service, API, ledger, obligations and page); this class only plugs them in, in the document's order.
/// </summary>
public sealed class BannerThirdBatchStartup : IPluginStartup
{
    public const string PluginId = "banner-third-batch";
    public static readonly LocalizedText Group = new("第三批学习实践活动", "Third-batch study and practice");

    public void ConfigureServices(IPluginBuilder plugin)
    {
        plugin.AddDbContext<BannerThirdBatchDbContext>();
        plugin.Services.AddScoped<BannerThirdBatchCampaign>();
        plugin.Services.AddScoped<Common.ThirdBatchPeople>();   // the roster, read once per request by every item
        plugin.Services.AddScoped<Common.UnitMembers>();        // who belongs to which unit today
        plugin.Services.AddScoped<Common.PersonPicks>();        // 二(五) 问责、三(三) 先进党员: a person picked from the roster for a unit's record
        plugin.AddDemoData<Demo.BannerThirdBatchDemo>();
        plugin.AddMenuEntry(new MenuEntry(new("活动概览", "Overview"), "/Index") { Group = Group });
        UnitsFeature.Register(plugin);                     // 二(三) 参学单位自定启动时间：苏木镇机关6个月，嘎查社区不少于4个月，巩固2个月
        Plans.PlanFeature.Register(plugin);                // 二(三) 调查研究，制定实施方案（上级审定）
        Outreach.OutreachFeature.Register(plugin);         // 二(三) 将活动精神和要求传达到每一名外出党员
        Sessions.SessionFeature.Register(plugin);          // 二(三)(四) 党支部书记集中培训、必读书目、学习根平同志事迹、宣讲辅导
        Assistance.AssistanceFeature.Register(plugin);     // 二(三) 帮扶困难嘎查党组织（场地、经费、教材）和困难党员
        Struggling.StrugglingFeature.Register(plugin);     // 二(三) 困难嘎查：苏木镇认定困难、软弱涣散的嘎查社区，帮扶是否到位
        Systems.SystemsFeature.Register(plugin);           // 二(五) 基层党建目标、问责、分析、通报、考核五项制度
        Checklist.ChecklistFeature.Register(plugin);       // 三(一) “四到位、四落实”：单位自报，指导组或上级核实，差距整改
        LeadingGroup.LeadingGroupFeature.Register(plugin); // 三(二) 旗学习实践活动领导小组，成员每人一个苏木镇联系点
        Guidance.GuidanceFeature.Register(plugin);         // 三(二) 旗派指导小组到每个参学单位，苏木镇派指导检查组到嘎查社区
        Visits.VisitsFeature.Register(plugin);             // 三(二) 指导检查：发现问题、督促整改、销号
        Publicity.PublicityFeature.Register(plugin);       // 三(三) 宣传好做法、好经验和先进典型
        ProgressFeature.Register(plugin);                  // 三 一级抓一级：全旗、苏木镇、本单位的进度
    }

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        UnitsFeature.Map(api);
        Plans.PlanFeature.Map(api);
        Outreach.OutreachFeature.Map(api);
        Sessions.SessionFeature.Map(api);
        Assistance.AssistanceFeature.Map(api);
        Struggling.StrugglingFeature.Map(api);   // 二(三) 困难嘎查
        Systems.SystemsFeature.Map(api);
        Checklist.ChecklistFeature.Map(api);
        LeadingGroup.LeadingGroupFeature.Map(api);
        Guidance.GuidanceFeature.Map(api);
        Visits.VisitsFeature.Map(api);
        Publicity.PublicityFeature.Map(api);
        ProgressFeature.Map(api);
    }
}
