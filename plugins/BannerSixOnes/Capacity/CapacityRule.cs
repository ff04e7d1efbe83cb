namespace Modular.Plugins.BannerSixOnes.Capacity;

/// <summary>
/// What a capacity record must hold, whoever enters it: the kind, a title, the days from–to (the start not after today, the end
/// not before the start), the host unit for a secondment, and hours with at most two decimals, above zero and within reason.
/// Pure: the service adds who and whom.
/// </summary>
public static class CapacityRule
{
    /// <summary>
    /// The most hours one record holds: a year's working time (250 days × 8 hours). The document gives no figure; a longer
    /// secondment is recorded as one record a year.
    /// </summary>
    public const decimal MaxHours = 2_000m;

    /// <summary>No more hours than the days from–to have (24 a day): one day's training cannot hold 30 hours.</summary>
    public const decimal HoursPerDay = 24m;

    public static IReadOnlyDictionary<string, string[]> Check(CapacityKind? kind, string? title, DateOnly? startsOn, DateOnly? endsOn,
        string? hostUnit, string? organizer, decimal? hours, string? note, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        void Add(string field, string message) => errors.TryAdd(field, [message]);

        if (kind is not { } k || !Enum.IsDefined(k)) Add("kind", Text.Of("请选择业务培训、岗位练兵或挂职锻炼。", "Choose training, a post drill or a secondment."));
        if (Entered.Text(title) is not { } t) Add("title", Text.Of("请填写名称（培训班、练兵项目或挂职岗位）。", "Name it (the course, the drill or the post)."));
        else if (Limits.TooLong(t, Limits.Line) is { } tooLong) Add("title", tooLong);

        if (startsOn is not { } from) Add("startsOn", Text.Of("请填写开始日期。", "Give the first day."));
        else if (from > today) Add("startsOn", Text.Of("开始日期不能晚于今天。", "The first day cannot be after today."));
        if (endsOn is not { } to) Add("endsOn", Text.Of("请填写结束日期。", "Give the last day."));
        else if (startsOn is { } start && to < start) Add("endsOn", Text.Of("结束日期不能早于开始日期。", "The last day cannot be before the first."));

        var host = Entered.Text(hostUnit);
        if (kind == CapacityKind.Secondment && host is null) Add("hostUnit", Text.Of("挂职锻炼请填写挂职单位。", "Give the unit of the secondment."));
        else if (Limits.TooLong(host, Limits.Line) is { } hostTooLong) Add("hostUnit", hostTooLong);
        if (Limits.TooLong(Entered.Text(organizer), Limits.Line) is { } organizerTooLong) Add("organizer", organizerTooLong);
        if (Limits.TooLong(Entered.Text(note), Limits.Note) is { } noteTooLong) Add("note", noteTooLong);

        if (HoursProblem(hours, startsOn, endsOn) is { } why) Add("hours", why);
        return errors;
    }

    /// <summary>Null when the hours are fine; else why not.</summary>
    public static string? HoursProblem(decimal? hours, DateOnly? startsOn, DateOnly? endsOn)
    {
        if (hours is not { } h) return Text.Of("请填写学时。", "Give the hours.");
        if (h <= 0) return Text.Of("学时须大于 0。", "The hours must be more than 0.");
        if (decimal.Round(h, 2) != h) return Text.Of("学时最多保留两位小数。", "At most two decimals.");
        if (h > MaxHours) return Text.Of($"一条记录最多 {MaxHours:0} 学时（全年工作时间），更长的挂职请按年分条登记。",
            $"At most {MaxHours:0} hours a record (a year's working time); record a longer secondment year by year.");
        if (startsOn is { } from && endsOn is { } to && to >= from && h > Days(from, to) * HoursPerDay)
            return Text.Of($"{Days(from, to)} 天最多 {Days(from, to) * HoursPerDay:0} 学时。", $"{Days(from, to)} day(s) hold at most {Days(from, to) * HoursPerDay:0} hours.");
        return null;
    }

    /// <summary>The days from–to, both counted.</summary>
    public static int Days(DateOnly from, DateOnly to) => to.DayNumber - from.DayNumber + 1;
}
