namespace Modular.Sdk.Core;

/// <summary>Kinds of organization in a jurisdiction's tree (RULES.md, core).</summary>
public enum OrganizationKind
{
    PartyCommittee,      // 党委
    GeneralBranch,       // 党总支
    Branch,              // 党支部
    PartyGroup,          // 党组
    LeadingGroup,        // 领导小组
    LeadingGroupOffice,  // 领导小组办公室
    InspectionGroup,     // 指导检查组
}

/// <summary>The sector tag that selects rules in several plugins (e.g. the county contest's themes).</summary>
public enum Sector
{
    Township,            // 苏木镇/乡镇
    Village,             // 嘎查/农村
    Community,           // 社区
    GovernmentOrgan,     // 机关
    NonPublicEnterprise, // 非公有制经济组织
    SocialOrganization,  // 社会组织
    Health,              // 卫生
    Education,           // 教育
    Research,            // 科研
    Park,                // 园区
}

/// <summary>One node of the organization tree, as plugins read it.</summary>
public sealed record OrganizationInfo(long Id, long? ParentId, string Name, OrganizationKind Kind, Sector? Sector, int Depth);

/// <summary>An officer's post in an organization (书记, 副书记, 组织委员, 宣传委员, 纪检委员).</summary>
public enum OfficerPost { Secretary, DeputySecretary, OrganizationMember, PropagandaMember, DisciplineMember }

public sealed record OfficerInfo(long OrganizationId, long PersonId, OfficerPost Post);

/// <summary>Read-only view of the current jurisdiction's organization tree.</summary>
public interface IOrganizationDirectory
{
    Task<IReadOnlyList<OrganizationInfo>> ListAsync(CancellationToken cancellationToken = default);
    Task<OrganizationInfo?> FindAsync(long id, CancellationToken cancellationToken = default);
    /// <summary>The node and everything under it.</summary>
    Task<IReadOnlyList<OrganizationInfo>> SubtreeAsync(long rootId, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<OfficerInfo>> OfficersAsync(long organizationId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The whole tree, to walk in memory. The host reads it once per request (scope) and again after the roster
    /// saves a change, so a service may ask for it as often as it likes instead of carrying it around.
    /// </summary>
    async Task<OrganizationTree> TreeAsync(CancellationToken cancellationToken = default) => new(await ListAsync(cancellationToken));

    /// <summary>Every organization's officers (书记, 副书记, ...), in one read where the directory can.</summary>
    async Task<IReadOnlyList<OfficerInfo>> AllOfficersAsync(CancellationToken cancellationToken = default)
    {
        var all = new List<OfficerInfo>();
        foreach (var organization in await ListAsync(cancellationToken))
            all.AddRange(await OfficersAsync(organization.Id, cancellationToken));
        return all;
    }
}
