namespace Modular.Plugins.BannerThirdBatch.Checklist;

/// <summary>认识、组织、措施、工作“四到位”；机构、人员、场所、经费“四落实”.</summary>
public enum ChecklistKey { Recognition, Organization, Measures, Work, Body, People, Venue, Funds }

/// <summary>How the guidance group, the level above or the office found an item: confirmed, or a gap to follow up.</summary>
public enum Verdict { Confirmed, Gap }

/// <summary>
/// 三(一): “第三批活动单位党组织要成立精干高效的领导工作机构……切实做到认识、组织、措施、工作‘四到位’，机构、人员、场所、经费
/// ‘四落实’”. Eight items per unit; an item counts as verified when confirmed, or when the follow-up of its gap is closed. Pure.
/// </summary>
public static class ChecklistRule
{
    public static readonly IReadOnlyList<ChecklistKey> Items = Enum.GetValues<ChecklistKey>();

    public static int Total => Items.Count;

    /// <summary>Verified: confirmed, or a gap whose follow-up is closed.</summary>
    public static bool Counts(Verdict? verdict, bool followUpClosed) => verdict == Verdict.Confirmed || (verdict == Verdict.Gap && followUpClosed);

    /// <summary>A gap still open: its follow-up is not closed.</summary>
    public static bool OpenGap(Verdict? verdict, bool followUpClosed) => verdict == Verdict.Gap && !followUpClosed;

    public static LocalizedText Name(ChecklistKey key) => key switch
    {
        ChecklistKey.Recognition => new("认识到位", "Recognition in place"),
        ChecklistKey.Organization => new("组织到位", "Organization in place"),
        ChecklistKey.Measures => new("措施到位", "Measures in place"),
        ChecklistKey.Work => new("工作到位", "Work in place"),
        ChecklistKey.Body => new("机构落实", "Body settled"),
        ChecklistKey.People => new("人员落实", "People settled"),
        ChecklistKey.Venue => new("场所落实", "Venue settled"),
        _ => new("经费落实", "Funds settled"),
    };

    public static LocalizedText GroupName(ChecklistKey key) => key <= ChecklistKey.Work ? new("四到位", "Four in place") : new("四落实", "Four settled");

    public static LocalizedText VerdictName(Verdict? verdict) => verdict switch
    {
        Verdict.Confirmed => new("核实到位", "Confirmed"),
        Verdict.Gap => new("存在差距", "Gap"),
        _ => new("待核实", "Not verified"),
    };
}
