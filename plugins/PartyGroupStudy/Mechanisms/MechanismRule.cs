namespace Modular.Plugins.PartyGroupStudy.Mechanisms;

/// <summary>A mechanism set up new (建立) or one revised (完善).</summary>
public enum MechanismChange { New, Revised }

/// <summary>The three aims the document names: “在转变政府职能、改进工作作风、推动科学发展等方面……建立和完善体制机制”.</summary>
public enum MechanismArea { GovernmentFunctions, WorkStyle, ScientificDevelopment }

/// <summary>
/// 四(三)4 完善体制机制: “着眼于建立推动科学发展的长效机制……在转变政府职能、改进工作作风、推动科学发展等方面，建立和完善
/// 一批体制机制。” Each mechanism: its name and summary (both required), new or revised, the area, the day adopted (within
/// the campaign, not after today). Pure.
/// </summary>
public static class MechanismRule
{
    public static Dictionary<string, string[]> Problems(PartyGroupRules rules, DateOnly today, string? name, MechanismChange change, MechanismArea area, DateOnly adoptedOn, string? summary)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(name)) errors["name"] = [Text.Of("请填写制度（机制）名称。", "Give the mechanism's name.")];
        if (!Enum.IsDefined(change)) errors["change"] = [Text.Of("请选择新建或修订。", "Choose new or revised.")];
        if (!Enum.IsDefined(area)) errors["area"] = [Text.Of("请选择所属方面。", "Choose the area.")];
        if (!rules.InCampaign(adoptedOn))
            errors["adoptedOn"] = [Text.Of($"出台日期应在活动期间（{rules.Start:yyyy-MM-dd} 至 {rules.End:yyyy-MM-dd}）。", $"Adopted within the campaign ({rules.Start:yyyy-MM-dd} to {rules.End:yyyy-MM-dd}).")];
        else if (adoptedOn > today) errors["adoptedOn"] = [Text.Of("出台日期不能晚于今天。", "The day cannot be after today.")];
        if (string.IsNullOrWhiteSpace(summary)) errors["summary"] = [Text.Of("请概述主要内容。", "Sum up what it sets.")];
        return errors;
    }

    public static LocalizedText ChangeName(MechanismChange change) => change == MechanismChange.New ? new("新建", "New") : new("修订完善", "Revised");

    public static LocalizedText AreaName(MechanismArea area) => area switch
    {
        MechanismArea.GovernmentFunctions => new("转变政府职能", "Transforming the government's functions"),
        MechanismArea.WorkStyle => new("改进工作作风", "Improving the work style"),
        _ => new("推动科学发展", "Promoting scientific development"),
    };
}
