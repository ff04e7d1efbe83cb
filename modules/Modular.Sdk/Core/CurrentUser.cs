namespace Modular.Sdk.Core;

/// <summary>
/// The signed-in user of the request, as plugins see them: who they are on the roster and what they
/// may act for. Outside a request (a scheduled job) nobody is signed in.
/// </summary>
public interface ICurrentUser
{
    bool IsSignedIn { get; }
    int? UserId { get; }
    string? DisplayName { get; }

    /// <summary>The jurisdiction's office (jurisdiction-admin): acts for every organization and person.</summary>
    bool IsJurisdictionAdmin { get; }

    /// <summary>Reads everything, changes nothing (auditor).</summary>
    bool IsAuditor { get; }

    /// <summary>Organizations (subtree roots) the user is an officer of, e.g. a branch secretary's branch.</summary>
    IReadOnlyList<long> OfficerOf { get; }

    /// <summary>Organizations (subtree roots) the user inspects (指导检查组): read, review, no edits of records.</summary>
    IReadOnlyList<long> InspectorOf { get; }

    /// <summary>The user's own entry on the roster, when their account is linked to one.</summary>
    Task<long?> PersonIdAsync(CancellationToken cancellationToken = default);

    /// <summary>The office, or an officer of this organization or of one above it.</summary>
    Task<bool> ManagesOrganizationAsync(long organizationId, CancellationToken cancellationToken = default);

    /// <summary>May write for this person: the person themselves, or whoever manages their organization.</summary>
    Task<bool> MayActForPersonAsync(long personId, CancellationToken cancellationToken = default);

    /// <summary>May read what this organization's people recorded: managers, inspectors of it or above, auditors.</summary>
    Task<bool> MaySeeOrganizationAsync(long organizationId, CancellationToken cancellationToken = default);

    /// <summary>
    /// May read what this person recorded or owes (notes, calendars, records): the person themselves, the office and
    /// auditors, and the officers and inspectors of the person's organization or one above it. Every read of one
    /// person's data by a person id checks this; anyone else is refused.
    /// </summary>
    Task<bool> MayReadPersonAsync(long personId, CancellationToken cancellationToken = default);
}
