using System.Runtime.CompilerServices;

namespace Modular.Plugins.BannerThirdBatch.Common;

/// <summary>
/// An obligation of each participating unit, due on a day of its own timeline (finish by its end, a plan so many days after its
/// start, a visit in its concentrated phase…): few enough to compute whole, so the span is their first and last due day and a
/// range only filters them. An item says how its dues are met in <see cref="DuesAsync"/>.
/// </summary>
public abstract class UnitDuesProvider : IObligationProvider
{
    public abstract IReadOnlyList<ObligationType> Types { get; }

    /// <summary>Every unit's due (met, with its record, when it is).</summary>
    protected abstract IAsyncEnumerable<ObligationDue> DuesAsync(IJurisdiction jurisdiction, CancellationToken ct);

    public async Task<ObligationSpan?> SpanAsync(IJurisdiction jurisdiction, CancellationToken cancellationToken)
    {
        var dues = new List<DateOnly>();
        await foreach (var due in DuesAsync(jurisdiction, cancellationToken)) dues.Add(due.DueOn);
        return dues.Count == 0 ? null : new ObligationSpan(dues.Min(), dues.Max());
    }

    public async IAsyncEnumerable<ObligationDue> GetDueAsync(IJurisdiction jurisdiction, DateOnly from, DateOnly to,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var due in DuesAsync(jurisdiction, cancellationToken))
            if (due.DueOn >= from && due.DueOn <= to) yield return due;
    }

    /// <summary>
    /// When a record of a day meets an obligation: noon of that day where the jurisdiction is, so the host's on-time or late
    /// verdict is the day's. The providers and the services that record a met obligation at once both use it.
    /// </summary>
    public static DateTimeOffset NoonOf(DateOnly day, IJurisdiction jurisdiction) => jurisdiction.InstantOf(day.ToDateTime(new TimeOnly(12, 0)));
}
