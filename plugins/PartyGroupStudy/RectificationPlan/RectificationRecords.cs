using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Modular.Plugins.PartyGroupStudy.RectificationPlan;

/// <summary>
/// The rectification plan as the party group's special meeting adopted it (its items are the SDK's rectification lines).
/// Each adoption is an edition: changing an adopted plan means adopting it again at the version read.
/// </summary>
public sealed class RectificationPlanRecord : IJurisdictionScoped, IVersioned
{
    public int JurisdictionId { get; set; }
    public long OrganizationId { get; set; }
    public string Target { get; set; } = "";
    public DateOnly MeetingOn { get; set; }
    public string Attendance { get; set; } = "";
    public string Targeted { get; set; } = "";
    public string TimeBound { get; set; } = "";
    public string Operable { get; set; } = "";
    public string Effective { get; set; } = "";
    /// <summary>The day of the first adoption: at-once items then in the plan are due from it.</summary>
    public DateOnly FirstAdoptedOn { get; set; }
    /// <summary>公开承诺: the day the plan was published to the public; null until then.</summary>
    public DateOnly? PublishedOn { get; set; }
    public string? SavedBy { get; set; }
    public DateTimeOffset SavedAt { get; set; }
    public int Version { get; set; }
}

/// <summary>A round of opinions on the adopted plan (座谈会 or 书面征求意见) and what it brought.</summary>
public sealed class PlanOpinionRound : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public long Id { get; set; }
    public DateOnly HeldOn { get; set; }
    public OpinionForm Form { get; set; }
    public int OpinionsReceived { get; set; }
    public string Opinions { get; set; } = "";
    public string? RecordedBy { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}

/// <summary>
/// The due day of an at-once item (马上整改): the SDK's lines keep a deadline only for 限时整改, so the plan keeps the day
/// the item entered the adopted plan plus <c>rectify.immediateDays</c> here.
/// </summary>
public sealed class ImmediateDue : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public long RectificationId { get; set; }
    public DateOnly DueOn { get; set; }
}

/// <summary>Table <c>rectification_immediate_dues</c> (Migrations/0004).</summary>
public sealed class ImmediateDueConfiguration : IEntityTypeConfiguration<ImmediateDue>
{
    public void Configure(EntityTypeBuilder<ImmediateDue> e)
    {
        e.ToTable("rectification_immediate_dues");
        e.HasKey(d => new { d.JurisdictionId, d.RectificationId });
    }
}

/// <summary>Table <c>rectification_plans</c> (Migrations/0004).</summary>
public sealed class RectificationPlanConfiguration : IEntityTypeConfiguration<RectificationPlanRecord>
{
    public void Configure(EntityTypeBuilder<RectificationPlanRecord> e)
    {
        e.ToTable("rectification_plans");
        e.HasKey(p => p.JurisdictionId);
        e.Property(p => p.Version).IsConcurrencyToken();
    }
}

/// <summary>Table <c>plan_opinion_rounds</c> (Migrations/0004).</summary>
public sealed class PlanOpinionRoundConfiguration : IEntityTypeConfiguration<PlanOpinionRound>
{
    public void Configure(EntityTypeBuilder<PlanOpinionRound> e)
    {
        e.ToTable("plan_opinion_rounds");
        e.HasKey(r => new { r.JurisdictionId, r.Id });
        e.Property(r => r.Id).UseIdentityByDefaultColumn();
        e.Property(r => r.Form).HasConversion<string>();
    }
}
