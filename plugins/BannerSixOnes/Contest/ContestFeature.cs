using Modular.Sdk.Core;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Modular.Plugins.BannerSixOnes.Items;
using Modular.Sdk;
using Modular.Sdk.Navigation;

namespace Modular.Plugins.BannerSixOnes.Contest;

/// <summary>党的知识竞赛 (item 6): services, menu and API.</summary>
public static class ContestFeature
{
    public static void Register(IPluginBuilder plugin)
    {
        plugin.AddDbContext<ContestDbContext>();
        plugin.Services.AddScoped<QuestionBank>();
        plugin.Services.AddScoped<ContestSetup>();
        plugin.Services.AddScoped<Answering>();
        plugin.Services.AddScoped<Rankings>();
        plugin.Services.AddScoped<TeamScoring>();
        plugin.Services.AddScoped<ContestItem>();
        plugin.Services.AddScoped<ISixOnesItem>(sp => sp.GetRequiredService<ContestItem>());
        plugin.AddObligationProvider<ContestObligations>();
        plugin.AddMenuEntry(new MenuEntry(new("党的知识竞赛", "Knowledge contest"), ContestItem.MemberPage, 60) { Group = SixOnesStartup.Group });
        plugin.AddMenuEntry(new MenuEntry(new("竞赛题库与组织", "Contest bank and setup"), "/Contest/Office", 61) { Group = SixOnesStartup.Group, Roles = KnownRoles.ReadAll });
    }

    public static void Map(IEndpointRouteBuilder api) => ContestApi.Map(api);
}
