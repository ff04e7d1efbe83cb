using System.Runtime.CompilerServices;
using Modular.Plugins.CountyFiveActivities.Common;

namespace Modular.Plugins.CountyFiveActivities;

/// <summary>
/// One item's obligation, answered by the item's query over its records (registered with <c>AddObligationQuery</c>): its type,
/// and who owes it by when, with the item's own records as the truth of what is met.
/// </summary>
public interface ICountyObligation
{
    ObligationType Type { get; }

    /// <summary>The obligations of this type that fall due from <paramref name="from"/> to <paramref name="to"/>.</summary>
    IAsyncEnumerable<ObligationDue> DueAsync(IJurisdiction jurisdiction, CountyRules rules, DateOnly from, DateOnly to, CancellationToken cancellationToken);
}

/// <summary>
/// “Who owes what by when” for the host's calendars, reminders and compliance rollups: the plugin's one provider, made of
/// the obligations each item registers (<see cref="ICountyObligation"/>, in the document's order), over the four stages.
/// </summary>
public sealed class CountyObligations(IEnumerable<ICountyObligation> items, CountyCampaign campaign) : IObligationProvider
{
    private readonly ICountyObligation[] _items = [.. items];

    public IReadOnlyList<ObligationType> Types { get; } = [.. items.Select(i => i.Type)];

    /// <summary>The four stages: every obligation of the plan falls due within them.</summary>
    public async Task<ObligationSpan?> SpanAsync(IJurisdiction jurisdiction, CancellationToken cancellationToken) =>
        (await campaign.RulesAsync(cancellationToken)).Span;

    public async IAsyncEnumerable<ObligationDue> GetDueAsync(IJurisdiction jurisdiction, DateOnly from, DateOnly to, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var rules = await campaign.RulesAsync(cancellationToken);
        foreach (var item in _items)
            await foreach (var due in item.DueAsync(jurisdiction, rules, from, to, cancellationToken))
                yield return due;
    }
}

internal static class CountyObligationRegistration
{
    /// <summary>An item's query, for its pages and API, that also answers the item's obligation (one of <see cref="CountyObligations"/>' parts).</summary>
    public static IServiceCollection AddObligationQuery<TQuery>(this IServiceCollection services) where TQuery : class, ICountyObligation =>
        services.AddScoped<TQuery>().AddScoped<ICountyObligation>(sp => sp.GetRequiredService<TQuery>());
}
