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
        plugin.AddDemoData<Demo.BannerThirdBatchDemo>();
        plugin.AddMenuEntry(new MenuEntry(new("活动概览", "Overview"), "/Index") { Group = Group });
        UnitsFeature.Register(plugin);          // 二(三) 参学单位自定启动时间：苏木镇机关6个月，嘎查社区不少于4个月，巩固2个月
        ProgressFeature.Register(plugin);       // 三 加强领导：全旗、苏木镇、本单位的进度
        Outreach.OutreachFeature.Register(plugin);       // 二(三) 将活动精神和要求传达到每一名外出党员
        Sessions.SessionFeature.Register(plugin);        // 二(三)(四) 党支部书记集中培训、必读书目、学习根平同志事迹、宣讲辅导
        Assistance.AssistanceFeature.Register(plugin);   // 二(三) 帮扶困难嘎查党组织（场地、经费、教材）和困难党员
    }

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        UnitsFeature.Map(api);
        ProgressFeature.Map(api);
        Outreach.OutreachFeature.Map(api);       // 二(三) 外出党员传达
        Sessions.SessionFeature.Map(api);        // 二(三)(四) 培训学习
        Assistance.AssistanceFeature.Map(api);   // 二(三) 帮扶
    }
}
