using Modular.Plugins.BannerThirdBatch.Common;

namespace Modular.Plugins.BannerThirdBatch.Outreach;

/// <summary>
/// 二(三) 外出党员传达: who was reached, when and how; each unit's coverage; its obligation; the ledger 外出党员传达台账 and the
/// page <c>/Outreach</c>.
/// </summary>
public static class OutreachFeature
{
    public static void Register(IPluginBuilder plugin)
    {
        plugin.Services.AddScoped<OutreachService>();
        plugin.Services.AddUnitFigures<OutreachFigures>();
        plugin.AddObligationProvider<OutreachObligations>();
        plugin.AddEventHandler<PersonTransferred, OutreachFollowsTransfers>();
        plugin.AddLedger<OutreachService>("outreach", new("外出党员传达台账", "Outreach to outgoing members"),
            async (service, query, ct) => Result.Ok(Ledger(await service.OverviewAsync(null, ct))));
        plugin.AddMenuEntry(new MenuEntry(new("外出党员传达", "Outgoing members"), "/Outreach/Index", 3) { Group = BannerThirdBatchStartup.Group });
    }

    public static void ConfigureModel(ModelBuilder b) => b.ApplyConfiguration(new OutreachContactConfiguration());

    /// <summary>One line per contact, and one per outgoing member not reached yet (marked 未传达).</summary>
    public static LedgerDefinition Ledger(OutreachOverview overview)
    {
        var byPerson = overview.Contacts.ToLookup(c => c.PersonId);
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var m in overview.Members)
        {
            var contacts = byPerson[m.PersonId].OrderBy(c => c.ReachedOn).ToList();
            if (contacts.Count == 0) rows.Add([m.Unit, m.Name, m.Whereabouts, "未传达", null, null, null, null]);
            foreach (var c in contacts) rows.Add([m.Unit, m.Name, m.Whereabouts, "已传达", c.ReachedOn, OutreachRule.MethodName(c.Method).ZhCn, c.Note, c.RecordedBy]);
        }
        return new("外出党员传达台账",
            [new("参学单位", Width: 24), new("外出党员"), new("外出流向", Width: 18), new("是否传达"), new("传达日期", LedgerColumnType.Date), new("传达方式"),
             new("传达内容", Width: 40), new("登记人")],
            rows);
    }

    /// <summary><c>/api/j/{jurisdiction}/banner-third-batch/outreach</c>.</summary>
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/outreach").WithTags("banner-third-batch: outreach to outgoing members");
        group.MapGet("", async (long? unitId, OutreachService service, CancellationToken ct) => Results.Ok(await service.OverviewAsync(unitId, ct)))
            .WithSummary("Each unit the caller sees with its outgoing members reached (each once) of all of them, the members with whereabouts and the contacts.");
        group.MapGet("/contacts", async (long? unitId, string? month, OutreachMethod? method, ContactSort? sort, bool? desc, int? page, int? pageSize, OutreachService service, CancellationToken ct) =>
                (await service.ContactsAsync(new ContactQuery(unitId, month, method, sort ?? ContactSort.Day, desc ?? true), new PageRequest(page, pageSize), ct)).ToHttpResult())
            .WithSummary("A page of the contacts with the outgoing members of the units the caller sees (latest first); filter by unit, month (yyyy-MM) and method; sort by Day or Method.");
        group.MapGet("/{id:long}", async (long id, OutreachService service, CancellationToken ct) => (await service.FindAsync(id, ct)).ToHttpResult());
        group.MapPost("", async (OutreachInput input, OutreachService service, CancellationToken ct) => (await service.RecordAsync(input, ct)).ToHttpResult())
            .WithSummary("Records that an outgoing member was reached (day, method Phone/Letter/Visit/Message, what was conveyed): the member's unit, those above it or the office.");
        group.MapPut("/{id:long}", async (long id, OutreachInput input, OutreachService service, CancellationToken ct) => (await service.UpdateAsync(id, input, ct)).ToHttpResult())
            .WithSummary("Corrects a contact; send the version read (a stale one is 409).");
    }
}
