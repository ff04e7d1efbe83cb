namespace Modular.Plugins.PartyGroupStudy.RectificationPlan;

/// <summary>Where an item of the plan stands: open, done by its deadline, done after it, or not done past it.</summary>
public enum ItemState { Open, OnTime, Late, Overdue }

/// <summary>How the plan was put to the cadres and the public for opinions (“采取召开座谈会、书面征求意见等形式”).</summary>
public enum OpinionForm { Forum, Written }

/// <summary>
/// 四(三)1 制定整改落实方案: “召开县政府党组成员专题会议，研究制定整改落实方案……做到有整改目标、有整改事项、有整改责任制、有整改措施
/// （“四有”），突出针对性、时限性、操作性、实效性（“四突出”）……对具备整改条件的问题马上整改，对一时难以解决的问题限时整改。”
/// The special meeting adopts the plan: its day (in stage 3, not after today) and who attended; the target (有整改目标); at
/// least one item (有整改事项); every item led by a member of the party group (有整改责任制) and with its measures (有整改措施);
/// and a note for each of the 四突出. An at-once item is due <c>rectify.immediateDays</c> after it enters the adopted plan;
/// a deadline item has its own deadline, within stage 3 (the stage in which the document has the problems solved). Pure.
/// </summary>
public static class RectificationRule
{
    /// <summary>The 四突出 in the document's order, each a field of the adoption.</summary>
    public static readonly (string Field, LocalizedText Name)[] FourEmphases =
    [
        ("targeted", new("针对性", "Targeted")), ("timeBound", new("时限性", "Time-bound")),
        ("operable", new("操作性", "Operable")), ("effective", new("实效性", "Effective")),
    ];

    public static Dictionary<string, string[]> AdoptionProblems(PartyGroupRules rules, DateOnly today, DateOnly? meetingOn, string? attendance, string? target,
        IReadOnlyDictionary<string, string?> emphases, IReadOnlyList<RectificationInfo> items)
    {
        var errors = new Dictionary<string, string[]>();
        if (meetingOn is not { } day) errors["meetingOn"] = [Text.Of("请填写专题会议的日期。", "Give the day of the special meeting.")];
        else if (!rules.Rectify.Contains(day))
            errors["meetingOn"] = [Text.Of($"专题会议应在整改落实阶段（{rules.Rectify.Start:yyyy-MM-dd} 至 {rules.Rectify.End:yyyy-MM-dd}）召开。", $"The meeting falls within the rectification stage ({rules.Rectify.Start:yyyy-MM-dd} to {rules.Rectify.End:yyyy-MM-dd}).")];
        else if (day > today) errors["meetingOn"] = [Text.Of("会议日期不能晚于今天。", "The meeting day cannot be after today.")];
        if (string.IsNullOrWhiteSpace(attendance)) errors["attendance"] = [Text.Of("请填写出席专题会议的党组成员。", "Say which members attended the meeting.")];
        if (string.IsNullOrWhiteSpace(target)) errors["target"] = [Text.Of("“四有”：方案须有整改目标。", "The four haves: the plan needs its target.")];
        foreach (var (field, name) in FourEmphases)
            if (string.IsNullOrWhiteSpace(emphases.GetValueOrDefault(field)))
                errors[field] = [Text.Of($"“四突出”：请说明方案如何突出{name.ZhCn}。", $"The four emphases: say how the plan is {name.En.ToLowerInvariant()}.")];
        if (items.Count == 0) errors["items"] = [Text.Of("“四有”：方案须有整改事项，请先添加至少一项。", "The four haves: the plan needs at least one item.")];
        if (items.Where(i => i.LeadPersonId is null).Select(i => i.Problem).ToList() is { Count: > 0 } unled)
            errors["leadPersonId"] = [Text.Of($"“四有”：每项须有责任领导（缺：{string.Join("；", unled)}）。", $"The four haves: every item needs a lead member (missing: {string.Join("; ", unled)}).")];
        if (items.Where(i => string.IsNullOrWhiteSpace(i.Measures)).Select(i => i.Problem).ToList() is { Count: > 0 } bare)
            errors["measures"] = [Text.Of($"“四有”：每项须有整改措施（缺：{string.Join("；", bare)}）。", $"The four haves: every item needs its measures (missing: {string.Join("; ", bare)}).")];
        return errors;
    }

    /// <summary>An item's own problems: a deadline item's deadline within stage 3; once the plan is adopted, its lead and measures too.</summary>
    public static Dictionary<string, string[]> ItemProblems(PartyGroupRules rules, RectificationMode mode, DateOnly? deadline, bool adopted, long? lead, string? measures)
    {
        var errors = new Dictionary<string, string[]>();
        if (!Enum.IsDefined(mode)) errors["mode"] = [Text.Of("请选择马上整改或限时整改。", "Choose at once or by a deadline.")];
        else if (mode == RectificationMode.Deadline && deadline is not { } due)
            errors["deadline"] = [Text.Of("限时整改须写明完成期限。", "A fix by a deadline needs the deadline.")];
        else if (mode == RectificationMode.Deadline && !rules.Rectify.Contains(deadline!.Value))
            errors["deadline"] = [Text.Of($"完成期限应在整改落实阶段内（{rules.Rectify.Start:yyyy-MM-dd} 至 {rules.Rectify.End:yyyy-MM-dd}）。", $"The deadline falls within the rectification stage ({rules.Rectify.Start:yyyy-MM-dd} to {rules.Rectify.End:yyyy-MM-dd}).")];
        if (adopted && lead is null) errors["leadPersonId"] = [Text.Of("方案已通过：新增事项须有责任领导。", "The plan is adopted: a new item needs its lead member.")];
        if (adopted && string.IsNullOrWhiteSpace(measures)) errors["measures"] = [Text.Of("方案已通过：新增事项须有整改措施。", "The plan is adopted: a new item needs its measures.")];
        return errors;
    }

    /// <summary>An at-once item is due the days after it entered the adopted plan.</summary>
    public static DateOnly ImmediateDue(PartyGroupRules rules, DateOnly enteredOn) => enteredOn.AddDays(rules.ImmediateDays);

    public static ItemState StateOf(DateOnly? deadline, DateOnly? completedOn, DateOnly today) => (deadline, completedOn) switch
    {
        ({ } due, { } done) => done <= due ? ItemState.OnTime : ItemState.Late,
        (null, not null) => ItemState.OnTime,
        ({ } due, null) when due < today => ItemState.Overdue,
        _ => ItemState.Open,
    };

    public static LocalizedText StateName(ItemState state) => state switch
    {
        ItemState.OnTime => new("按期完成", "Done on time"),
        ItemState.Late => new("逾期完成", "Done late"),
        ItemState.Overdue => new("逾期未完成", "Overdue"),
        _ => new("整改中", "In progress"),
    };

    /// <summary>The site's due colours: done, late, missed, pending.</summary>
    public static string CssClass(ItemState state) => state switch
    {
        ItemState.OnTime => "due-done", ItemState.Late => "due-late", ItemState.Overdue => "due-missed", _ => "due-pending",
    };

    public static LocalizedText ModeName(RectificationMode mode) => mode == RectificationMode.Immediate ? new("马上整改", "At once") : new("限时整改", "By a deadline");

    public static LocalizedText FormName(OpinionForm form) => form == OpinionForm.Forum ? new("座谈会", "Forum") : new("书面征求意见", "Written consultation");
}
