using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Modular.Plugins.PartyGroupStudy.Survey;

/// <summary>The satisfaction survey of the party group's campaign: its round (SDK evaluations), who evaluates, and when the result was published.</summary>
public sealed class SurveyRecord : IJurisdictionScoped, IVersioned
{
    public int JurisdictionId { get; set; }
    public long RoundId { get; set; }
    public int Stage2Evaluators { get; set; }
    public int Raisers { get; set; }
    public int CodesIssued { get; set; }
    /// <summary>结果公布: the day the result was published (the round closes then); null until then.</summary>
    public DateOnly? PublishedOn { get; set; }
    public string? SavedBy { get; set; }
    public DateTimeOffset SavedAt { get; set; }
    public int Version { get; set; }

    public int Evaluators => Stage2Evaluators + Raisers;
}

/// <summary>Table <c>satisfaction_surveys</c> (Migrations/0004).</summary>
public sealed class SurveyRecordConfiguration : IEntityTypeConfiguration<SurveyRecord>
{
    public void Configure(EntityTypeBuilder<SurveyRecord> e)
    {
        e.ToTable("satisfaction_surveys");
        e.HasKey(s => s.JurisdictionId);
        e.Ignore(s => s.Evaluators);
        e.Property(s => s.Version).IsConcurrencyToken();
    }
}
