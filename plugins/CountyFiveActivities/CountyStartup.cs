using Modular.Plugins.CountyFiveActivities.Common;
using Modular.Plugins.CountyFiveActivities.Data;

namespace Modular.Plugins.CountyFiveActivities;

/// <summary>
/// XX县“创先争优”活动实施方案: 五个好、五个模范, 分类指导, four steps with the 五项活动 and the 七一 commendation.
/// Each part of the document lives in its own folder; this class only plugs them in.
/// </summary>
public sealed class CountyStartup : IPluginStartup
{
    public const string PluginId = "county-five-activities";
    public static readonly LocalizedText Group = new("创先争优·五项活动", "Five activities");

    public void ConfigureServices(IPluginBuilder plugin)
    {
        plugin.AddDbContext<CountyDbContext>();
        plugin.Services.AddScoped<CountyCampaign>();
        plugin.AddObligationProvider<Obligations.CountyObligations>();
        plugin.AddDemoData<Demo.CountyDemo>();
        plugin.Services.AddSingleton(Demo.DocumentDates.Of(plugin.Manifest));
        plugin.AddDashboardWidget(new DashboardWidget("county-five-stages", new("创先争优 · 活动步骤", "Five activities · stages"), typeof(Widgets.CountyStagesViewComponent)));
        plugin.AddMenuEntry(new MenuEntry(new("活动概览", "Overview"), "/Index") { Group = Group });
        plugin.AddMenuEntry(new MenuEntry(new("进展看板", "Dashboard"), "/Dashboard", 1) { Group = Group });
        plugin.AddMenuEntry(new MenuEntry(new("发动与备案", "Mobilization"), "/Mobilization", 2) { Group = Group });
        plugin.AddMenuEntry(new MenuEntry(new("五项活动", "Five activities"), "/Activities", 3) { Group = Group });
        plugin.AddMenuEntry(new MenuEntry(new("亮牌示范公示", "Badges"), "/Badges", 3) { Group = Group });
        plugin.AddMenuEntry(new MenuEntry(new("七一表彰推荐", "Commendation"), "/Commendation", 4) { Group = Group });
        plugin.AddMenuEntry(new MenuEntry(new("晋档升级排名", "Ranking"), "/Ranking", 5) { Group = Group });
        Standards.StandardsFeature.Register(plugin);
        Stage1.MobilizationFeature.Register(plugin);
        Stage1.PlanFilingFeature.Register(plugin);
        Activities.PartySpiritFeature.Register(plugin);
        Activities.DedicationFeature.Register(plugin);
        Activities.ServiceFeature.Register(plugin);
        Activities.BadgesFeature.Register(plugin);
        Activities.InnovationFeature.Register(plugin);
        Commendation.CommendationFeature.Register(plugin);
        Benchmark.FourFindsFeature.Register(plugin);
        Benchmark.ScoresFeature.Register(plugin);
        Summary.SummaryFeature.Register(plugin);
        Dashboards.DashboardsFeature.Register(plugin);
    }

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        Standards.StandardsFeature.Map(api);
        Stage1.MobilizationFeature.Map(api);
        Stage1.PlanFilingFeature.Map(api);
        Activities.PartySpiritFeature.Map(api);
        Activities.DedicationFeature.Map(api);
        Activities.ServiceFeature.Map(api);
        Activities.BadgesFeature.Map(api);
        Activities.InnovationFeature.Map(api);
        Commendation.CommendationFeature.Map(api);
        Benchmark.FourFindsFeature.Map(api);
        Benchmark.ScoresFeature.Map(api);
        Summary.SummaryFeature.Map(api);
        Dashboards.DashboardsFeature.Map(api);
    }
}
