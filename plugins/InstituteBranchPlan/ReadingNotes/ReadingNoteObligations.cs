using System.Runtime.CompilerServices;

namespace Modular.Plugins.InstituteBranchPlan.ReadingNotes;

/// <summary>
/// Every member owes the set number of reading notes and of reflections by the due day (<see cref="InstituteRules.NotesDue"/>),
/// for the host's calendars, reminders and compliance; met at the moment the last text the minimum asks for was handed in.
/// </summary>
public sealed class ReadingNoteObligations(InstituteBranchPlanCampaign campaign, IRoster roster, ICountedTexts texts) : IObligationProvider
{
    public static readonly ObligationType ReadingNote = new("institute-branch-plan.reading-note", new("撰写读书笔记", "Write reading notes"));
    public static readonly ObligationType Reflection = new("institute-branch-plan.reflection", new("撰写心得体会", "Write reflections"));

    public IReadOnlyList<ObligationType> Types { get; } = [ReadingNote, Reflection];

    public async Task<ObligationSpan?> SpanAsync(IJurisdiction jurisdiction, CancellationToken cancellationToken)
    {
        var rules = await campaign.RulesAsync(cancellationToken);
        return new ObligationSpan(rules.NotesDue, rules.NotesDue);
    }

    public async IAsyncEnumerable<ObligationDue> GetDueAsync(IJurisdiction jurisdiction, DateOnly from, DateOnly to,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var rules = await campaign.RulesAsync(cancellationToken);
        if (rules.NotesDue < from || rules.NotesDue > to) yield break;
        var members = await roster.MembersAsync(new RosterQuery(), cancellationToken);
        foreach (var (kind, type) in new[] { (NoteKind.ReadingNote, ReadingNote), (NoteKind.Reflection, Reflection) })
        {
            var minimum = ReadingNoteRule.Minimum(rules, kind);
            if (minimum <= 0) continue;
            var written = (await texts.ListAsync(new CountedTextQuery(ReadingNoteRule.Kind(kind)) { From = new DateOnly(rules.Year, 1, 1), To = new DateOnly(rules.Year, 12, 31), WithoutBody = true }, cancellationToken))
                .ToLookup(t => t.AuthorPersonId);
            foreach (var member in members)
            {
                var due = new ObligationDue(type.Key, ObligedKind.Person, member.Id, rules.Start, rules.NotesDue);
                var mine = written[member.Id].OrderBy(t => t.SubmittedAt).ToList();
                yield return mine.Count >= minimum
                    ? due with { MetAt = mine[minimum - 1].SubmittedAt, RecordRef = ReadingNoteService.RecordRef(mine[minimum - 1].Id) }
                    : due;
            }
        }
    }
}
