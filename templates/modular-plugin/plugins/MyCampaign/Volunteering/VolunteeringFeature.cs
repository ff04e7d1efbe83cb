namespace Modular.Plugins.MyCampaign.Volunteering;

/// <summary>
/// 党员志愿服务: every party branch organizes its members' volunteer service at least once a month, by the month's due day,
/// with at least the set number of members (<see cref="VolunteeringRule"/>). The item's services, obligation, ledger,
/// menu entry, tables and API.
/// </summary>
public static class VolunteeringFeature
{
    public static void Register(IPluginBuilder plugin)
    {
        plugin.Services.AddScoped<VolunteeringService>();
        plugin.AddObligationProvider<VolunteeringObligations>();
        plugin.AddLedger<VolunteeringService>("volunteering", new("党员志愿服务台账", "Members' volunteer service"),
            async (service, query, ct) => Result.Ok(Ledger(await service.MonthsAsync(ct))));
        plugin.AddMenuEntry(new MenuEntry(new("党员志愿服务", "Volunteer service"), "/Volunteering/Index", 1) { Group = MyCampaignStartup.Group });
    }

    /// <summary>This item's tables in the plugin's one context (<see cref="MyCampaignDbContext"/>).</summary>
    public static void ConfigureModel(ModelBuilder b) => b.ApplyConfiguration(new VolunteerActivityConfiguration());

    /// <summary>党员志愿服务台账: one row per branch and month so far, the month's first activity and where the month stands.</summary>
    public static LedgerDefinition Ledger(IReadOnlyList<BranchMonth> months) => new("党员志愿服务台账",
        [new("党支部", Width: 24), new("月份"), new("应于此日前开展", LedgerColumnType.Date), new("开展日期", LedgerColumnType.Date),
         new("服务内容", Width: 30), new("参加党员（人）", LedgerColumnType.Integer), new("当月次数", LedgerColumnType.Integer), new("状态")],
        [.. months.Select(m => (IReadOnlyList<object?>)[m.Organization, m.Month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), m.DueOn,
            m.First?.HeldOn, m.First?.Title, m.First?.Participants, m.Held, VolunteeringRule.StateName(m.State).ZhCn])]);

    /// <summary><c>/api/j/{jurisdiction}/my-campaign/volunteering</c>: each endpoint one call into the service.</summary>
    public static void Map(IEndpointRouteBuilder api)
    {
        var volunteering = api.MapGroup("/volunteering").WithTags("my-campaign: volunteer service");

        volunteering.MapPost("", async (ActivityInput input, VolunteeringService service, CancellationToken ct) =>
            (await service.RecordAsync(input, ct)).ToHttpResult())
            .WithSummary("Records a branch's volunteer service: its officers, those above it or the office.");

        volunteering.MapGet("", async (int? page, int? pageSize, VolunteeringService service, CancellationToken ct) =>
            Results.Ok(await service.ListAsync(new PageRequest(page, pageSize), ct)))
            .WithSummary("The activities of the branches the caller sees, latest first.");

        volunteering.MapGet("/{id:long}", async (long id, VolunteeringService service, CancellationToken ct) =>
            (await service.FindAsync(id, ct)).ToHttpResult());

        volunteering.MapGet("/months", async (VolunteeringService service, CancellationToken ct) =>
            Results.Ok(await service.MonthsAsync(ct)))
            .WithSummary("Every branch the caller sees, month by month so far: due day, first activity, count, state.");
    }
}
