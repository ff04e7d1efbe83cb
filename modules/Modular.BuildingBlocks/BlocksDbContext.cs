using Microsoft.EntityFrameworkCore;
using Modular.Sdk.Blocks;
using Modular.Sdk.Data;

namespace Modular.BuildingBlocks;

/// <summary>The building blocks' tables (schema <c>blocks</c>), filtered by jurisdiction and audited like a plugin's.</summary>
internal sealed class BlocksDbContext(DbContextOptions<BlocksDbContext> options) : PluginDbContext(options)
{
    public const string SchemaName = "blocks";
    public override string Schema => SchemaName;

    public DbSet<CountedText> CountedTexts => Set<CountedText>();
    public DbSet<PeriodLock> PeriodLocks => Set<PeriodLock>();
    public DbSet<Pledge> Pledges => Set<Pledge>();
    public DbSet<EvaluationRound> EvaluationRounds => Set<EvaluationRound>();
    public DbSet<EvaluationResponse> EvaluationResponses => Set<EvaluationResponse>();
    public DbSet<EvaluationParticipation> EvaluationParticipation => Set<EvaluationParticipation>();
    public DbSet<EvaluationTally> EvaluationTallies => Set<EvaluationTally>();
    public DbSet<Nomination> Nominations => Set<Nomination>();
    public DbSet<NominationStep> NominationSteps => Set<NominationStep>();
    public DbSet<ParentDecision> ParentDecisions => Set<ParentDecision>();
    public DbSet<Rectification> Rectifications => Set<Rectification>();
    public DbSet<Suggestion> Suggestions => Set<Suggestion>();
    public DbSet<UnitScheduleRow> UnitSchedules => Set<UnitScheduleRow>();
    public DbSet<Discussion> Discussions => Set<Discussion>();
    public DbSet<EvaluationCode> EvaluationCodes => Set<EvaluationCode>();
    public DbSet<EvaluationCodeUse> EvaluationCodeUses => Set<EvaluationCodeUse>();
    public DbSet<Document> Documents => Set<Document>();
    public DbSet<DocumentVersionRow> DocumentVersions => Set<DocumentVersionRow>();
    public DbSet<DocumentCommentRow> DocumentComments => Set<DocumentCommentRow>();
    public DbSet<DiscussionContribution> DiscussionContributions => Set<DiscussionContribution>();
    public DbSet<LeadingBody> LeadingBodies => Set<LeadingBody>();
    public DbSet<LeadingBodySeatRow> LeadingBodySeats => Set<LeadingBodySeatRow>();

