using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Modular.Plugins.BannerThirdBatch.Systems;

/// <summary>目标: one line of a unit's targets for a year (what, and the target).</summary>
public sealed class UnitGoal : IJurisdictionScoped, IVersioned
{
    public int JurisdictionId { get; set; }
    public long Id { get; set; }
    public long UnitId { get; set; }
    public int Year { get; set; }
    public string Goal { get; set; } = "";
    public string Target { get; set; } = "";
    public string? RecordedBy { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public int Version { get; set; }
}

/// <summary>问责: a case — the unit, optionally the person, what went wrong, the action taken, the day.</summary>
public sealed class AccountabilityCase : IJurisdictionScoped, IVersioned
{
    public int JurisdictionId { get; set; }
    public long Id { get; set; }
    public long UnitId { get; set; }
    /// <summary>The person from the roster (null: none named); <see cref="Person"/> keeps their name as recorded (and, for cases recorded before the roster picker, the free text).</summary>
    public long? PersonId { get; set; }
    public string? Person { get; set; }
    public string Problem { get; set; } = "";
    public string Action { get; set; } = "";
    public DateOnly DecidedOn { get; set; }
    public string? RecordedBy { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public int Version { get; set; }
}

/// <summary>分析: a periodic analysis of the unit's party building (the period, the day, the text).</summary>
public sealed class UnitAnalysis : IJurisdictionScoped, IVersioned
{
    public int JurisdictionId { get; set; }
    public long Id { get; set; }
    public long UnitId { get; set; }
    public string Period { get; set; } = "";
    public DateOnly HeldOn { get; set; }
    public string Body { get; set; } = "";
    public string? RecordedBy { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public int Version { get; set; }
}

/// <summary>通报: issued by the banner office (no town) to every unit, or by a sumu/town to its gacha and communities.</summary>
public sealed class Notice : IJurisdictionScoped, IVersioned
{
    public int JurisdictionId { get; set; }
    public long Id { get; set; }
    public long? IssuerTownId { get; set; }
    public string Title { get; set; } = "";
    public string Body { get; set; } = "";
    public DateOnly IssuedOn { get; set; }
    public string? IssuedBy { get; set; }
    public DateTimeOffset IssuedAt { get; set; }
    public int Version { get; set; }
}

/// <summary>A unit a notice is addressed to (fixed when issued) and when it read it.</summary>
public sealed class NoticeAddressee : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public long NoticeId { get; set; }
    public long UnitId { get; set; }
    public DateTimeOffset? ReadAt { get; set; }
    public string? ReadBy { get; set; }
}

/// <summary>考核: a unit's score for a year (0..AssessmentMaxScore) with a comment, by the level above or the office.</summary>
public sealed class UnitAssessment : IJurisdictionScoped, IVersioned
{
    public int JurisdictionId { get; set; }
    public long Id { get; set; }
    public long UnitId { get; set; }
    public int Year { get; set; }
    public int Score { get; set; }
    public string? Comment { get; set; }
    public DateOnly AssessedOn { get; set; }
    public string? AssessedBy { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public int Version { get; set; }
}

/// <summary>Tables of the five systems (Migrations/0003).</summary>
public sealed class SystemConfigurations :
    IEntityTypeConfiguration<UnitGoal>, IEntityTypeConfiguration<AccountabilityCase>, IEntityTypeConfiguration<UnitAnalysis>,
    IEntityTypeConfiguration<Notice>, IEntityTypeConfiguration<NoticeAddressee>, IEntityTypeConfiguration<UnitAssessment>
{
    public void Configure(EntityTypeBuilder<UnitGoal> e)
    {
        e.ToTable("unit_goals");
        e.HasKey(x => new { x.JurisdictionId, x.Id });
        e.Property(x => x.Id).UseIdentityByDefaultColumn();
        e.Property(x => x.Version).IsConcurrencyToken();
    }

    public void Configure(EntityTypeBuilder<AccountabilityCase> e)
    {
        e.ToTable("accountability_cases");
        e.HasKey(x => new { x.JurisdictionId, x.Id });
        e.Property(x => x.Id).UseIdentityByDefaultColumn();
        e.Property(x => x.Version).IsConcurrencyToken();
    }

    public void Configure(EntityTypeBuilder<UnitAnalysis> e)
    {
        e.ToTable("unit_analyses");
        e.HasKey(x => new { x.JurisdictionId, x.Id });
        e.Property(x => x.Id).UseIdentityByDefaultColumn();
        e.Property(x => x.Version).IsConcurrencyToken();
    }

    public void Configure(EntityTypeBuilder<Notice> e)
    {
        e.ToTable("notices");
        e.HasKey(x => new { x.JurisdictionId, x.Id });
        e.Property(x => x.Id).UseIdentityByDefaultColumn();
        e.Property(x => x.Version).IsConcurrencyToken();
    }

    public void Configure(EntityTypeBuilder<NoticeAddressee> e)
    {
        e.ToTable("notice_addressees");
        e.HasKey(x => new { x.JurisdictionId, x.NoticeId, x.UnitId });
    }

    public void Configure(EntityTypeBuilder<UnitAssessment> e)
    {
        e.ToTable("unit_assessments");
        e.HasKey(x => new { x.JurisdictionId, x.Id });
        e.Property(x => x.Id).UseIdentityByDefaultColumn();
        e.HasIndex(x => new { x.JurisdictionId, x.UnitId, x.Year }).IsUnique();
        e.Property(x => x.Version).IsConcurrencyToken();
    }
}
