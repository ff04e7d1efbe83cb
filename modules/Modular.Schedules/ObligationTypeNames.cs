using Microsoft.EntityFrameworkCore;

namespace Modular.Schedules;

/// <summary>
/// What people read for an obligation type: the name a plugin gives it (<c>ObligationType.Name</c>, in the user's
/// language) or a campaign deadline's name; the key itself when neither is known.
/// </summary>
public interface IObligationTypeNames
{
    Task<Func<string, string>> LoadAsync(CancellationToken ct = default);
}

/// <summary>The campaign deadlines' names (the host adds the plugins' on top).</summary>
public sealed class DeadlineTypeNames(SchedulesDbContext db) : IObligationTypeNames
{
    public async Task<Func<string, string>> LoadAsync(CancellationToken ct = default)
    {
        var names = (await db.Deadlines.Select(d => new { d.TypeKey, d.Name }).ToListAsync(ct))
            .DistinctBy(d => d.TypeKey).ToDictionary(d => d.TypeKey, d => d.Name, StringComparer.Ordinal);
        return key => names.GetValueOrDefault(key, key);
    }
}