    protected override void ConfigureModel(ModelBuilder b)
    {
        b.Entity<CountedText>(e =>
        {
            e.ToTable("counted_texts");
            e.HasKey(t => new { t.JurisdictionId, t.Id });
            e.Property(t => t.Id).ValueGeneratedOnAdd();
            e.Property(t => t.State).HasConversion<string>();
        });
        b.Entity<EvaluationCode>(e =>
        {
            e.ToTable("evaluation_codes");
            e.HasKey(t => new { t.JurisdictionId, t.RoundId, t.CodeHash });
        });
        b.Entity<EvaluationCodeUse>(e =>
        {
            e.ToTable("evaluation_code_uses");
            e.HasKey(t => new { t.JurisdictionId, t.RoundId, t.CodeHash, t.SubjectKey });
        });
        b.Entity<Document>(e =>
        {
            e.ToTable("documents");
            e.HasKey(t => new { t.JurisdictionId, t.Id });
            e.Property(t => t.Id).ValueGeneratedOnAdd();
        });
        b.Entity<DocumentVersionRow>(e =>
        {
            e.ToTable("document_versions");
            e.HasKey(t => new { t.JurisdictionId, t.DocumentId, t.Version });
        });
        b.Entity<DocumentCommentRow>(e =>
        {
            e.ToTable("document_comments");
            e.HasKey(t => new { t.JurisdictionId, t.Id });
            e.Property(t => t.Id).ValueGeneratedOnAdd();
        });
        b.Entity<LeadingBody>(e =>
        {
            e.ToTable("leading_bodies");
            e.HasKey(t => new { t.JurisdictionId, t.PluginId, t.Kind, t.OrganizationId, t.BodyType });
            e.Property(t => t.BodyType).HasConversion<string>();
            e.Property(t => t.Version).IsConcurrencyToken();
            e.HasMany(t => t.Seats).WithOne()
                .HasForeignKey(s => new { s.JurisdictionId, s.PluginId, s.Kind, s.OrganizationId, s.BodyType }).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<LeadingBodySeatRow>(e =>
        {
            e.ToTable("leading_body_seats");
            e.HasKey(t => new { t.JurisdictionId, t.PluginId, t.Kind, t.OrganizationId, t.BodyType, t.Position });
            e.Property(t => t.BodyType).HasConversion<string>();
            e.Property(t => t.Role).HasConversion<string>();
        });
        b.Entity<Discussion>(e =>
        {
            e.ToTable("discussions");
            e.HasKey(t => new { t.JurisdictionId, t.Id });
            e.Property(t => t.Id).ValueGeneratedOnAdd();
        });
        b.Entity<DiscussionContribution>(e =>
        {
            e.ToTable("discussion_contributions");
            e.HasKey(t => new { t.JurisdictionId, t.DiscussionId, t.PersonId });
        });
        b.Entity<UnitScheduleRow>(e =>
        {
            e.ToTable("unit_schedules");
            e.HasKey(t => new { t.JurisdictionId, t.PluginId, t.Kind, t.OrganizationId });
            e.Property(t => t.ChosenEnds).HasColumnType("jsonb");
            e.Property(t => t.Version).IsConcurrencyToken();
        });
        b.Entity<Suggestion>(e =>
        {
            e.ToTable("suggestions");
            e.HasKey(t => new { t.JurisdictionId, t.Id });
            e.Property(t => t.Id).ValueGeneratedOnAdd();
            e.Property(t => t.Version).IsConcurrencyToken();
        });
        b.Entity<Rectification>(e =>
        {
            e.ToTable("rectifications");
            e.HasKey(t => new { t.JurisdictionId, t.Id });
            e.Property(t => t.Id).ValueGeneratedOnAdd();
            e.Property(t => t.Mode).HasConversion<string>();
            e.Property(t => t.Version).IsConcurrencyToken();
        });
        b.Entity<PeriodLock>(e =>
        {
            e.ToTable("period_locks");
            e.HasKey(t => new { t.JurisdictionId, t.Id });
            e.Property(t => t.Id).ValueGeneratedOnAdd();
        });
        b.Entity<Pledge>(e =>
        {
            e.ToTable("pledges");
            e.HasKey(t => new { t.JurisdictionId, t.Id });
            e.Property(t => t.Id).ValueGeneratedOnAdd();
            e.Property(t => t.PledgeKind).HasConversion<string>();
            e.Property(t => t.Outcome).HasConversion<string>();
            e.Property(t => t.Version).IsConcurrencyToken();
        });
        b.Entity<EvaluationRound>(e =>
        {
            e.ToTable("evaluation_rounds");
            e.HasKey(t => new { t.JurisdictionId, t.Id });
            e.Property(t => t.Id).ValueGeneratedOnAdd();
            e.Property(t => t.Questions).HasColumnType("jsonb");
            e.Property(t => t.Subjects).HasColumnType("jsonb");
        });
        b.Entity<EvaluationResponse>(e =>
        {
            e.ToTable("evaluation_responses");
            e.HasKey(t => new { t.JurisdictionId, t.Id });
            e.Property(t => t.Answers).HasColumnType("jsonb");
        });
        b.Entity<EvaluationParticipation>(e =>
        {
            e.ToTable("evaluation_participation");
            e.HasKey(t => new { t.JurisdictionId, t.RoundId, t.SubjectKey, t.RespondentPersonId });
        });
        b.Entity<EvaluationTally>(e =>
        {
            e.ToTable("evaluation_tallies");
            e.HasKey(t => new { t.JurisdictionId, t.RoundId, t.SubjectKey, t.QuestionKey, t.OptionKey });
        });
        b.Entity<Nomination>(e =>
        {
            e.ToTable("nominations");
            e.HasKey(t => new { t.JurisdictionId, t.Id });
            e.Property(t => t.Id).ValueGeneratedOnAdd();
            e.Property(t => t.Category).HasConversion<string>();
            e.Property(t => t.Status).HasConversion<string>();
            e.HasMany(t => t.Steps).WithOne().HasForeignKey(s => new { s.JurisdictionId, s.NominationId });
            e.Ignore(t => t.Origin);
        });
        b.Entity<NominationStep>(e =>
        {
            e.ToTable("nomination_steps");
            e.HasKey(t => new { t.JurisdictionId, t.NominationId, t.Sequence });
            e.Property(t => t.Decision).HasConversion<string>();
        });
        b.Entity<ParentDecision>(e =>
        {
            e.ToTable("parent_decisions");
            e.HasKey(t => new { t.JurisdictionId, t.FromJurisdictionId, t.NominationId });
        });
    }
}

internal sealed class CountedText : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public long Id { get; set; }
    public required string PluginId { get; set; }
    public required string Kind { get; set; }
    public long AuthorPersonId { get; set; }
    public DateOnly PeriodDate { get; set; }
    public string? PeriodKey { get; set; }
    public string? Title { get; set; }
    public required string Body { get; set; }
    public int CharacterCount { get; set; }
    [Precision(6, 2)] public decimal? Hours { get; set; }
    public TextReviewState State { get; set; }
    /// <summary>False for texts their plugin judges in bulk (daily notes): kept off the review desk.</summary>
    public bool ReviewedOneByOne { get; set; } = true;
    public string? ReviewComment { get; set; }
    public string? ReviewedBy { get; set; }
    public DateTimeOffset? ReviewedAt { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }

    public CountedTextInfo ToInfo() => new(Id, PluginId, Kind, AuthorPersonId, PeriodDate, PeriodKey, Title, Body, CharacterCount, Hours,
        State, ReviewComment, ReviewedBy, ReviewedAt, SubmittedAt);
}

internal sealed class EvaluationCode : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public long RoundId { get; set; }
    public required string CodeHash { get; set; }
}

