using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Modular.Plugins.BannerThirdBatch.Guidance;

/// <summary>
/// A guidance group (指导小组, sent by the banner: <see cref="SenderTownId"/> null) or a guidance and inspection group (指导检查组, sent
/// by a sumu/town): its leader, members and the units it covers.
/// </summary>
public sealed class GuidanceGroup : IJurisdictionScoped, IVersioned
{
    public int JurisdictionId { get; set; }
    public long Id { get; set; }
    public string Name { get; set; } = "";
    public long? SenderTownId { get; set; }
    public long LeaderPersonId { get; set; }
    public List<long> MemberIds { get; set; } = [];
    public List<long> UnitIds { get; set; } = [];
    public int Version { get; set; }
    public string? RecordedBy { get; set; }
    public DateTimeOffset RecordedAt { get; set; }

    public bool Includes(long personId) => LeaderPersonId == personId || MemberIds.Contains(personId);
}

/// <summary>Table <c>guidance_groups</c> (Migrations/0002).</summary>
public sealed class GuidanceGroupConfiguration : IEntityTypeConfiguration<GuidanceGroup>
{
    public void Configure(EntityTypeBuilder<GuidanceGroup> e)
    {
        e.ToTable("guidance_groups");
        e.HasKey(g => new { g.JurisdictionId, g.Id });
        e.Property(g => g.Id).UseIdentityByDefaultColumn();
        e.Property(g => g.Version).IsConcurrencyToken();
    }
}
