using Modular.Sdk;
using Modular.Sdk.Navigation;

namespace Modular.Plugins.BannerSixOnes;

/// <summary>阿拉善右旗“六个一”主题教育活动：the plugin's entry point.</summary>
public sealed class SixOnesStartup : IPluginStartup
{
    private static readonly LocalizedText Group = new("六个一", "Six ones");

    public void ConfigureServices(IPluginBuilder plugin)
    {
        plugin.AddMenuEntry(new MenuEntry(new("活动概览", "Overview"), "/Index") { Group = Group });
        plugin.AddDashboardWidget(new DashboardWidget("six-ones-overview", new("六个一 · 本年要求", "Six ones · this year"), typeof(Widgets.SixOnesOverviewViewComponent)) { Width = 12 });
    }
}
