namespace Modular.Plugins.BannerThirdBatch.Publicity;

/// <summary>What a unit reports: a good practice or experience, a typical (model) organization, a typical member.</summary>
public enum ReportKind { Practice, TypicalOrganization, TypicalMember }

/// <summary>The media the document names: 简报、广播、电视、网站.</summary>
public enum Channel { Briefing, Radio, Television, Website }

public enum PublicityState { Reported, Selected, Returned }

/// <summary>
/// 三(三) “要充分运用简报、广播、电视和网站等媒体……大力宣传各行各业、各苏木镇涌现出来的党组织、党员先进典型，大力宣传第三批活动
/// 中的好做法、好经验”: what a unit reports and what the office does with it. Pure.
/// </summary>
public static class PublicityRule
{
    public static LocalizedText KindName(ReportKind kind) => kind switch
    {
        ReportKind.Practice => new("好做法、好经验", "Good practice"),
        ReportKind.TypicalOrganization => new("先进典型（党组织）", "Model organization"),
        _ => new("先进典型（党员）", "Model member"),
    };

    public static LocalizedText ChannelName(Channel channel) => channel switch
    {
        Channel.Briefing => new("简报", "Briefing"),
        Channel.Radio => new("广播", "Radio"),
        Channel.Television => new("电视", "Television"),
        _ => new("网站", "Website"),
    };

    public static LocalizedText StateName(PublicityState state) => state switch
    {
        PublicityState.Reported => new("待审核", "Reported"),
        PublicityState.Selected => new("已选用", "Selected"),
        _ => new("已退回", "Returned"),
    };

    public static string CssClass(PublicityState state) => (state switch
    {
        PublicityState.Selected => DueState.Done,
        PublicityState.Returned => DueState.Missed,
        _ => DueState.Pending,
    }).CssClass();

    /// <summary>A typical member's report names the person; the others need not.</summary>
    public static bool NeedsPerson(ReportKind kind) => kind == ReportKind.TypicalMember;
}
