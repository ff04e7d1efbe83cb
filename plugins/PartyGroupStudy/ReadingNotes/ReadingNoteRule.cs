namespace Modular.Plugins.PartyGroupStudy.ReadingNotes;

/// <summary>
/// 四(一)2: “每个党组成员撰写读书笔记不少于2万字。” A member's notes count together: the sum of the characters (字数, counted as
/// RULES.md says: no whitespace, no invisible characters) of every note the office has not returned, at least the minimum.
/// A note is filed under the day it was written (within the campaign, not after today); met on the day of the note that
/// brought the sum to the minimum. Pure: no database, no clock.
/// </summary>
public static class ReadingNoteRule
{
    public static readonly BlockKind Kind = new(PartyGroupStudyStartup.PluginId, "reading-note");

    /// <summary>Whether a note counts: every note but one the office returned (until it is handed in again).</summary>
    public static bool Counts(TextReviewState state) => state != TextReviewState.Returned;

    /// <summary>The day the running sum of counted notes (by the day written) first reached the minimum; null while short.</summary>
    public static DateOnly? MetOn(PartyGroupRules rules, IEnumerable<(DateOnly Day, int Characters)> notes) =>
        Common.RunningTotal.DayReached(notes.Select(n => (n.Day, (decimal)n.Characters)), rules.MinNoteCharacters);

    public static Dictionary<string, string[]> Problems(PartyGroupRules rules, DateOnly today, DateOnly day, string? title, string? body)
    {
        var errors = new Dictionary<string, string[]>();
        if (!rules.InCampaign(day))
            errors["date"] = [Text.Of($"日期应在活动期间（{rules.Start:yyyy-MM-dd} 至 {rules.End:yyyy-MM-dd}）。", $"The day falls within the campaign ({rules.Start:yyyy-MM-dd} to {rules.End:yyyy-MM-dd}).")];
        else if (day > today) errors["date"] = [Text.Of("日期不能晚于今天。", "The day cannot be after today.")];
        if (string.IsNullOrWhiteSpace(title)) errors["title"] = [Text.Of("请填写所学书目或篇目。", "Name the book or text studied.")];
        if (string.IsNullOrWhiteSpace(body)) errors["body"] = [Text.Of("请填写笔记正文。", "Write the note.")];
        return errors;
    }
}
