using Microsoft.AspNetCore.Routing;
using Modular.Sdk;

namespace Modular.Plugins.BannerSixOnes.DailyNotes;

/// <summary>每日学习笔记与季度检查验收 (item 3): services, menu and API.</summary>
public static class DailyNotesFeature
{
    public static void Register(IPluginBuilder plugin)
    {
    }

    public static void Map(IEndpointRouteBuilder api)
    {
    }
}
