namespace Modular.Plugins.InstituteBranchPlan.ReadingNotes;

/// <summary>读书笔记 (a note on a reading) or 心得体会 (a reflection).</summary>
public enum NoteKind { ReadingNote, Reflection }

/// <summary>
/// 三(一)三: “全体党员要认真撰写读书笔记、心得体会。” Every member writes at least the set number of each (settings, 1 each), each
/// text at least the set number of characters (the document gives none: 300, counted as RULES.md counts 字数), by the due
/// day (the document gives none: the year's end; the day itself counts). A member is done with a kind on the day they hand
/// in the last text the minimum asks for. Pure: no database, no clock.
/// </summary>
public static class ReadingNoteRule
{
    public static readonly BlockKind ReadingNote = new(InstituteBranchPlanStartup.PluginId, "reading-note");
    public static readonly BlockKind Reflection = new(InstituteBranchPlanStartup.PluginId, "reflection");

    public static BlockKind Kind(NoteKind kind) => kind == NoteKind.Reflection ? Reflection : ReadingNote;

    public static int Minimum(InstituteRules rules, NoteKind kind) => kind == NoteKind.Reflection ? rules.MinReflections : rules.MinReadingNotes;

    /// <summary>The day a member met the minimum: the day (local) of the Nth text handed in, in order; none needed: null with nothing owed.</summary>
    public static DateOnly? MetOn(int minimum, IReadOnlyList<DateOnly> handedInOn) =>
        minimum <= 0 ? DateOnly.MinValue : handedInOn.Count >= minimum ? handedInOn.Order().ElementAt(minimum - 1) : null;

    /// <summary>Where a member stands with a kind: done (by the due day), late, pending or missed (<see cref="DueStates.Of"/>).</summary>
    public static DueState StateOf(InstituteRules rules, NoteKind kind, IReadOnlyList<DateOnly> handedInOn, DateOnly today) =>
        DueStates.Of(rules.NotesDue, MetOn(Minimum(rules, kind), handedInOn), today);

    /// <summary>Texts handed in by the due day (the day counts): the count the branch holds against the minimum.</summary>
    public static int OnTime(InstituteRules rules, IEnumerable<DateOnly> handedInOn) => handedInOn.Count(d => d <= rules.NotesDue);

    /// <summary>
    /// The year's texts of a kind that <see cref="OnTime"/> counts, for a tally in the database: those handed in before the
    /// day after the due day begins where the jurisdiction is (its <paramref name="zone"/>).
    /// </summary>
    public static CountedTextQuery OnTimeTexts(InstituteRules rules, NoteKind kind, TimeZoneInfo zone) =>
        new(Kind(kind)) { From = new(rules.Year, 1, 1), To = new(rules.Year, 12, 31), SubmittedBefore = LocalTimes.StartOf(rules.NotesDue.AddDays(1), zone) };

    public static LocalizedText KindName(NoteKind kind) => kind == NoteKind.Reflection ? new("心得体会", "Reflection") : new("读书笔记", "Reading note");
}
