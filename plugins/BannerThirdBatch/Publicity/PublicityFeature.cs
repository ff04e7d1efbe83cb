namespace Modular.Plugins.BannerThirdBatch.Publicity;

/// <summary>三(三) 宣传好做法、好经验和先进典型: units' reports, the office's selection or return; the ledger 宣传报送台账 (<c>publicity</c>) and the page <c>/Publicity</c>.</summary>
public static class PublicityFeature
{
    public static void Register(IPluginBuilder plugin)
    {
        plugin.Services.AddScoped<PublicityService>();
        plugin.AddLedger<PublicityService>("publicity", new("好做法和先进典型宣传报送台账", "Good practices and models reported"),
            async (service, query, ct) => Result.Ok(Ledger(await service.ListAsync(null, null, ct))));
        plugin.AddMenuEntry(new MenuEntry(new("好做法和先进典型", "Good practices and models"), "/Publicity/Index", 30) { Group = BannerThirdBatchStartup.Group });
    }

    public static void ConfigureModel(ModelBuilder b) => b.ApplyConfiguration(new PublicityReportConfiguration());

    public static LedgerDefinition Ledger(IReadOnlyList<PublicityView> rows) => new(Text.Of("好做法和先进典型宣传报送台账", "Good practices and models reported"),
        [new(Text.Of("报送单位", "Unit"), Width: 24), new(Text.Of("所属苏木镇", "Sumu/town"), Width: 20), new(Text.Of("类别", "Kind"), Width: 18),
         new(Text.Of("标题", "Title"), Width: 30), new(Text.Of("先进党员", "Member")), new(Text.Of("报送日期", "Reported on"), LedgerColumnType.Date),
         new(Text.Of("状态", "State")), new(Text.Of("宣传渠道", "Channel")), new(Text.Of("宣传日期", "Published on"), LedgerColumnType.Date),
         new(Text.Of("退回理由", "Returned, why"), Width: 30)],
        [.. rows.Select(r => (IReadOnlyList<object?>)[r.Unit, r.Town, r.KindName, r.Title, r.Person, r.ReportedOn, r.StateName, r.ChannelName, r.PublishedOn, r.ReturnReason])]);

    /// <summary><c>/api/j/{jurisdiction}/banner-third-batch/publicity</c>.</summary>
    public static void Map(IEndpointRouteBuilder api)
    {
        var p = api.MapGroup("/publicity").WithTags("banner-third-batch: good practices and models");
        p.MapGet("", async (PublicityState? state, long? unitId, PublicityService service, CancellationToken ct) => Results.Ok(await service.ListAsync(state, unitId, ct)))
            .WithSummary("The reports of the units the caller sees, newest first; filter by state or unit.");
        p.MapGet("/{id:long}", async (long id, PublicityService service, CancellationToken ct) => (await service.FindAsync(id, ct)).ToHttpResult());
        p.MapPost("", async (PublicityInput input, PublicityService service, CancellationToken ct) => (await service.SaveAsync(null, input, ct)).ToHttpResult())
            .WithSummary("A unit reports a good practice, a typical organization or a typical member (kind, title, person, story).");
        p.MapPut("/{id:long}", async (long id, PublicityInput input, PublicityService service, CancellationToken ct) => (await service.SaveAsync(id, input, ct)).ToHttpResult())
            .WithSummary("Revises a report (again under review); send the version read; a selected report is final.");
        p.MapPost("/{id:long}/select", async (long id, SelectInput input, PublicityService service, CancellationToken ct) => (await service.SelectAsync(id, input, ct)).ToHttpResult())
            .WithSummary("The office selects it for publicity: channel (Briefing, Radio, Television, Website) and day.");
        p.MapPost("/{id:long}/return", async (long id, ReturnInput input, PublicityService service, CancellationToken ct) => (await service.ReturnAsync(id, input, ct)).ToHttpResult())
            .WithSummary("The office returns it with a reason.");
    }
}
