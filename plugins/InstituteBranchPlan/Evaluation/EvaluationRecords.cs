using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Modular.Plugins.InstituteBranchPlan.Evaluation;

/// <summary>
/// A branch's round of a year (半年 or 年终): the SDK's two rounds it runs on (the members' named one and the public's
/// anonymous one, answered with codes), who opened it, and when it was closed (its results are then fixed).
/// </summary>
public sealed class EvaluationRoundRecord : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public long OrganizationId { get; set; }
    public int Year { get; set; }
    public EvaluationPeriod Period { get; set; }
    public long MembersRoundId { get; set; }
    public long PublicRoundId { get; set; }
    public DateOnly Closes { get; set; }
    public string? OpenedBy { get; set; }
    public DateTimeOffset OpenedAt { get; set; }
    public string? ClosedBy { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public bool Closed => ClosedAt is not null;
}

/// <summary>A member's result of a closed round, as fixed when it closed: the parts, the composite mark and the grade.</summary>
public sealed class EvaluationResultRecord : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public long OrganizationId { get; set; }
    public int Year { get; set; }
    public EvaluationPeriod Period { get; set; }
    public long PersonId { get; set; }
    public string Name { get; set; } = "";
    /// <summary>The members' votes per grade, 优秀/合格/基本合格/不合格 (“3,1,0,0”).</summary>
    public string MembersTally { get; set; } = "0,0,0,0";
    [Precision(6, 2)] public decimal? MembersMark { get; set; }
    public string PublicTally { get; set; } = "0,0,0,0";
    [Precision(6, 2)] public decimal? PublicMark { get; set; }
    [Precision(6, 2)] public decimal? PlanScore { get; set; }
    [Precision(6, 2)] public decimal? Composite { get; set; }
    public string? Grade { get; set; }
}

/// <summary>Tables <c>evaluation_rounds</c> and <c>evaluation_results</c> (Migrations/0003).</summary>
public sealed class EvaluationConfiguration : IEntityTypeConfiguration<EvaluationRoundRecord>, IEntityTypeConfiguration<EvaluationResultRecord>
{
    public void Configure(EntityTypeBuilder<EvaluationRoundRecord> e)
    {
        e.ToTable("evaluation_rounds");
        e.HasKey(r => new { r.JurisdictionId, r.OrganizationId, r.Year, r.Period });
        e.Property(r => r.Period).HasConversion<string>();
        e.Ignore(r => r.Closed);
    }

    public void Configure(EntityTypeBuilder<EvaluationResultRecord> e)
    {
        e.ToTable("evaluation_results");
        e.HasKey(r => new { r.JurisdictionId, r.OrganizationId, r.Year, r.Period, r.PersonId });
        e.Property(r => r.Period).HasConversion<string>();
    }
}
