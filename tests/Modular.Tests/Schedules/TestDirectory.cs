using Modular.Sdk;
using Modular.Sdk.Core;

namespace Modular.Tests.Schedules;

/// <summary>
/// The organization tree and roster of each test jurisdiction, held in memory: the schedules tests
/// code against <see cref="IOrganizationDirectory"/> and <see cref="IRoster"/> only, whose real
/// implementations live in the organizations and people module.
/// </summary>
public sealed class TestDirectoryData
{
    public Dictionary<int, List<OrganizationInfo>> Organizations { get; } = [];
    public Dictionary<int, List<PersonInfo>> People { get; } = [];

    public static void Register(IServiceCollection services, TestDirectoryData data)
    {
        services.AddSingleton(data);
        services.AddScoped<IOrganizationDirectory, TestOrganizations>();
        services.AddScoped<IRoster, TestRoster>();
    }

    /// <summary>A small county: 县委 1 → 甲镇 10 (branches 11, 12), 乙镇 20 (branch 21); five members, three leading cadres.</summary>
    public void AddSmallCounty(int jurisdictionId)
    {
        Organizations[jurisdictionId] =
        [
            new(1, null, "县委", OrganizationKind.PartyCommittee, null, 0),
            new(10, 1, "甲镇党委", OrganizationKind.PartyCommittee, Sector.Township, 1),
            new(11, 10, "甲村党支部", OrganizationKind.Branch, Sector.Village, 2),
            new(12, 10, "甲社区党支部", OrganizationKind.Branch, Sector.Community, 2),
            new(20, 1, "乙镇党委", OrganizationKind.PartyCommittee, Sector.Township, 1),
            new(21, 20, "乙村党支部", OrganizationKind.Branch, Sector.Village, 2),
        ];
        People[jurisdictionId] =
        [
            new(101, "张一", 11, MemberCategory.Full, IsLeadingCadre: true, IsOutgoing: false),
            new(102, "王二", 11, MemberCategory.Full, IsLeadingCadre: false, IsOutgoing: false),
            new(103, "李三", 12, MemberCategory.Probationary, IsLeadingCadre: true, IsOutgoing: false),
            new(201, "赵四", 21, MemberCategory.Full, IsLeadingCadre: true, IsOutgoing: true),
            new(202, "孙五", 21, MemberCategory.Full, IsLeadingCadre: false, IsOutgoing: false),
        ];
    }

    public IReadOnlyList<OrganizationInfo> Subtree(int jurisdictionId, long root)
    {
        var all = Organizations.GetValueOrDefault(jurisdictionId) ?? [];
        var result = all.Where(o => o.Id == root).ToList();
        for (var i = 0; i < result.Count; i++) result.AddRange(all.Where(o => o.ParentId == result[i].Id));
        return result;
    }
}

internal sealed class TestOrganizations(TestDirectoryData data, IJurisdictionContext jurisdiction) : IOrganizationDirectory
{
    private List<OrganizationInfo> All => data.Organizations.GetValueOrDefault(jurisdiction.Required.Id) ?? [];
    public Task<IReadOnlyList<OrganizationInfo>> ListAsync(CancellationToken cancellationToken = default) => Task.FromResult<IReadOnlyList<OrganizationInfo>>(All);
    public Task<OrganizationInfo?> FindAsync(long id, CancellationToken cancellationToken = default) => Task.FromResult(All.FirstOrDefault(o => o.Id == id));
    public Task<IReadOnlyList<OrganizationInfo>> SubtreeAsync(long rootId, CancellationToken cancellationToken = default) =>
        Task.FromResult(data.Subtree(jurisdiction.Required.Id, rootId));
    public Task<IReadOnlyList<OfficerInfo>> OfficersAsync(long organizationId, CancellationToken cancellationToken = default) => Task.FromResult<IReadOnlyList<OfficerInfo>>([]);
}

internal sealed class TestRoster(TestDirectoryData data, IJurisdictionContext jurisdiction) : IRoster
{
    public Task<IReadOnlyList<PersonInfo>> MembersAsync(RosterQuery query, CancellationToken cancellationToken = default)
    {
        var j = jurisdiction.Required.Id;
        IEnumerable<PersonInfo> people = data.People.GetValueOrDefault(j) ?? [];
        if (query.SubtreeRootId is { } root)
        {
            var orgs = data.Subtree(j, root).Select(o => o.Id).ToHashSet();
            people = people.Where(p => orgs.Contains(p.OrganizationId));
        }
        if (query.LeadingCadresOnly) people = people.Where(p => p.IsLeadingCadre);
        if (!query.IncludeOutgoing) people = people.Where(p => !p.IsOutgoing);
        return Task.FromResult<IReadOnlyList<PersonInfo>>(people.ToList());
    }

    public Task<PersonInfo?> FindAsync(long personId, CancellationToken cancellationToken = default) =>
        Task.FromResult((data.People.GetValueOrDefault(jurisdiction.Required.Id) ?? []).FirstOrDefault(p => p.Id == personId));
}
