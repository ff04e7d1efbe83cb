namespace Modular.Plugins.BannerSixOnes.Awards;

/// <summary>三、3 完善激励机制、明确奖惩: services, menu, the ledger 奖惩台账 and <c>/awards</c>.</summary>
public static class AwardsFeature
{
    public static void Register(IPluginBuilder plugin)
    {
        plugin.Services.AddScoped<AwardsService>();
        plugin.AddLedger<AwardsService>("awards", new("奖惩台账", "Awards and penalties"),
            async (s, q, ct) => Result.Ok(Ledger(await s.ListAsync(q.Integer("personId"), q.Integer("organizationId"), ct))),
            new LedgerParameter("personId", new("党员编号", "Member id"), LedgerParameterType.Integer),
            new LedgerParameter("organizationId", new("组织编号", "Organization id"), LedgerParameterType.Integer));
        plugin.AddMenuEntry(new MenuEntry(new("奖惩", "Awards and penalties"), "/Awards/Index", 78) { Group = SixOnesStartup.Group });
    }

    public static LedgerDefinition Ledger(IReadOnlyList<AwardRow> rows) => new(Text.Of("奖惩台账", "Awards and penalties"),
        [
            new(Text.Of("类别", "Kind")), new(Text.Of("党员", "Member")), new(Text.Of("组织", "Organization"), Width: 24), new(Text.Of("名称", "Title"), Width: 24),
            new(Text.Of("事由", "Reason"), Width: 40), new(Text.Of("日期", "Date"), LedgerColumnType.Date), new(Text.Of("登记人", "Recorded by")),
        ],
        [.. rows.Select(r => (IReadOnlyList<object?>)[r.KindName, r.Person, r.Organization, r.Title, r.Reason, r.AwardedOn, r.RecordedBy])]);

    /// <summary><c>/api/j/{code}/banner-six-ones/awards</c>.</summary>
    public static void Map(IEndpointRouteBuilder api)
    {
        var a = api.MapGroup("/awards");
        a.MapGet("", async (long? personId, long? organizationId, AwardsService s, CancellationToken ct) => Results.Ok(await s.ListAsync(personId, organizationId, ct)))
            .WithSummary("Awards and penalties the caller sees (personId; organizationId = a subtree).");
        a.MapPost("", async (AwardInput input, AwardsService s, CancellationToken ct) => (await s.RecordAsync(input, ct)).ToHttpResult())
            .WithSummary("The office records an award or a penalty: kind (Award, Penalty), personId or organizationId, title, reason, awardedOn.");
    }
}