internal sealed class EvaluationCodeUse : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public long RoundId { get; set; }
    public required string CodeHash { get; set; }
    public required string SubjectKey { get; set; }
}

internal sealed class Document : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public long Id { get; set; }
    public required string PluginId { get; set; }
    public required string Kind { get; set; }
    public required string Title { get; set; }
    public long? OwnerPersonId { get; set; }
    public long? OrganizationId { get; set; }
    public int Version { get; set; }
    public bool Final { get; set; }
    public DateTimeOffset? FinalizedAt { get; set; }
    public int? SubmittedToJurisdictionId { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    public string? SubmittedBy { get; set; }

    public DocumentInfo ToInfo(DocumentVersionRow current) => ToInfo(current.Body, current.CharacterCount);

    public DocumentInfo ToInfo(string body, int characterCount) =>
        new(Id, PluginId, Kind, Title, OwnerPersonId, OrganizationId, Version, body, characterCount, Final)
        {
            FinalizedAt = FinalizedAt, SubmittedAt = SubmittedAt, SubmittedToJurisdictionId = SubmittedToJurisdictionId,
        };
}

internal sealed class DocumentVersionRow : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public long DocumentId { get; set; }
    public int Version { get; set; }
    public required string Body { get; set; }
    public int CharacterCount { get; set; }
    public string? Note { get; set; }
    public string? WrittenBy { get; set; }
    public DateTimeOffset WrittenAt { get; set; }
}

internal sealed class DocumentCommentRow : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public long Id { get; set; }
    public long DocumentId { get; set; }
    public int Version { get; set; }
    public long? PersonId { get; set; }
    public required string Text { get; set; }
    public string? WrittenBy { get; set; }
    public DateTimeOffset At { get; set; }

    public DocumentComment ToInfo() => new(Version, PersonId, Text, WrittenBy, At);
}

internal sealed class Discussion : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public long Id { get; set; }
    public required string PluginId { get; set; }
    public required string Kind { get; set; }
    public long OrganizationId { get; set; }
    public required string Topic { get; set; }
    public DateOnly HeldOn { get; set; }
    public string? PeriodKey { get; set; }
    public bool Closed { get; set; }

    public DiscussionInfo ToInfo(int contributions) => new(Id, PluginId, Kind, OrganizationId, Topic, HeldOn, PeriodKey, Closed, contributions);
}

/// <summary>A leading group or working office as last saved (<see cref="LeadingBodyService"/>).</summary>
internal sealed class LeadingBody : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public required string PluginId { get; set; }
    public required string Kind { get; set; }
    public long OrganizationId { get; set; }
    public LeadingBodyType BodyType { get; set; }
    public int Version { get; set; }
    public string? SavedBy { get; set; }
    public DateTimeOffset SavedAt { get; set; }
    public DateTimeOffset EstablishedAt { get; set; }
    public List<LeadingBodySeatRow> Seats { get; set; } = [];

    public LeadingBodyInfo ToInfo() => new(PluginId, Kind, OrganizationId, BodyType, Version,
        [.. Seats.OrderBy(s => s.Position).Select(s => new LeadingBodySeat(s.PersonId, s.Role, s.Name, s.LiaisonOrganizationId, s.Note))], SavedBy, SavedAt)
    { EstablishedAt = EstablishedAt };
}

