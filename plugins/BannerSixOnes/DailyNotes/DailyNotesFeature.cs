using Modular.Plugins.BannerSixOnes.Items;

namespace Modular.Plugins.BannerSixOnes.DailyNotes;

/// <summary>每日学习笔记与季度检查验收 (item 3): services, menu and API.</summary>
public static class DailyNotesFeature
{
    /// <summary>Who inspects notebooks and reads the year-end result: the office, officers, inspectors, auditors (not members).</summary>
    private static readonly IReadOnlyList<string> Inspecting = KnownRoles.Overseers;

    public static void Register(IPluginBuilder plugin)
    {
        plugin.AddLedger<YearEndService>("notes-year-end", new("每日学习笔记年终台账", "Daily notes at the year end"), async (s, q, ct) => (await s.AllAsync(s.DefaultScope(q.Integer("organizationId")), ct)).Map(NoteLedgers.YearEnd),
            new LedgerParameter("organizationId", new("组织编号", "Organization id"), LedgerParameterType.Integer));
        plugin.AddLedger<InspectionOverview>("note-inspections", new("每日学习笔记检查验收台账", "Daily-note inspections"), (s, q, ct) => s.LedgerAsync(q.Text("quarter"), ct),
            new LedgerParameter("quarter", new("季度（如 2011-Q2）", "Quarter (e.g. 2011-Q2)")));
        plugin.Services.AddScoped<InspectionLocks>();
        plugin.Services.AddScoped<NoteFigures>();
        plugin.Services.AddScoped<YearEndQuery>();
        plugin.Services.AddScoped<NoteMembers>();
        plugin.AddEventHandler<PersonTransferred, NoteMembersFollowTransfers>();
        plugin.AddScheduledJob<NoteMembersCheck>(NoteMembersCheck.Schedule);
        plugin.Services.AddScoped<DailyNoteService>();
        plugin.Services.AddScoped<Notebook>();
        plugin.Services.AddScoped<InspectionService>();
        plugin.Services.AddScoped<InspectionOverview>();
        plugin.Services.AddScoped<YearEndService>();
        plugin.Services.AddScoped<DailyNotesItem>();
        plugin.Services.AddScoped<ISixOnesItem>(services => services.GetRequiredService<DailyNotesItem>());
        plugin.AddObligationProvider<DailyNoteObligations>();
        plugin.AddMenuEntry(new MenuEntry(new("学习笔记", "Study notes"), "/Notes/Index", 30) { Group = SixOnesStartup.Group });
        plugin.AddMenuEntry(new MenuEntry(new("季度检查验收", "Quarter inspection"), "/Notes/Inspections", 31) { Group = SixOnesStartup.Group, Roles = Inspecting });
        plugin.AddMenuEntry(new MenuEntry(new("笔记年终考核", "Notes year-end"), "/Notes/YearEnd", 32) { Group = SixOnesStartup.Group, Roles = Inspecting });
    }

    public static void Map(IEndpointRouteBuilder api) => DailyNotesApi.Map(api);
}
