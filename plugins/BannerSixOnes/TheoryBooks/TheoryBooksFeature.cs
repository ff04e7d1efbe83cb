using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Modular.Plugins.BannerSixOnes.Items;
using Modular.Sdk;
using Modular.Sdk.Navigation;

namespace Modular.Plugins.BannerSixOnes.TheoryBooks;

/// <summary>每季度精读一本理论著作 (item 4): services, menu and API.</summary>
public static class TheoryBooksFeature
{
    public static void Register(IPluginBuilder plugin)
    {
        plugin.AddDbContext<TheoryBooksDbContext>();
        plugin.Services.AddScoped<RequiredReadingList>();
        plugin.Services.AddScoped<TheoryBookNotes>();
        plugin.Services.AddScoped<TheoryBookItem>();
        plugin.Services.AddScoped<ISixOnesItem>(sp => sp.GetRequiredService<TheoryBookItem>());
        plugin.AddObligationProvider<TheoryBookObligations>();
        plugin.AddMenuEntry(new MenuEntry(new("精读理论著作", "Theory books"), "/Books/Index", 40) { Group = SixOnesStartup.Group });
    }

    public static void Map(IEndpointRouteBuilder api) => TheoryBooksApi.Map(api);
}
