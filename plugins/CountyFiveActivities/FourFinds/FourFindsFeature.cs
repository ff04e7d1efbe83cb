namespace Modular.Plugins.CountyFiveActivities.FourFinds;

/// <summary>
/// 搞好对标定位 (实施方案 二(三)2): every organization and every member completes the “四找” — 找对标典型、找自身差距、
/// 找努力方向、找赶超措施. Members write their own; officers write their organization's. Its service, table, ledger and API (no page yet:
/// the API, the ledger and the dashboard's figures show it).
/// </summary>
public static class FourFindsFeature
{
    public static void Register(IPluginBuilder plugin)
    {
        plugin.Services.AddScoped<FourFindsService>();
        plugin.AddLedger<FourFindsService>("four-finds", new("“四找”完成情况台账", "Four finds"), async (s, q, ct) => Result.Ok(Ledger(await s.CompletionAsync(ct))));
    }

    /// <summary>This item's tables in the plugin's one context (<see cref="CountyDbContext"/>).</summary>
    public static void ConfigureModel(ModelBuilder b) => b.Entity<FourFindsEntry>(e =>
    {
        e.ToTable("four_finds");
        e.HasKey(x => new { x.JurisdictionId, x.SubjectKind, x.SubjectId });
        e.Property(x => x.SubjectKind).HasConversion<string>();
        e.Property(x => x.Version).IsConcurrencyToken();
    });

    /// <summary>“四找”完成情况台账: one row per party organization.</summary>
    public static LedgerDefinition Ledger(IReadOnlyList<CompletionRow> rows) => new(Text.Of("“四找”完成情况台账", "Four finds"),
        [new(Text.Of("党组织", "Organization"), Width: 24), new(Text.Of("组织四找", "Organization's four finds"), LedgerColumnType.Boolean), new(Text.Of("党员", "Members"), LedgerColumnType.Integer), new(Text.Of("党员已完成", "Members done"), LedgerColumnType.Integer)],
        [.. rows.Select(r => (IReadOnlyList<object?>)[r.Name, r.OrganizationDone, r.Members, r.MembersDone])]);

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPut("/four-finds/organizations/{organizationId:long}", async (long organizationId, FindsInput input, FourFindsService service, CancellationToken ct) =>
            (await service.SaveForOrganizationAsync(organizationId, input, ct)).ToHttpResult());

        api.MapPut("/four-finds/people/{personId:long}", async (long personId, FindsInput input, FourFindsService service, CancellationToken ct) =>
            (await service.SaveForPersonAsync(personId, input, ct)).ToHttpResult());

        api.MapGet("/four-finds", async (FourFindsService service, CancellationToken ct) => Results.Ok(await service.CompletionAsync(ct)));

        api.MapGet("/four-finds/{subject}/{id:long}", async (string subject, long id, FourFindsService service, CancellationToken ct) =>
            (await service.ReadAsync(subject, id, ct)).ToHttpResult());
    }
}
