using Modular.Sdk.Core;

namespace Modular.Sdk.Blocks;

/// <summary>What is nominated: 先进基层党组织, 优秀共产党员, 优秀党务工作者, an excellent research report (择优), or another category.</summary>
public enum NominationCategory { AdvancedOrganization, ExcellentMember, ExcellentPartyWorker, ResearchReport, Other }

public enum NominationStatus { InProgress, Dropped, Approved }

/// <summary>A step's decision: nominated at the starting level, endorsed up one level, dropped, approved at the top, reported to the parent jurisdiction.</summary>
public enum NominationDecision { Nominated, Endorsed, Dropped, Approved, ReportedUp }

/// <param name="NomineeId">A person id, an organization id, or the id of the nominated record (a report text).</param>
/// <param name="StartOrganizationId">The level where the nomination starts (e.g. the branch 党支部).</param>
public sealed record NominationInput(BlockKind Kind, NominationCategory Category, string PeriodKey, long NomineeId, string NomineeName, string Reason, long StartOrganizationId);

public sealed record NominationStepInfo(int Sequence, long OrganizationId, NominationDecision Decision, string? Reason, string? Actor, DateTimeOffset At);

/// <summary>
/// What the parent jurisdiction decided on a nomination reported to it (the institute's 评选, the league's 评比):
/// selected or not, why, by whom and when. Kept with the parent; the reporting jurisdiction reads it on its nomination.
/// </summary>
public sealed record ParentDecisionInfo(int JurisdictionId, bool Selected, string? Reason, string? Actor, DateTimeOffset At)
{
    /// <summary>The parent's grade in its own words (一等, 二等, 优秀 …), when it grades rather than only selects.</summary>
    public string? Grade { get; init; }
    /// <summary>Whether the parent reported it further up as its own nomination (转报), so the child sees it went on.</summary>
    public bool Forwarded => ForwardedAsNominationId is not null;
    /// <summary>The parent's own nomination that carried it further; the parent's id, meaningful only in the parent.</summary>
    public long? ForwardedAsNominationId { get; init; }
    /// <summary>The deciding jurisdiction's name, filled where a chain of decisions is read (<see cref="NominationInfo.DecisionsAbove"/>, <see cref="NominationInfo.ParentDecision"/>).</summary>
    public string? JurisdictionName { get; init; }
}

/// <param name="Selected">入选: only a selected nomination is forwarded (false is refused, 400 <c>selected</c>).</param>
/// <param name="Grade">This jurisdiction's grade (a line of text), optional.</param>
/// <param name="Reason">Its comment, optional; also the reason of the forwarded nomination's approval step.</param>
/// <param name="Document">
/// Optionally the text that carries the nomination in full one level further (e.g. the child's report with this level's appraisal),
/// of the same plugin: it is made this jurisdiction's document, final, and submitted to the parent in the same transaction, and the
/// forward names it (<see cref="NominationInfo.DocumentId"/>). The child's own document is not carried: two levels up cannot read it.
/// </param>
public sealed record ForwardInput(bool Selected = true, string? Grade = null, string? Reason = null, DocumentInput? Document = null);

/// <param name="Selected">入选 or not; not selected needs a reason.</param>
/// <param name="Grade">The parent's grade (a line of text), optional.</param>
/// <param name="Reason">Why, or the parent's comment.</param>
/// <param name="ForwardedAsNominationId">
/// The parent's own nomination, already reported to its parent, that forwards this one (转报): it must be of the same plugin and
/// kind and name this nomination's nominee.
/// </param>
public sealed record ParentDecisionInput(bool Selected, string? Grade = null, string? Reason = null, long? ForwardedAsNominationId = null);

public sealed record NominationInfo(
    long Id, int JurisdictionId, string PluginId, string Kind, NominationCategory Category, string PeriodKey, long NomineeId, string NomineeName,
    string Reason, long StartOrganizationId, long CurrentOrganizationId, NominationStatus Status,
    int? ReportedToJurisdictionId, DateTimeOffset? ReportedAt, IReadOnlyList<NominationStepInfo> Steps)
{
    /// <summary>The parent jurisdiction's decision once it made one (reported nominations only).</summary>
    public ParentDecisionInfo? ParentDecision { get; init; }
    /// <summary>The final document that went up beside it (the nominated report in full); see <see cref="INominations.ReportToParentAsync(long, long, CancellationToken)"/>.</summary>
    public long? DocumentId { get; init; }
    /// <summary>The reporting jurisdiction's name, filled where the parent reads it (<see cref="INominations.ReportedToUsAsync"/>).</summary>
    public string? JurisdictionName { get; init; }
    /// <summary>
    /// Where a forwarded nomination (转报, <see cref="INominations.ForwardReportedAsync"/>) began: the jurisdiction that first reported it and
    /// its nomination there; null for a nomination of this jurisdiction's own. <see cref="NomineeId"/> of a forwarded nomination is
    /// that jurisdiction's id.
    /// </summary>
    public int? OriginJurisdictionId { get; init; }
    /// <inheritdoc cref="OriginJurisdictionId"/>
    public long? OriginNominationId { get; init; }
    /// <summary>The originating jurisdiction's name, filled where it is read across (<see cref="INominations.ReportedToUsAsync"/>).</summary>
    public string? OriginJurisdictionName { get; init; }
    /// <summary>Whether this is a forward of a child's nomination rather than one made here.</summary>
    public bool IsForward => OriginJurisdictionId is not null;
    /// <summary>
    /// For the jurisdiction where the nomination began: the decisions made above its parent as it was forwarded (grandparent
    /// first), so it sees the whole chain — <see cref="ParentDecision"/> then these. Empty elsewhere (each level reads its own
    /// parent's decision on its own forward).
    /// </summary>
    public IReadOnlyList<ParentDecisionInfo> DecisionsAbove { get; init; } = [];
}

