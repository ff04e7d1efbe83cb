namespace Modular.Plugins.BannerSixOnes.Capacity;

/// <summary>三、2 深化拓展能力素质建设: services, menu, the ledger 能力素质建设台账 and <c>/capacity</c>.</summary>
public static class CapacityFeature
{
    public static void Register(IPluginBuilder plugin)
    {
        plugin.Services.AddScoped<CapacityService>();
        plugin.AddLedger<CapacityService>("capacity", new("能力素质建设台账", "Capacity building"),
            async (s, q, ct) => (await s.ListAsync(q.Integer("personId"), q.Integer("organizationId"), Kind(q.Text("kind")), ct)).Map(Ledger),
            new LedgerParameter("personId", new("党员编号", "Member id"), LedgerParameterType.Integer),
            new LedgerParameter("organizationId", new("组织编号", "Organization id"), LedgerParameterType.Integer),
            new LedgerParameter("kind", new("类别（Training、PostDrill、Secondment）", "Kind (Training, PostDrill, Secondment)")));
        // 三、2 comes between the discussion (三、1, 76) and the awards (三、3, 78).
        plugin.AddMenuEntry(new MenuEntry(new("能力素质建设", "Capacity building"), "/Capacity/Index", 77) { Group = SixOnesStartup.Group });
    }

    private static CapacityKind? Kind(string? text) => Enum.TryParse<CapacityKind>(text, ignoreCase: true, out var kind) && Enum.IsDefined(kind) ? kind : null;

    public static LedgerDefinition Ledger(IReadOnlyList<CapacityRow> rows) => new(Text.Of("能力素质建设台账", "Capacity building"),
        [
            new(Text.Of("党员", "Member")), new(Text.Of("组织", "Organization"), Width: 24), new(Text.Of("类别", "Kind")), new(Text.Of("名称", "Title"), Width: 30),
            new(Text.Of("开始日期", "From"), LedgerColumnType.Date), new(Text.Of("结束日期", "To"), LedgerColumnType.Date),
            new(Text.Of("挂职单位", "Host unit"), Width: 24), new(Text.Of("主办单位", "Organizer"), Width: 24), new(Text.Of("学时", "Hours"), LedgerColumnType.Decimal),
            new(Text.Of("备注", "Note"), Width: 30), new(Text.Of("登记人", "Recorded by")),
        ],
        [.. rows.Select(r => (IReadOnlyList<object?>)[r.Person, r.Organization, r.KindName, r.Title, r.StartsOn, r.EndsOn, r.HostUnit, r.Organizer, r.Hours, r.Note, r.RecordedBy])]);

    /// <summary><c>/api/j/{code}/banner-six-ones/capacity</c>.</summary>
    public static void Map(IEndpointRouteBuilder api)
    {
        var c = api.MapGroup("/capacity");
        c.MapGet("", async (long? personId, long? organizationId, CapacityKind? kind, CapacityService s, CancellationToken ct) =>
                (await s.ListAsync(personId, organizationId, kind, ct)).ToHttpResult())
            .WithSummary("The records the caller sees — of the organizations they see, and their own (personId; organizationId = a subtree; kind = Training, PostDrill or Secondment).");
        c.MapGet("/overview", async (long? organizationId, CapacityService s, CancellationToken ct) => (await s.OverviewAsync(organizationId, ct)).ToHttpResult())
            .WithSummary("Per organization the caller sees: members, records by kind, members who took part, hours; and the units one level down with everything under them.");
        c.MapGet("/{id:long}", async (long id, CapacityService s, CancellationToken ct) => (await s.ReadAsync(id, ct)).ToHttpResult());
        c.MapPost("", async (CapacityInput input, CapacityService s, CancellationToken ct) => (await s.RecordAsync(input, ct)).ToHttpResult())
            .WithSummary("Records a member's measure: personId, kind (Training, PostDrill, Secondment), title, startsOn, endsOn, hostUnit (a secondment's), organizer, hours, note.");
        c.MapPut("/{id:long}", async (long id, CapacityInput input, CapacityService s, CancellationToken ct) => (await s.UpdateAsync(id, input, ct)).ToHttpResult())
            .WithSummary("Changes a record at the version read (409 when someone changed it meanwhile).");
        c.MapDelete("/{id:long}", async (long id, int? version, CapacityService s, CancellationToken ct) =>
                (await s.DeleteAsync(id, version, ct)).ToHttpResult(_ => Results.NoContent()))
            .WithSummary("Deletes a record at the version read (?version=).");
    }
}
