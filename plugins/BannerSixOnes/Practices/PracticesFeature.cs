namespace Modular.Plugins.BannerSixOnes.Practices;

/// <summary>好做法、好经验 (units report, the office features): services, menu and API.</summary>
public static class PracticesFeature
{
    public static void Register(IPluginBuilder plugin)
    {
        plugin.AddLedger<GoodPractices>("practices", new("好做法好经验台账", "Good practices"),
            async (s, q, ct) => Result.Ok(PracticeLedger.Build(await s.ListAsync(new(q.Integer("organizationId"), q.Boolean("featured"), q.Date("from"), q.Date("to")), ct))),
            new LedgerParameter("organizationId", new("组织编号", "Organization id"), LedgerParameterType.Integer), new LedgerParameter("featured", new("仅推广的", "Featured only"), LedgerParameterType.Boolean),
            new LedgerParameter("from", new("起始日期", "From"), LedgerParameterType.Date), new LedgerParameter("to", new("截止日期", "To"), LedgerParameterType.Date));
        plugin.Services.AddScoped<GoodPractices>();
        plugin.Services.AddScoped<PracticesQuery>();
        plugin.AddMenuEntry(new MenuEntry(new("好做法好经验", "Good practices"), "/Practices/Index", 70) { Group = SixOnesStartup.Group });
    }

    public static void Map(IEndpointRouteBuilder api) => PracticesApi.Map(api);
}
