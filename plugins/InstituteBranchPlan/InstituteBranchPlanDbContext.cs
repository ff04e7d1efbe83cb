using Modular.Plugins.InstituteBranchPlan.LeadingGroup;
using Modular.Plugins.InstituteBranchPlan.Oversight;

namespace Modular.Plugins.InstituteBranchPlan;

/// <summary>
/// The plugin's one unit of work over its schema (plugin.json's <c>"schema"</c>; tables made by Migrations/*.sql): every
/// item's tables, each configured where the item lives; every key leads with the jurisdiction, and every query sees the
/// current jurisdiction's rows only. Pledges and suggestions live in the SDK's building blocks.
/// </summary>
public sealed class InstituteBranchPlanDbContext(DbContextOptions<InstituteBranchPlanDbContext> options) : PluginDbContext(options)
{
    public DbSet<LeadingGroupRecord> LeadingGroups => Set<LeadingGroupRecord>();
    public DbSet<LeadingGroupSeat> LeadingGroupSeats => Set<LeadingGroupSeat>();
    public DbSet<OversightCheck> OversightChecks => Set<OversightCheck>();

    protected override void ConfigureModel(ModelBuilder b)
    {
        LeadingGroupFeature.ConfigureModel(b);
        OversightFeature.ConfigureModel(b);
    }
}
