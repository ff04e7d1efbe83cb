using Modular.Plugins.BannerSixOnes.Items;

namespace Modular.Plugins.BannerSixOnes.TheoryBooks;

/// <summary>
/// 每季度精读一本理论著作 (item 4): services, menu and API. Decisions where the plan is silent:
/// <list type="bullet">
/// <item>The quarters are the calendar quarters clipped to the campaign (2011: Q2 05-05…06-30, Q3, Q4); without a
/// quarter given, a note belongs to the quarter of today (06-30 → Q2, 07-01 → Q3).</item>
/// <item>Each quarter is due on its last day. Notes for a past quarter are still taken (补交) and marked late (逾期) in
/// the lists, the ledger and the host's obligations; a quarter that has not begun is refused.</item>
/// <item>The required list is compared by title without 《》, spaces or case.</item>
/// <item>Notes count as done once filed, unless returned for rework; review (accept / return) is optional, by the
/// office or an officer over the cadre's organization, never the author.</item>
/// </list>
/// </summary>
public static class TheoryBooksFeature
{
    public static void Register(IPluginBuilder plugin)
    {
        plugin.AddLedger<TheoryBookNotes>("theory-books", new("精读理论著作台账", "Theory book notes"),
            async (s, q, ct) => Result.Ok(TheoryBookLedger.Build(await s.VisibleRowsAsync(q.Text("quarter"), ct), q.Text("quarter"))),
            new LedgerParameter("quarter", new("季度（如 2011-Q2）", "Quarter (e.g. 2011-Q2)")));
        plugin.Services.AddScoped<RequiredReadingList>();
        plugin.Services.AddScoped<TheoryBookNotes>();
        plugin.Services.AddScoped<TheoryBookItem>();
        plugin.Services.AddScoped<ISixOnesItem>(sp => sp.GetRequiredService<TheoryBookItem>());
        plugin.AddObligationProvider<TheoryBookObligations>();
        plugin.AddMenuEntry(new MenuEntry(new("精读理论著作", "Theory books"), "/Books/Index", 40) { Group = SixOnesStartup.Group });
    }

    public static void Map(IEndpointRouteBuilder api) => TheoryBooksApi.Map(api);
}
