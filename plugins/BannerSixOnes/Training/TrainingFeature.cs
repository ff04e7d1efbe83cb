using Microsoft.AspNetCore.Routing;
using Modular.Sdk;

namespace Modular.Plugins.BannerSixOnes.Training;

/// <summary>一次大规模学习培训 (item 2): services, menu and API.</summary>
public static class TrainingFeature
{
    public static void Register(IPluginBuilder plugin)
    {
    }

    public static void Map(IEndpointRouteBuilder api)
    {
    }
}