/// <summary>Helpers of the nominations block that plugins share with it.</summary>
public static class Nominations
{
    /// <summary>
    /// The level that approves (审定) a nomination: an organization without a parent (the jurisdiction's committee) or a leading
    /// group's office. Endorsing stops there; approving happens only there; a forward (转报) starts there.
    /// </summary>
    public static bool IsApprovingLevel(OrganizationInfo level) => level.ParentId is null || level.Kind == OrganizationKind.LeadingGroupOffice;
}

/// <summary>
/// Bottom-up nominations (自下而上、层层推荐) through the organization tree of the current jurisdiction;
/// the top level (the root, or a leading-group office) approves; approved items may be reported to the
/// parent jurisdiction (上报), whose users see exactly those in <see cref="ReportedToUsAsync"/>.
/// </summary>
public interface INominations
{
    Task<Result<NominationInfo>> NominateAsync(NominationInput input, CancellationToken cancellationToken = default);
    /// <summary>The nomination's current level passes it to its parent organization.</summary>
    Task<Result<NominationInfo>> EndorseAsync(long nominationId, string? reason = null, CancellationToken cancellationToken = default);
    /// <summary>The current level drops it; a reason is required.</summary>
    Task<Result<NominationInfo>> DropAsync(long nominationId, string reason, CancellationToken cancellationToken = default);
    /// <summary>Only at the top level: an organization without a parent, or a leading-group office.</summary>
    Task<Result<NominationInfo>> ApproveAsync(long nominationId, string? reason = null, CancellationToken cancellationToken = default);
    /// <summary>Reports an approved nomination to the parent jurisdiction (e.g. banner → league).</summary>
    Task<Result<NominationInfo>> ReportToParentAsync(long nominationId, CancellationToken cancellationToken = default);
    /// <summary>
    /// Reports an approved nomination to the parent jurisdiction with the final document that carries it in full (a research
    /// report), which this jurisdiction has submitted to the same parent (<see cref="IVersionedDocuments.SubmitToParentAsync"/>):
    /// the parent finds the document by the nomination's <see cref="NominationInfo.DocumentId"/>.
    /// </summary>
    Task<Result<NominationInfo>> ReportToParentAsync(long nominationId, long documentId, CancellationToken cancellationToken = default);
    Task<NominationInfo?> FindAsync(long nominationId, CancellationToken cancellationToken = default);
    /// <summary>This jurisdiction's nominations, optionally those waiting at one level, of one plugin, or in one status.</summary>
    Task<IReadOnlyList<NominationInfo>> ListAsync(long? atOrganizationId = null, string? pluginId = null, NominationStatus? status = null, CancellationToken cancellationToken = default);
    /// <summary>The one cross-jurisdiction read: nominations child jurisdictions reported to this one, with this jurisdiction's decisions on them.</summary>
    Task<IReadOnlyList<NominationInfo>> ReportedToUsAsync(string? pluginId = null, CancellationToken cancellationToken = default);
    /// <summary>
    /// The parent decides a nomination a child reported to it: selected, or not (a reason required). Once: a second decision
    /// is a conflict. The decision is the parent's own record; the child sees it on its nomination. A nomination not
    /// reported to this jurisdiction is none of its business (not found).
    /// </summary>
    Task<Result<NominationInfo>> DecideReportedAsync(int fromJurisdictionId, long nominationId, ParentDecisionInput decision, CancellationToken cancellationToken = default);

    /// <summary>Selected or not with a reason, no grade: <see cref="DecideReportedAsync(int, long, ParentDecisionInput, CancellationToken)"/>.</summary>
    Task<Result<NominationInfo>> DecideReportedAsync(int fromJurisdictionId, long nominationId, bool selected, string? reason = null, CancellationToken cancellationToken = default) =>
        DecideReportedAsync(fromJurisdictionId, nominationId, new ParentDecisionInput(selected, Reason: reason), cancellationToken);

    /// <summary>
    /// 转报: decides a nomination a child reported to this jurisdiction (selected, graded, a reason) AND carries it on to this
    /// jurisdiction's own parent as a reported nomination of this jurisdiction — same plugin, kind, category, period, nominee,
    /// reason, with <see cref="NominationInfo.OriginJurisdictionId"/> naming where it began — in one database transaction: both
    /// happen or neither. The forward starts at this jurisdiction's approving level (<see cref="Nominations.IsApprovingLevel"/>:
    /// its leading group's office, else its committee) and is approved there and reported up; the decision names it
    /// (<see cref="ParentDecisionInfo.ForwardedAsNominationId"/>). The grandparent reads it in <see cref="ReportedToUsAsync"/> (with
    /// the forwarding and the originating jurisdiction's names), decides it and may forward it again; the originating jurisdiction
    /// reads every level's decision (<see cref="NominationInfo.DecisionsAbove"/>).
    /// Refusals: not reported here — 404; not selected — 400 <c>selected</c>; no parent — 400 <c>jurisdiction</c> (没有上级); no
    /// organization to forward from — 400 <c>organization</c>; a document of another plugin — 400 <c>document</c>, a bad one — its
    /// field (<c>title</c>, <c>body</c>); already decided or forwarded,
    /// also by another office at the same moment — 409, and nothing is forwarded.
    /// Returns the child's nomination with this decision, as <see cref="DecideReportedAsync(int, long, ParentDecisionInput, CancellationToken)"/> does.
    /// </summary>
    Task<Result<NominationInfo>> ForwardReportedAsync(int fromJurisdictionId, long nominationId, ForwardInput input, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("This nominations block does not forward.");
}
