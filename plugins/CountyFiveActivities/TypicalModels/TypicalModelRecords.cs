namespace Modular.Plugins.CountyFiveActivities.TypicalModels;

/// <summary>“基层党组织和党员个人先进典型”: a member, or a party organization.</summary>
public enum TypicalModelKind { Person, Organization }

/// <summary>“采取媒体宣传、到示范点参观学习、召开经验交流会、先进典型巡回报告会等形式”.</summary>
public enum PublicityForm { Media, SiteVisit, ExchangeMeeting, TouringReport }

/// <summary>
/// 树立先进典型: a typical model — a member or a party organization — set up by a level (the county committee or a party committee
/// above it), with its title and its story (先进事迹, its 字数 counted).
/// </summary>
public sealed class TypicalModel : IJurisdictionScoped, IVersioned
{
    public int JurisdictionId { get; set; }
    public long Id { get; set; }
    public TypicalModelKind Kind { get; set; }
    /// <summary>The member, for a person model.</summary>
    public long? PersonId { get; set; }
    /// <summary>The organization itself, or the member's organization when set up.</summary>
    public long OrganizationId { get; set; }
    /// <summary>What they are a model of (e.g. 党员致富带头人、党建示范村).</summary>
    public required string Title { get; set; }
    /// <summary>The level that set them up (分级争创、分级负责): the organization that chose them.</summary>
    public long SetUpByOrganizationId { get; set; }
    public DateOnly SetUpOn { get; set; }
    public required string Story { get; set; }
    public int StoryCharacters { get; set; }
    public string? RecordedBy { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public int Version { get; set; }
}

/// <summary>One act of publicity of a model (扩大典型影响力): its form, its day, a note (the paper, the visitors, the audience).</summary>
public sealed class TypicalModelPublicity : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public long Id { get; set; }
    public long ModelId { get; set; }
    public PublicityForm Form { get; set; }
    public DateOnly HeldOn { get; set; }
    public string? Note { get; set; }
    public string? RecordedBy { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}
