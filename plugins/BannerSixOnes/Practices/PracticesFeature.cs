using Microsoft.AspNetCore.Routing;
using Modular.Sdk;

namespace Modular.Plugins.BannerSixOnes.Practices;

/// <summary>好做法、好经验 (units report, the office features): services, menu and API.</summary>
public static class PracticesFeature
{
    public static void Register(IPluginBuilder plugin)
    {
    }

    public static void Map(IEndpointRouteBuilder api)
    {
    }
}
