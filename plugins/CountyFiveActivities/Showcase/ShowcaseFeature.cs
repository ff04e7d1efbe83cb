namespace Modular.Plugins.CountyFiveActivities.Showcase;

/// <summary>
/// 第四步之一 展示成果 (实施方案 二(四)1): exhibitions (图片展), seminars (理论成果研讨会) and exchange meetings (经验交流会) of stage 4,
/// each with the typical models it shows, kept in the SDK's campaign events (no table of its own); shown on the overview and
/// counted in the summaries' figures. Its service, ledger and API.
/// </summary>
public static class ShowcaseFeature
{
    public static void Register(IPluginBuilder plugin)
    {
        plugin.AddLedger<ShowcaseService>("showcase", new("展示成果台账", "Showing the results"), async (s, q, ct) => Result.Ok(Ledger(await s.ListAsync(ct))));
        plugin.Services.AddScoped<ShowcaseService>();
    }

    /// <summary>展示成果台账: one row per event.</summary>
    public static LedgerDefinition Ledger(IReadOnlyList<ShowcaseView> rows) => new(Text.Of("展示成果台账", "Showing the results"),
        [new(Text.Of("形式", "Kind")), new(Text.Of("名称", "Name"), Width: 30), new(Text.Of("举办单位", "Held by"), Width: 24), new(Text.Of("日期", "Day"), LedgerColumnType.Date),
         new(Text.Of("状态", "State")), new(Text.Of("时长（小时）", "Hours"), LedgerColumnType.Decimal), new(Text.Of("地点", "Place")), new(Text.Of("参加/参观人数", "Visitors"), LedgerColumnType.Integer),
         new(Text.Of("展示的先进典型", "Typical models shown"), Width: 40)],
        [.. rows.Select(r => (IReadOnlyList<object?>)[r.KindName, r.Title, r.Organization, r.HeldOn, r.StateName, r.Hours, r.Place, r.Visitors,
            string.Join("、", r.Models.Select(m => $"{m.Name}（{m.Title}）"))])]);

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/showcase", async (ShowcaseService showcase, CancellationToken ct) => Results.Ok(await showcase.ListAsync(ct)));
        api.MapPost("/showcase", async (ShowcaseInput input, ShowcaseService showcase, CancellationToken ct) => (await showcase.RecordAsync(input, ct)).ToHttpResult());
        api.MapGet("/showcase/{id:long}", async (long id, ShowcaseService showcase, CancellationToken ct) => (await showcase.FindAsync(id, ct)).ToHttpResult());
        api.MapPut("/showcase/{id:long}", async (long id, ShowcaseInput input, ShowcaseService showcase, CancellationToken ct) => (await showcase.UpdateAsync(id, input, ct)).ToHttpResult());
    }
}
