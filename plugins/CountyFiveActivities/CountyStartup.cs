using Modular.Plugins.CountyFiveActivities.Common;

namespace Modular.Plugins.CountyFiveActivities;

/// <summary>
/// XX县“创先争优”活动实施方案: 五个好、五个模范, 分类指导, four steps with the 五项活动 and the 七一 commendation.
/// Each item of the document lives in its own folder (its rule, records, service, API, ledger, obligations and pages);
/// this class only plugs them in, in the document's order.
/// </summary>
public sealed class CountyStartup : IPluginStartup
{
    public const string PluginId = "county-five-activities";
    public static readonly LocalizedText Group = new("创先争优·五项活动", "Five activities");

    public void ConfigureServices(IPluginBuilder plugin)
    {
        plugin.AddDbContext<CountyDbContext>();
        plugin.Services.AddScoped<CountyCampaign>();
        plugin.AddObligationProvider<CountyObligations>();
        plugin.AddDemoData<Demo.CountyDemo>();
        plugin.Services.AddSingleton(Demo.DocumentDates.Of(plugin.Manifest));
        plugin.AddDashboardWidget(new DashboardWidget("county-five-stages", new("创先争优 · 活动步骤", "Five activities · stages"), typeof(Widgets.CountyStagesViewComponent)));
        // The menu in the document's order: the overview and the dashboard, then each item's page.
        plugin.AddMenuEntry(new MenuEntry(new("活动概览", "Overview"), "/Index") { Group = Group });
        plugin.AddMenuEntry(new MenuEntry(new("进展看板", "Dashboard"), "/Dashboard", 1) { Group = Group });
        plugin.AddMenuEntry(new MenuEntry(new("发动与备案", "Mobilization"), "/Mobilization/Index", 2) { Group = Group });
        plugin.AddMenuEntry(new MenuEntry(new("组织集中学习", "Centralized study"), "/Study/Index", 2) { Group = Group });
        plugin.AddMenuEntry(new MenuEntry(new("党性教育", "Party-spirit education"), "/PartySpirit/Index", 3) { Group = Group });
        plugin.AddMenuEntry(new MenuEntry(new("岗位奉献", "Dedication at the post"), "/Dedication/Index", 4) { Group = Group });
        plugin.AddMenuEntry(new MenuEntry(new("服务群众", "Serving the people"), "/ServingThePeople/Index", 5) { Group = Group });
        plugin.AddMenuEntry(new MenuEntry(new("亮牌示范公示", "Badges"), "/Badges/Index", 6) { Group = Group });
        plugin.AddMenuEntry(new MenuEntry(new("组织创新", "Organizational innovation"), "/Innovation/Index", 7) { Group = Group });
        plugin.AddMenuEntry(new MenuEntry(new("七一表彰推荐", "Commendation"), "/Commendation/Index", 8) { Group = Group });
        plugin.AddMenuEntry(new MenuEntry(new("先进典型", "Typical models"), "/TypicalModels/Index", 9) { Group = Group });
        plugin.AddMenuEntry(new MenuEntry(new("晋档升级排名", "Ranking"), "/Grading/Index", 9) { Group = Group });
        plugin.AddMenuEntry(new MenuEntry(new("党员“五个模范”评定", "Five models"), "/FiveModels/Index", 10) { Group = Group });
        plugin.AddMenuEntry(new MenuEntry(new("展示成果", "Showing the results"), "/Showcase/Index", 11) { Group = Group });
        Standards.StandardsFeature.Register(plugin);
        Mobilization.MobilizationFeature.Register(plugin);
        Study.CentralStudyFeature.Register(plugin);
        PartySpirit.PartySpiritFeature.Register(plugin);
        Dedication.DedicationFeature.Register(plugin);
        ServingThePeople.ServingThePeopleFeature.Register(plugin);
        Badges.BadgesFeature.Register(plugin);
        Innovation.InnovationFeature.Register(plugin);
        Commendation.CommendationFeature.Register(plugin);
        TypicalModels.TypicalModelsFeature.Register(plugin);
        FourFinds.FourFindsFeature.Register(plugin);
        Grading.GradingFeature.Register(plugin);
        Showcase.ShowcaseFeature.Register(plugin);
        Summary.SummaryFeature.Register(plugin);
        Dashboards.DashboardsFeature.Register(plugin);
    }

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        Standards.StandardsFeature.Map(api);
        Mobilization.MobilizationFeature.Map(api);
        Study.CentralStudyFeature.Map(api);
        PartySpirit.PartySpiritFeature.Map(api);
        Dedication.DedicationFeature.Map(api);
        ServingThePeople.ServingThePeopleFeature.Map(api);
        Badges.BadgesFeature.Map(api);
        Innovation.InnovationFeature.Map(api);
        Commendation.CommendationFeature.Map(api);
        TypicalModels.TypicalModelsFeature.Map(api);
        FourFinds.FourFindsFeature.Map(api);
        Grading.GradingFeature.Map(api);
        Showcase.ShowcaseFeature.Map(api);
        Summary.SummaryFeature.Map(api);
        Dashboards.DashboardsFeature.Map(api);
    }
}
