using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Modular.Plugins.MyCampaign.Volunteering;

/// <summary>一次党员志愿服务: which party branch organized it, on which day, what was done, how many members took part.</summary>
public sealed class VolunteerActivity : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public long Id { get; set; }
    public long OrganizationId { get; set; }
    public DateOnly HeldOn { get; set; }
    public required string Title { get; set; }
    public int Participants { get; set; }
    public string? Note { get; set; }
    public string? RecordedBy { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}

/// <summary>
/// The table <c>volunteer_activities</c> (Migrations/0001): keyed by the jurisdiction and the number the database gives;
/// columns are the properties in snake_case (the SDK's naming).
/// </summary>
public sealed class VolunteerActivityConfiguration : IEntityTypeConfiguration<VolunteerActivity>
{
    public void Configure(EntityTypeBuilder<VolunteerActivity> e)
    {
        e.ToTable("volunteer_activities");
        e.HasKey(a => new { a.JurisdictionId, a.Id });
        e.Property(a => a.Id).ValueGeneratedOnAdd();
    }
}
