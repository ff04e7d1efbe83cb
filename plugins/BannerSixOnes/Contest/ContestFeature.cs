using Microsoft.AspNetCore.Routing;
using Modular.Sdk;

namespace Modular.Plugins.BannerSixOnes.Contest;

/// <summary>党的知识竞赛 (item 6): services, menu and API.</summary>
public static class ContestFeature
{
    public static void Register(IPluginBuilder plugin)
    {
    }

    public static void Map(IEndpointRouteBuilder api)
    {
    }
}
