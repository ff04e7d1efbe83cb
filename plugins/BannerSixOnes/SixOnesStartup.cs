using Modular.Plugins.BannerSixOnes.Common;

namespace Modular.Plugins.BannerSixOnes;

/// <summary>
/// 阿拉善右旗“加强党性锻炼、提高综合素质、推动科学发展”主题教育活动（六个一）. Each of the six lives
/// in its own folder (services, tables, pages, API, ledger); this class only plugs them in.
/// </summary>
public sealed class SixOnesStartup : IPluginStartup
{
    public static readonly LocalizedText Group = new("六个一", "Six ones");

    public void ConfigureServices(IPluginBuilder plugin)
    {
        plugin.AddDbContext<SixOnesDbContext>();
        plugin.Services.AddScoped<SixOnesCampaign>();
        plugin.Services.AddScoped<Items.CallerItems>();
        plugin.AddMenuEntry(new MenuEntry(new("活动概览", "Overview"), "/Index") { Group = Group });
        plugin.AddDashboardWidget(new DashboardWidget("six-ones-overview", new("六个一 · 进度与要求", "Six ones · progress and rules"), typeof(Widgets.SixOnesOverviewViewComponent)) { Width = 12 });
        Education.EducationFeature.Register(plugin);
        Training.TrainingFeature.Register(plugin);
        DailyNotes.DailyNotesFeature.Register(plugin);
        TheoryBooks.TheoryBooksFeature.Register(plugin);
        Reports.ResearchReportsFeature.Register(plugin);
        Contest.ContestFeature.Register(plugin);
        Practices.PracticesFeature.Register(plugin);
        Dashboards.DashboardsFeature.Register(plugin);
        Rectification.RectificationFeature.Register(plugin);
        Discussion.DiscussionFeature.Register(plugin);
        Capacity.CapacityFeature.Register(plugin);
        Awards.AwardsFeature.Register(plugin);
        plugin.AddMenuEntry(new MenuEntry(new("一把手负总责", "The head's page"), "/Dashboard/Head", 3) { Group = Group });
        plugin.AddDemoData<Demo.SixOnesDemo>();
    }

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        Education.EducationFeature.Map(api);
        Training.TrainingFeature.Map(api);
        DailyNotes.DailyNotesFeature.Map(api);
        TheoryBooks.TheoryBooksFeature.Map(api);
        Reports.ResearchReportsFeature.Map(api);
        Contest.ContestFeature.Map(api);
        Practices.PracticesFeature.Map(api);
        Dashboards.DashboardsFeature.Map(api);
        Rectification.RectificationFeature.Map(api);
        Discussion.DiscussionFeature.Map(api);
        Capacity.CapacityFeature.Map(api);
        Awards.AwardsFeature.Map(api);
    }
}
