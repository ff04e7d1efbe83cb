using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Modular.Sdk;
using Modular.Sdk.Navigation;

namespace Modular.Plugins.BannerSixOnes.Practices;

/// <summary>好做法、好经验 (units report, the office features): services, menu and API.</summary>
public static class PracticesFeature
{
    public static void Register(IPluginBuilder plugin)
    {
        plugin.AddDbContext<PracticesDbContext>();
        plugin.Services.AddScoped<GoodPractices>();
        plugin.Services.AddScoped<PracticesQuery>();
        plugin.AddMenuEntry(new MenuEntry(new("好做法好经验", "Good practices"), "/Practices/Index", 70) { Group = SixOnesStartup.Group });
    }

    public static void Map(IEndpointRouteBuilder api) => PracticesApi.Map(api);
}
