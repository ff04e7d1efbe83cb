using Modular.Plugins.CountyFiveActivities.Common;

namespace Modular.Plugins.CountyFiveActivities.TypicalModels;

/// <summary>
/// 第三步之一 树立先进典型 (实施方案 二(三)1): members and party organizations set up as typical models by a level above them, with
/// their story (先进事迹) and its publicity (媒体宣传、参观学习、经验交流会、巡回报告会); a public list. Its services, tables, ledger and API.
/// </summary>
public static class TypicalModelsFeature
{
    public static void Register(IPluginBuilder plugin)
    {
        plugin.AddLedger<TypicalModelService>("typical-models", new("先进典型台账", "Typical models"), async (s, q, ct) => Result.Ok(Ledger(await s.ListAsync(ct))));
        plugin.Services.AddScoped<TypicalModelService>();
    }

    /// <summary>This item's tables in the plugin's one context (<see cref="CountyDbContext"/>).</summary>
    public static void ConfigureModel(ModelBuilder b)
    {
        b.Entity<TypicalModel>(e =>
        {
            e.Numbered("typical_models");
            e.Property(x => x.Kind).HasConversion<string>();
            e.Property(x => x.Title).HasMaxLength(Limits.Line);
            e.Property(x => x.Version).IsConcurrencyToken();
        });
        b.Entity<TypicalModelPublicity>(e =>
        {
            e.Numbered("typical_model_publicity");
            e.Property(x => x.Form).HasConversion<string>();
            e.HasOne<TypicalModel>().WithMany().HasForeignKey(x => new { x.JurisdictionId, x.ModelId }).OnDelete(DeleteBehavior.Cascade);
        });
    }

    /// <summary>先进典型台账: one row per model.</summary>
    public static LedgerDefinition Ledger(IReadOnlyList<TypicalModelView> rows) => new(Text.Of("先进典型台账", "Typical models"),
        [new(Text.Of("类别", "Kind")), new(Text.Of("典型", "Model"), Width: 20), new(Text.Of("所在党组织", "Organization"), Width: 24), new(Text.Of("领域", "Sector")),
         new(Text.Of("典型称号", "Model of"), Width: 24), new(Text.Of("确定单位", "Set up by"), Width: 20), new(Text.Of("确定日期", "Set up on"), LedgerColumnType.Date),
         new(Text.Of("事迹字数", "Story characters"), LedgerColumnType.Integer), new(Text.Of("宣传次数", "Publicity"), LedgerColumnType.Integer), new(Text.Of("宣传形式", "Forms"), Width: 30)],
        [.. rows.Select(r => (IReadOnlyList<object?>)[r.KindName, r.Name, r.Organization, r.SectorName, r.Title, r.SetUpBy, r.SetUpOn, r.StoryCharacters, r.Publicity.Count,
            string.Join("、", r.Publicity.Select(p => p.FormName).Distinct())])]);

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/typical-models", async (TypicalModelService models, CancellationToken ct) => Results.Ok(await models.ListAsync(ct)));
        api.MapPost("/typical-models", async (TypicalModelInput input, TypicalModelService models, CancellationToken ct) => (await models.SetUpAsync(input, ct)).ToHttpResult());
        api.MapGet("/typical-models/{id:long}", async (long id, TypicalModelService models, CancellationToken ct) => (await models.FindAsync(id, ct)).ToHttpResult());
        api.MapPut("/typical-models/{id:long}", async (long id, TypicalModelInput input, TypicalModelService models, CancellationToken ct) => (await models.ReviseAsync(id, input, ct)).ToHttpResult());
        api.MapPost("/typical-models/{id:long}/publicity", async (long id, PublicityInput input, TypicalModelService models, CancellationToken ct) =>
            (await models.PublicizeAsync(id, input, ct)).ToHttpResult());
    }
}
