using System.Runtime.CompilerServices;
using Modular.Plugins.BannerSixOnes.Common;

namespace Modular.Plugins.BannerSixOnes.Education;

/// <summary>
/// Every party organization owes its one education event by <c>education.due</c> (period: the campaign
/// from its start); met on the day the event was held, so the host's done/late verdict matches ours.
/// </summary>
public sealed class EducationObligations(IPluginSettings<SixOnesStartup> settings, IOrganizationDirectory directory, EducationService education) : IObligationProvider
{
    public const string TypeKey = "six-ones.education";

    public IReadOnlyList<ObligationType> Types { get; } = [new(TypeKey, new("党性、党纪教育活动", "Party-spirit and discipline education"))];

    public async Task<ObligationSpan?> SpanAsync(IJurisdiction jurisdiction, CancellationToken cancellationToken)
    {
        var rules = SixOnesRules.From(await settings.ForJurisdictionAsync(jurisdiction.Id, cancellationToken));
        return new ObligationSpan(rules.EducationDue, rules.EducationDue);
    }

    public async IAsyncEnumerable<ObligationDue> GetDueAsync(IJurisdiction jurisdiction, DateOnly from, DateOnly to,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var rules = SixOnesRules.From(await settings.ForJurisdictionAsync(jurisdiction.Id, cancellationToken));
        if (rules.EducationDue < from || rules.EducationDue > to) yield break;
        var events = await education.HeldAsync(rules, null, cancellationToken);
        foreach (var org in await directory.ListAsync(cancellationToken))
        {
            if (!EducationRules.Owes(org)) continue;
            var due = new ObligationDue(TypeKey, ObligedKind.Organization, org.Id, rules.CampaignStart, rules.EducationDue);
            yield return events.TryGetValue(org.Id, out var e)
                ? due with { MetAt = LocalNoon.Of(e.HeldOn, jurisdiction.TimeZone), RecordRef = $"education:{e.Id}" }
                : due;
        }
    }
}
