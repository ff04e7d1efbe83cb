using Modular.Sdk.Core;
using Modular.Sdk.Data;

namespace Modular.Organizations;

/// <summary>A node of a jurisdiction's organization tree (党委, 党总支, 党支部, ...).</summary>
public sealed class Organization : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public long Id { get; set; }
    public long? ParentId { get; set; }
    /// <summary>组织编号, unique within the jurisdiction.</summary>
    public required string Code { get; set; }
    public required string Name { get; set; }
    public OrganizationKind Kind { get; set; }
    public Sector? Sector { get; set; }
    /// <summary>建立日期.</summary>
    public DateOnly? EstablishedOn { get; set; }
    /// <summary>联系人 / contact.</summary>
    public string? Contact { get; set; }
    /// <summary>
    /// The 书记 an organization file named who could not be matched to one member yet (no member or several of that
    /// name); appointing a secretary clears it. See <see cref="SecretaryMatcher"/>.
    /// </summary>
    public string? PendingSecretaryName { get; set; }
    public int Version { get; set; } = 1;
}

/// <summary>The sizes of an organization's fields, checked alike by the organizations API and pages and the organization file import.</summary>
internal static class OrganizationLimits
{
    /// <summary>组织编号.</summary>
    public const int Code = 50;
    /// <summary>组织名称.</summary>
    public const int Name = 100;
}

/// <summary>党籍状态.</summary>
public enum PartyStanding { Normal, Retained, Restored, Suspended, Expelled }

/// <summary>A Party member (党员) on the roster. One organization at a time; <see cref="Transfer"/> keeps the history.</summary>
public sealed class Person : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public long Id { get; set; }
    public long OrganizationId { get; set; }
    public required string Name { get; set; }
    public string? Gender { get; set; }
    /// <summary>民族.</summary>
    public string? Ethnicity { get; set; }
    public DateOnly? BirthDate { get; set; }
    /// <summary>籍贯.</summary>
    public string? NativePlace { get; set; }
    public string? Education { get; set; }
    public MemberCategory Category { get; set; }
    /// <summary>入党时间.</summary>
    public DateOnly? JoinedOn { get; set; }
    /// <summary>转正时间.</summary>
    public DateOnly? FullMemberOn { get; set; }
    /// <summary>工作岗位.</summary>
    public string? Post { get; set; }
    /// <summary>参加工作时间.</summary>
    public DateOnly? WorkStartedOn { get; set; }
    public string? Phone { get; set; }
    /// <summary>身份证号码.</summary>
    public string? IdNumber { get; set; }
    public PartyStanding Standing { get; set; }
    /// <summary>是否失联.</summary>
    public bool LostContact { get; set; }
    /// <summary>外出党员 (also read from 是否流动).</summary>
    public bool IsOutgoing { get; set; }
    /// <summary>外出流向.</summary>
    public string? Whereabouts { get; set; }
    /// <summary>领导干部.</summary>
    public bool IsLeadingCadre { get; set; }
    /// <summary>在职状态 (在职, 离退休, 无职业; unspecified when the roster does not say).</summary>
    public EmploymentStatus Employment { get; set; }
    public int Version { get; set; } = 1;
}

/// <summary>An officer's post (书记, 副书记, ...) held by a person in an organization.</summary>
public sealed class Officer : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public long OrganizationId { get; set; }
    public long PersonId { get; set; }
    public OfficerPost Post { get; set; }
}

/// <summary>组织关系转接: a person moved from one organization to another.</summary>
public sealed class Transfer : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public long Id { get; set; }
    public long PersonId { get; set; }
    public long FromOrganizationId { get; set; }
    public long ToOrganizationId { get; set; }
    public DateOnly TransferredOn { get; set; }
    public string? Note { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}
