using Modular.Plugins.PartyGroupStudy.Common;
using Modular.Plugins.PartyGroupStudy.LeadingGroup;

namespace Modular.Plugins.PartyGroupStudy.ReadingNotes;

/// <summary>四(一)2: every member's reading notes reach the minimum characters by stage 1's end; done the day the sum reached it (<see cref="ReadingNoteRule.MetOn"/>).</summary>
public sealed class ReadingNoteSteps(ICountedTexts texts) : IPlanSteps
{
    public static readonly ObligationType Notes = new("party-group-study.reading-notes", new("读书笔记不少于2万字", "Reading notes of at least 20,000 characters"));

    public IReadOnlyList<ObligationType> Types { get; } = [Notes];

    /// <summary>The notes written within the campaign; <paramref name="withoutBody"/> for figures (characters and days only, the texts left in the database).</summary>
    public async Task<IReadOnlyList<CountedTextInfo>> NotesAsync(PartyGroupRules rules, long? personId, CancellationToken ct, bool withoutBody = false) =>
        await texts.ListAsync(new CountedTextQuery(ReadingNoteRule.Kind) { AuthorPersonId = personId, From = rules.Start, To = rules.End, WithoutBody = withoutBody }, ct);

    public async Task<IReadOnlyList<PlanStep>> StepsAsync(PartyGroupRules rules, IReadOnlyList<Participant> participants, CancellationToken ct)
    {
        var notes = (await NotesAsync(rules, null, ct, withoutBody: true)).Where(n => ReadingNoteRule.Counts(n.State)).ToLookup(n => n.AuthorPersonId);
        return [.. participants.Select(p =>
        {
            var mine = notes[p.PersonId].ToList();
            var total = mine.Sum(n => n.CharacterCount);
            return new PlanStep(Notes.Key, 1, Notes.Name, p.PersonId, rules.Study.End, ReadingNoteRule.MetOn(rules, mine.Select(n => (n.PeriodDate, n.CharacterCount))),
                Text.Of($"{total:N0} / {rules.MinNoteCharacters:N0} 字", $"{total:N0} of {rules.MinNoteCharacters:N0} characters"), FiveLead.Study, "/ReadingNotes");
        })];
    }
}
