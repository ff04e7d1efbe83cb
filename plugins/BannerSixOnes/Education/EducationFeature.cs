using Microsoft.AspNetCore.Routing;
using Modular.Sdk;

namespace Modular.Plugins.BannerSixOnes.Education;

/// <summary>一次党性、党纪教育活动 (item 1): services, menu and API.</summary>
public static class EducationFeature
{
    public static void Register(IPluginBuilder plugin)
    {
    }

    public static void Map(IEndpointRouteBuilder api)
    {
    }
}
