using Microsoft.AspNetCore.Routing;
using Modular.Sdk;

namespace Modular.Plugins.BannerSixOnes.Reports;

/// <summary>一篇调研报告，择优上报 (item 5): services, menu and API.</summary>
public static class ResearchReportsFeature
{
    public static void Register(IPluginBuilder plugin)
    {
    }

    public static void Map(IEndpointRouteBuilder api)
    {
    }
}