/// <summary>One seat of a body, at its place in the body's order.</summary>
internal sealed class LeadingBodySeatRow : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public required string PluginId { get; set; }
    public required string Kind { get; set; }
    public long OrganizationId { get; set; }
    public LeadingBodyType BodyType { get; set; }
    public int Position { get; set; }
    public long? PersonId { get; set; }
    public string? Name { get; set; }
    public LeadingBodyRole Role { get; set; }
    public long? LiaisonOrganizationId { get; set; }
    public string? Note { get; set; }
}

internal sealed class DiscussionContribution : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public long DiscussionId { get; set; }
    public long PersonId { get; set; }
    public required string Text { get; set; }
    public int CharacterCount { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }

    public ContributionInfo ToInfo() => new(DiscussionId, PersonId, Text, CharacterCount, SubmittedAt);
}

internal sealed class Suggestion : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public long Id { get; set; }
    public required string PluginId { get; set; }
    public required string Kind { get; set; }
    public long AuthorPersonId { get; set; }
    public long OrganizationId { get; set; }
    public string? PeriodKey { get; set; }
    public required string Text { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
    public string? Reply { get; set; }
    public string? RepliedBy { get; set; }
    public DateTimeOffset? RepliedAt { get; set; }
    public int Version { get; set; }

    public SuggestionInfo ToInfo() => new(Id, PluginId, Kind, AuthorPersonId, OrganizationId, PeriodKey, Text, SubmittedAt, Reply, RepliedBy, RepliedAt, Version);
}

internal sealed class Rectification : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public long Id { get; set; }
    public required string PluginId { get; set; }
    public required string Kind { get; set; }
    public long OrganizationId { get; set; }
    public required string Problem { get; set; }
    public string? FoundIn { get; set; }
    public long? LeadPersonId { get; set; }
    public RectificationMode Mode { get; set; }
    public DateOnly? Deadline { get; set; }
    public string? Cause { get; set; }
    public string? Target { get; set; }
    public string? Measures { get; set; }
    public bool Published { get; set; }
    public DateOnly? CompletedOn { get; set; }
    public string? Evidence { get; set; }
    public int Version { get; set; }

    public RectificationInfo ToInfo() => new(Id, PluginId, Kind, OrganizationId, Problem, FoundIn, LeadPersonId, Mode, Deadline, Target, Measures,
        Published, CompletedOn, Evidence, Version) { Cause = Cause };
}

internal sealed class PeriodLock : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public long Id { get; set; }
    public required string PluginId { get; set; }
    public required string Kind { get; set; }
    public DateOnly FromDate { get; set; }
    public DateOnly ToDate { get; set; }
    public string? Reason { get; set; }
    public string? LockedBy { get; set; }
    public DateTimeOffset LockedAt { get; set; }
    public long? OrganizationId { get; set; }
    public bool WithSubtree { get; set; } = true;

    public PeriodLockInfo ToInfo() => new(Id, PluginId, Kind, FromDate, ToDate, Reason, LockedBy, LockedAt, OrganizationId, WithSubtree);
}

internal sealed class Pledge : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public long Id { get; set; }
    public required string PluginId { get; set; }
    public required string Kind { get; set; }
    public PledgeKind PledgeKind { get; set; }
    public long OwnerId { get; set; }
    public required string PeriodKey { get; set; }
    public required string Text { get; set; }
    public bool Published { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public PledgeFulfilment? Outcome { get; set; }
    public string? ReviewComment { get; set; }
    [Precision(7, 2)] public decimal? Score { get; set; }
    public string? ReviewedBy { get; set; }
    public DateOnly? ReviewedOn { get; set; }
    public List<string> Problems { get; set; } = [];
    public DateTimeOffset SubmittedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Version { get; set; }

    public PledgeInfo ToInfo() => new(Id, PluginId, Kind, PledgeKind, OwnerId, PeriodKey, Text, Published, PublishedAt, Outcome, ReviewComment, Score, ReviewedBy, ReviewedOn)
    {
        Problems = Problems, SubmittedAt = SubmittedAt, UpdatedAt = UpdatedAt, Version = Version,
    };
}

