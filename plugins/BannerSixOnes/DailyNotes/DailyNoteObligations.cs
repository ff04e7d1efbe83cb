using System.Runtime.CompilerServices;
using Modular.Plugins.BannerSixOnes.Common;

namespace Modular.Plugins.BannerSixOnes.DailyNotes;

/// <summary>
/// <c>six-ones.daily-note</c>: every member owes a note for every campaign day, due that day; met
/// when the note exists with dailyNote.studyHours of study (MetAt = when it was saved). One roster read and one range read of the
/// notes' day rows, whatever the range.
/// </summary>
public sealed class DailyNoteObligations(SixOnesCampaign campaign, IRoster roster, SixOnesDbContext db) : IObligationProvider
{
    public IReadOnlyList<ObligationType> Types { get; } = [new(DailyNoteService.ObligationType, new("每日学习笔记", "Daily study note"))];

    public async Task<ObligationSpan?> SpanAsync(IJurisdiction jurisdiction, CancellationToken cancellationToken)
    {
        var rules = await campaign.RulesAsync(cancellationToken);
        return new ObligationSpan(rules.CampaignStart, rules.CampaignEnd);
    }

    public async IAsyncEnumerable<ObligationDue> GetDueAsync(IJurisdiction jurisdiction, DateOnly from, DateOnly to,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var rules = await campaign.RulesAsync(cancellationToken);
        if (from < rules.CampaignStart) from = rules.CampaignStart;
        if (to > rules.CampaignEnd) to = rules.CampaignEnd;
        if (from > to) yield break;
        var members = await roster.MembersAsync(new RosterQuery(), cancellationToken);
        // Met when both hold: the note (the SDK refuses one under dailyNote.minChars) and dailyNote.studyHours of study.
        var notes = await db.NoteDays.Where(n => n.Day >= from && n.Day <= to && n.Hours >= rules.DailyStudyHours)
            .Select(n => new { n.PersonId, n.Day, n.SubmittedAt, n.TextId }).ToListAsync(cancellationToken);
        var met = notes.ToDictionary(n => (n.PersonId, n.Day), n => (n.SubmittedAt, n.TextId));
        for (var day = from; day <= to; day = day.AddDays(1))
            foreach (var member in members)
            {
                var due = new ObligationDue(DailyNoteService.ObligationType, ObligedKind.Person, member.Id, day, day);
                yield return met.TryGetValue((member.Id, day), out var note) ? due with { MetAt = note.SubmittedAt, RecordRef = $"note:{note.TextId}" } : due;
            }
    }
}
