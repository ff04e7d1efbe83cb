using Modular.Plugins.MyCampaign.Volunteering;

namespace Modular.Plugins.MyCampaign;

/// <summary>
/// The plugin's one unit of work over its schema (plugin.json's <c>"schema"</c>; tables made by Migrations/*.sql): every
/// item's tables, each configured where the item lives (its <c>…Feature.ConfigureModel</c>); every key leads with the
/// jurisdiction, and every query sees the current jurisdiction's rows only.
/// </summary>
public sealed class MyCampaignDbContext(DbContextOptions<MyCampaignDbContext> options) : PluginDbContext(options)
{
    public DbSet<VolunteerActivity> VolunteerActivities => Set<VolunteerActivity>();

    protected override void ConfigureModel(ModelBuilder b)
    {
        VolunteeringFeature.ConfigureModel(b);
    }
}
