using System.Runtime.CompilerServices;
using Modular.Plugins.BannerSixOnes.Common;

namespace Modular.Plugins.BannerSixOnes.Training;

/// <summary>Every member under a grassroots committee owes one training by <c>training.due</c>; met on the day of their first session.</summary>
public sealed class TrainingObligations(IPluginSettings<SixOnesStartup> settings, IOrganizationDirectory directory, IRoster roster, TrainingService training) : IObligationProvider
{
    public const string TypeKey = "six-ones.training";

    public IReadOnlyList<ObligationType> Types { get; } = [new(TypeKey, new("大规模学习培训（轮训）", "Large-scale training"))];

    public async Task<ObligationSpan?> SpanAsync(IJurisdiction jurisdiction, CancellationToken cancellationToken)
    {
        var rules = SixOnesRules.From(await settings.ForJurisdictionAsync(jurisdiction.Id, cancellationToken));
        return new ObligationSpan(rules.TrainingDue, rules.TrainingDue);
    }

    public async IAsyncEnumerable<ObligationDue> GetDueAsync(IJurisdiction jurisdiction, DateOnly from, DateOnly to,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var rules = SixOnesRules.From(await settings.ForJurisdictionAsync(jurisdiction.Id, cancellationToken));
        if (rules.TrainingDue < from || rules.TrainingDue > to) yield break;
        var tree = await directory.TreeAsync(cancellationToken);
        var inScope = TrainingScope.Organizations(tree);
        var first = await training.FirstTrainedAsync(DateOnly.MaxValue, cancellationToken);
        foreach (var member in await roster.MembersAsync(new RosterQuery(), cancellationToken))
        {
            if (!inScope.Contains(member.OrganizationId)) continue;
            var due = new ObligationDue(TypeKey, ObligedKind.Person, member.Id, rules.CampaignStart, rules.TrainingDue);
            yield return first.TryGetValue(member.Id, out var day)
                ? due with { MetAt = LocalNoon.Of(day, jurisdiction.TimeZone), RecordRef = $"training-person:{member.Id}" }
                : due;
        }
    }
}

/// <summary>The organizations whose members the rotation covers: every rotating committee's own (the 旗委's branches directly under it too).</summary>
public static class TrainingScope
{
    public static HashSet<long> Organizations(OrganizationTree tree)
    {
        var ids = new HashSet<long>();
        foreach (var c in TrainingRules.Committees(tree)) ids.UnionWith(TrainingRules.OwnOrganizations(tree, c));
        return ids;
    }
}