internal sealed class EvaluationRound : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public long Id { get; set; }
    public required string PluginId { get; set; }
    public required string Kind { get; set; }
    public required string RoundKey { get; set; }
    public required string TitleZh { get; set; }
    public required string TitleEn { get; set; }
    /// <summary>The questions with their scales, as JSON.</summary>
    public required string Questions { get; set; }
    public bool Anonymous { get; set; }
    public DateOnly? Opens { get; set; }
    public DateOnly? Closes { get; set; }
    public bool Closed { get; set; }
    /// <summary>Who is evaluated (key and names), as JSON: the public answer sheet lists them.</summary>
    public string Subjects { get; set; } = "[]";
}

/// <summary>One answer sheet of a named round. Anonymous rounds have none: see <see cref="EvaluationTally"/>.</summary>
internal sealed class EvaluationResponse : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public Guid Id { get; set; }
    public long RoundId { get; set; }
    public required string SubjectKey { get; set; }
    public long RespondentPersonId { get; set; }
    /// <summary>Question key → option key, as JSON.</summary>
    public required string Answers { get; set; }
}

/// <summary>
/// How many respondents of an anonymous round chose an option of a question for a subject. Written
/// only with plain SQL (never through the change tracker, so never audited).
/// </summary>
internal sealed class EvaluationTally : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public long RoundId { get; set; }
    public required string SubjectKey { get; set; }
    public required string QuestionKey { get; set; }
    public required string OptionKey { get; set; }
    public int Count { get; set; }
}

/// <summary>"Has answered" ledger: who answered which subject of a round, never what.</summary>
internal sealed class EvaluationParticipation : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public long RoundId { get; set; }
    public required string SubjectKey { get; set; }
    public long RespondentPersonId { get; set; }
}

internal sealed class Nomination : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public long Id { get; set; }
    public required string PluginId { get; set; }
    public required string Kind { get; set; }
    public NominationCategory Category { get; set; }
    public required string PeriodKey { get; set; }
    public long NomineeId { get; set; }
    public required string NomineeName { get; set; }
    public required string Reason { get; set; }
    public long StartOrganizationId { get; set; }
    public long CurrentOrganizationId { get; set; }
    public NominationStatus Status { get; set; }
    public int? ReportedToJurisdictionId { get; set; }
    public DateTimeOffset? ReportedAt { get; set; }
    /// <summary>The final document submitted to the parent beside it (the nominated report in full).</summary>
    public long? DocumentId { get; set; }
    /// <summary>A forward's (转报) first nomination: the jurisdiction that reported it first, and its id there; null for one made here.</summary>
    public int? OriginJurisdictionId { get; set; }
    public long? OriginNominationId { get; set; }
    public List<NominationStep> Steps { get; set; } = [];

    /// <summary>The chain a decision on this nomination belongs to: where it began (itself when it is no forward).</summary>
    public (int JurisdictionId, long NominationId) Origin => (OriginJurisdictionId ?? JurisdictionId, OriginNominationId ?? Id);

    public NominationInfo ToInfo() => new(Id, JurisdictionId, PluginId, Kind, Category, PeriodKey, NomineeId, NomineeName, Reason,
        StartOrganizationId, CurrentOrganizationId, Status, ReportedToJurisdictionId, ReportedAt,
        [.. Steps.OrderBy(s => s.Sequence).Select(s => new NominationStepInfo(s.Sequence, s.OrganizationId, s.Decision, s.Reason, s.Actor, s.At))])
    { DocumentId = DocumentId, OriginJurisdictionId = OriginJurisdictionId, OriginNominationId = OriginNominationId };
}

/// <summary>A parent jurisdiction's decision on a nomination a child reported to it: a row of the parent's.</summary>
internal sealed class ParentDecision : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public int FromJurisdictionId { get; set; }
    public long NominationId { get; set; }
    public bool Selected { get; set; }
    public string? Grade { get; set; }
    public string? Reason { get; set; }
    public long? ForwardedAsNominationId { get; set; }
    /// <summary>On a forwarded nomination, where it began, so that jurisdiction reads this decision too; null otherwise.</summary>
    public int? OriginJurisdictionId { get; set; }
    public long? OriginNominationId { get; set; }
    public string? Actor { get; set; }
    public DateTimeOffset DecidedAt { get; set; }

    public ParentDecisionInfo ToInfo() => new(JurisdictionId, Selected, Reason, Actor, DecidedAt) { Grade = Grade, ForwardedAsNominationId = ForwardedAsNominationId };
}

internal sealed class NominationStep : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public long NominationId { get; set; }
    public int Sequence { get; set; }
    public long OrganizationId { get; set; }
    public NominationDecision Decision { get; set; }
    public string? Reason { get; set; }
    public string? Actor { get; set; }
    public DateTimeOffset At { get; set; }
}
