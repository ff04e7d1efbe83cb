using Modular.Plugins.BannerSixOnes.Items;

namespace Modular.Plugins.BannerSixOnes.Contest;

/// <summary>党的知识竞赛 (item 6): services, menu and API.</summary>
public static class ContestFeature
{
    public static void Register(IPluginBuilder plugin)
    {
        // One contest's results: linked from that contest's results page, not listed with the others.
        plugin.AddLedger(new LedgerEntry("contest-results", new("知识竞赛成绩台账", "Contest results"), null)
        {
            Listed = false,
            Parameters = [new("contestId", new("竞赛编号", "Contest id"), LedgerParameterType.Integer, Required: true), new("kind", new("类别", "Kind"))],
            Build = (sp, q, ct) => sp.GetRequiredService<Rankings>().LedgerAsync(q.Integer("contestId")!.Value, q.Text("kind"), ct),
        });
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
