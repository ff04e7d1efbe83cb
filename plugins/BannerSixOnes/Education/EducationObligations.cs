using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Modular.Plugins.BannerSixOnes.Common;
using Modular.Sdk;
using Modular.Sdk.Core;
using Modular.Sdk.Scheduling;
using Modular.Sdk.Settings;

namespace Modular.Plugins.BannerSixOnes.Education;

/// <summary>
/// Every party organization owes its one education event by <c>education.due</c> (period: the campaign
/// from its start); met on the day the event was held, so the host's done/late verdict matches ours.
/// </summary>
public sealed class EducationObligations(IPluginSettings<SixOnesStartup> settings, IOrganizationDirectory directory, EducationDbContext db) : IObligationProvider
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
        var events = await db.Events.AsNoTracking().Select(e => new { e.Id, e.OrganizationId, e.HeldOn }).ToDictionaryAsync(e => e.OrganizationId, cancellationToken);
        foreach (var org in await directory.ListAsync(cancellationToken))
        {
            if (!EducationRules.Owes(org.Kind)) continue;
            var due = new ObligationDue(TypeKey, ObligedKind.Organization, org.Id, rules.CampaignStart, rules.EducationDue);
            yield return events.TryGetValue(org.Id, out var e)
                ? due with { MetAt = LocalNoon.Of(e.HeldOn, jurisdiction.TimeZone), RecordRef = $"education:{e.Id}" }
                : due;
        }
    }
}
