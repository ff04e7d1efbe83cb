using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Modular.Plugins.PartyGroupStudy.GroupReport;

/// <summary>The year's public evaluation of the group's report: the SDK's anonymous round, and how many codes each group of evaluators got.</summary>
public sealed class ReportEvaluation : IJurisdictionScoped, IVersioned
{
    public int JurisdictionId { get; set; }
    public string PeriodKey { get; set; } = "";
    public long RoundId { get; set; }
    public long DocumentId { get; set; }
    public int TownHeads { get; set; }
    public int DepartmentHeads { get; set; }
    public int Grassroots { get; set; }
    public DateOnly OpenedOn { get; set; }
    public string? OpenedBy { get; set; }
    public DateOnly? ClosedOn { get; set; }
    public string? ClosedBy { get; set; }
    public int Version { get; set; }

    public int Codes(EvaluatorGroup group) => group switch
    {
        EvaluatorGroup.TownHeads => TownHeads,
        EvaluatorGroup.DepartmentHeads => DepartmentHeads,
        _ => Grassroots,
    };

    public void AddCodes(EvaluatorGroup group, int count)
    {
        if (group == EvaluatorGroup.TownHeads) TownHeads += count;
        else if (group == EvaluatorGroup.DepartmentHeads) DepartmentHeads += count;
        else Grassroots += count;
    }
}

/// <summary>Table <c>report_evaluations</c> (Migrations/0003): one a year.</summary>
public sealed class ReportEvaluationConfiguration : IEntityTypeConfiguration<ReportEvaluation>
{
    public void Configure(EntityTypeBuilder<ReportEvaluation> e)
    {
        e.ToTable("report_evaluations");
        e.HasKey(r => new { r.JurisdictionId, r.PeriodKey });
        e.Property(r => r.Version).IsConcurrencyToken();
    }
}
