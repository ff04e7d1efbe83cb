using System.Runtime.CompilerServices;
using Modular.Plugins.BannerSixOnes.Common;

namespace Modular.Plugins.BannerSixOnes.TheoryBooks;

/// <summary>
/// Each leading cadre owes one book's reading notes per campaign quarter, due on the quarter's last day. The
/// obligation's period starts where the quarter meets the campaign (Q2 of 2011 from 05-05), as the host's own quarterly deadlines do.
/// </summary>
public sealed class TheoryBookObligations(IRoster roster, ICountedTexts texts, SixOnesCampaign campaign) : IObligationProvider
{
    public const string TypeKey = "six-ones.theory-book";

    public IReadOnlyList<ObligationType> Types { get; } = [new(TypeKey, new("精读一本理论著作（季度读书笔记）", "Theory book reading notes (quarterly)"))];

    public async Task<ObligationSpan?> SpanAsync(IJurisdiction jurisdiction, CancellationToken ct)
    {
        var rules = await campaign.RulesAsync(ct);
        return new ObligationSpan(rules.CampaignStart, rules.CampaignEnd);
    }

    public async IAsyncEnumerable<ObligationDue> GetDueAsync(IJurisdiction jurisdiction, DateOnly from, DateOnly to, [EnumeratorCancellation] CancellationToken ct)
    {
        var rules = await campaign.RulesAsync(ct);
        var quarters = BookQuarter.Of(rules).Where(q => q.Opens <= to && q.Due >= from).ToList();
        if (quarters.Count == 0) yield break;
        var cadres = await roster.MembersAsync(new RosterQuery { LeadingCadresOnly = true }, ct);
        var met = (await texts.ListFiledAsync(new CountedTextQuery(TheoryBookNotes.Kind) { From = quarters[0].PeriodDate, To = quarters[^1].PeriodDate, WithoutBody = true }, ct))
            .ToDictionary(t => (t.AuthorPersonId, t.PeriodDate));
        foreach (var quarter in quarters)
            foreach (var cadre in cadres)
                yield return FiledTexts.PersonDue(TypeKey, cadre.Id, quarter.Opens, quarter.Due, met.GetValueOrDefault((cadre.Id, quarter.PeriodDate)));
    }
}
