using Microsoft.AspNetCore.Routing;
using Modular.Sdk;

namespace Modular.Plugins.BannerSixOnes.TheoryBooks;

/// <summary>每季度精读一本理论著作 (item 4): services, menu and API.</summary>
public static class TheoryBooksFeature
{
    public static void Register(IPluginBuilder plugin)
    {
    }

    public static void Map(IEndpointRouteBuilder api)
    {
    }
}
