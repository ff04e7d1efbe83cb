namespace Modular.Plugins.BannerSixOnes.Practices;

public sealed record FeaturedPractice(long Id, string Title, string Organization, DateOnly Date, string? Note, string Excerpt, DateTimeOffset? FeaturedAt);

/// <summary>For the overview and the dashboards: the banner office's featured practices (精选), newest first; everyone in the banner sees them.</summary>
public sealed class PracticesQuery(SixOnesDbContext db, IOrganizationDirectory organizations)
{
    public async Task<IReadOnlyList<FeaturedPractice>> FeaturedAsync(int n = 5, CancellationToken ct = default)
    {
        if (n <= 0) return [];
        var rows = await db.Practices.Where(p => p.Featured).OrderByDescending(p => p.FeaturedAt).ThenByDescending(p => p.Id).Take(n).ToListAsync(ct);
        if (rows.Count == 0) return [];
        var names = (await organizations.ListAsync(ct)).ToDictionary(o => o.Id, o => o.Name);
        return [.. rows.Select(p => new FeaturedPractice(p.Id, p.Title, names.GetValueOrDefault(p.OrganizationId, ""), p.PracticeDate, p.FeaturedNote,
            p.Body.Length > 80 ? p.Body[..80] + "…" : p.Body, p.FeaturedAt))];
    }
}
