namespace Modular.Plugins.BannerThirdBatch;

/// <summary>
/// The plugin's one unit of work over its schema (plugin.json's <c>"schema"</c>; tables made by Migrations/*.sql): every
/// item's tables, each configured where the item lives (its <c>…Feature.ConfigureModel</c>); every key leads with the
/// jurisdiction, and every query sees the current jurisdiction's rows only. Units' dates live in the SDK's unit schedules.
/// </summary>
public sealed class BannerThirdBatchDbContext(DbContextOptions<BannerThirdBatchDbContext> options) : PluginDbContext(options)
{
    public DbSet<Outreach.OutreachContact> OutreachContacts => Set<Outreach.OutreachContact>();   // 二(三) 外出党员传达
    public DbSet<Assistance.AssistanceRecord> AssistanceRecords => Set<Assistance.AssistanceRecord>();   // 二(三) 帮扶困难嘎查和困难党员

    protected override void ConfigureModel(ModelBuilder b)
    {
        Outreach.OutreachFeature.ConfigureModel(b);       // 二(三) 外出党员传达
        Assistance.AssistanceFeature.ConfigureModel(b);   // 二(三) 帮扶困难嘎查和困难党员
    }
}
