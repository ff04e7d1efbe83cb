using Microsoft.EntityFrameworkCore;
using Modular.Plugins.BannerSixOnes.Common;
using Modular.Sdk;
using Modular.Sdk.Blocks;
using Modular.Sdk.Core;

namespace Modular.Plugins.BannerSixOnes.Practices;

/// <param name="Version">For an edit: the version the form was loaded with.</param>
public sealed record PracticeInput(long? OrganizationId, string? Title, string? Body, DateOnly? Date, int? Version = null);

public sealed record PracticeFilter(long? OrganizationId = null, bool? Featured = null, DateOnly? From = null, DateOnly? To = null);

public sealed record PracticeRow(
    long Id, long OrganizationId, string Organization, string Title, string Body, DateOnly Date, string? SubmittedBy, DateTimeOffset SubmittedAt,
    bool Featured, string? FeaturedNote, string? FeaturedBy, DateTimeOffset? FeaturedAt, int Version);

/// <summary>The outcome of an edit: done, refused (400, field → message), or changed by someone else meanwhile (409).</summary>
public sealed record PracticeResult(PracticeRow? Value, IReadOnlyDictionary<string, string[]> Errors, bool Conflict = false)
{
    public bool Succeeded => Value is not null;
    public static PracticeResult Refused(string field, string message) => new(null, new Dictionary<string, string[]> { [field] = [message] });
}

/// <summary>
/// 好做法、好经验: an organization's officers (or the office) report what worked — title, text, date; the banner
/// office features (精选) the best with a note, and featured ones show on the overview for everyone in the banner.
/// </summary>
public sealed class GoodPractices(PracticesDbContext db, IOrganizationDirectory organizations, ICurrentUser user, SixOnesCampaign campaign)
{
    public async Task<string?> WriteRefusalAsync(long organizationId, CancellationToken ct) =>
        await user.ManagesOrganizationAsync(organizationId, ct) ? null
            : Text.Of("只有本组织的党务干部或旗创先争优办可以报送、修改本组织的好做法。", "Only the organization's officers or the office report its practices.");

    public string? OfficeRefusal() => user.IsJurisdictionAdmin ? null : Text.Of("精选由旗创先争优办负责。", "The banner office features practices.");

    public async Task<PracticeResult> SubmitAsync(PracticeInput input, CancellationToken ct)
    {
        if (await ValidateAsync(input, ct) is { } refused) return refused;
        var practice = new Practice
        {
            OrganizationId = input.OrganizationId!.Value, Title = input.Title!.Trim(), Body = input.Body!.Trim(), PracticeDate = input.Date!.Value,
            SubmittedBy = user.DisplayName, SubmittedAt = campaign.Now,
        };
        db.Practices.Add(practice);
        await db.SaveChangesAsync(ct);
        return new(await RowAsync(practice, ct), new Dictionary<string, string[]>());
    }

    public async Task<PracticeResult> UpdateAsync(Practice practice, PracticeInput input, CancellationToken ct)
    {
        if (await ValidateAsync(input with { OrganizationId = practice.OrganizationId }, ct) is { } refused) return refused;
        if (input.Version is not { } version) return PracticeResult.Refused("version", Text.Of("缺少版本号，请重新打开后修改。", "Give the version you edited."));
        return await SaveAsync(practice, version, p => { p.Title = input.Title!.Trim(); p.Body = input.Body!.Trim(); p.PracticeDate = input.Date!.Value; }, ct);
    }

    /// <summary>精选: the office features the practice with a note (why it is worth learning from).</summary>
    public async Task<PracticeResult> FeatureAsync(Practice practice, string? note, int? version, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(note)) return PracticeResult.Refused("note", Text.Of("请填写精选推荐语。", "Say why it is featured."));
        return await SaveAsync(practice, version ?? practice.Version, p =>
        {
            p.Featured = true; p.FeaturedNote = note.Trim(); p.FeaturedBy = user.DisplayName; p.FeaturedAt = campaign.Now;
        }, ct);
    }

    public Task<PracticeResult> UnfeatureAsync(Practice practice, int? version, CancellationToken ct) =>
        SaveAsync(practice, version ?? practice.Version, p => { p.Featured = false; p.FeaturedNote = null; p.FeaturedBy = null; p.FeaturedAt = null; }, ct);

    public Task<Practice?> FindAsync(long id, CancellationToken ct) => db.Practices.AsTracking().FirstOrDefaultAsync(p => p.Id == id, ct);

    /// <summary>Featured ones for everyone; the rest for those who may see the organization.</summary>
    public async Task<bool> MayReadAsync(Practice practice, CancellationToken ct) =>
        practice.Featured || user.IsJurisdictionAdmin || user.IsAuditor || await user.MaySeeOrganizationAsync(practice.OrganizationId, ct);

    public async Task<IReadOnlyList<PracticeRow>> ListAsync(PracticeFilter filter, CancellationToken ct)
    {
        var query = db.Practices.AsQueryable();
        if (filter.OrganizationId is { } root)
        {
            var subtree = (await organizations.SubtreeAsync(root, ct)).Select(o => o.Id).ToList();
            query = query.Where(p => subtree.Contains(p.OrganizationId));
        }
        if (filter.Featured is { } featured) query = query.Where(p => p.Featured == featured);
        if (filter.From is { } from) query = query.Where(p => p.PracticeDate >= from);
        if (filter.To is { } to) query = query.Where(p => p.PracticeDate <= to);
        var rows = await query.OrderByDescending(p => p.PracticeDate).ThenByDescending(p => p.Id).ToListAsync(ct);
        var names = (await organizations.ListAsync(ct)).ToDictionary(o => o.Id, o => o.Name);
        var seen = new Dictionary<long, bool>();
        var visible = new List<PracticeRow>();
        foreach (var p in rows)
        {
            if (!p.Featured && !user.IsJurisdictionAdmin && !user.IsAuditor)
            {
                if (!seen.TryGetValue(p.OrganizationId, out var may)) seen[p.OrganizationId] = may = await user.MaySeeOrganizationAsync(p.OrganizationId, ct);
                if (!may) continue;
            }
            visible.Add(ToRow(p, names.GetValueOrDefault(p.OrganizationId, "")));
        }
        return visible;
    }

    public async Task<PracticeRow> RowAsync(Practice p, CancellationToken ct) =>
        ToRow(p, (await organizations.FindAsync(p.OrganizationId, ct))?.Name ?? "");

    private static PracticeRow ToRow(Practice p, string organization) => new(p.Id, p.OrganizationId, organization, p.Title, p.Body, p.PracticeDate,
        p.SubmittedBy, p.SubmittedAt, p.Featured, p.FeaturedNote, p.FeaturedBy, p.FeaturedAt, p.Version);

    private async Task<PracticeResult> SaveAsync(Practice practice, int version, Action<Practice> change, CancellationToken ct)
    {
        if (version != practice.Version) return Conflict();
        change(practice);
        practice.Version++;
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException) { return Conflict(); }
        return new(await RowAsync(practice, ct), new Dictionary<string, string[]>());
    }

    private static PracticeResult Conflict() => new(null, new Dictionary<string, string[]>
        { ["version"] = [Text.Of("该条目已被他人修改，请刷新后再改。", "Someone else changed it meanwhile; reload and try again.")] }, Conflict: true);

    private async Task<PracticeResult?> ValidateAsync(PracticeInput input, CancellationToken ct)
    {
        if (input.OrganizationId is not { } org || await organizations.FindAsync(org, ct) is null)
            return PracticeResult.Refused("organizationId", Text.Of("请选择报送单位。", "Choose the organization."));
        if (string.IsNullOrWhiteSpace(input.Title)) return PracticeResult.Refused("title", Text.Of("请填写标题。", "Give the title."));
        if (Limits.TooLong(input.Title.Trim(), Limits.Line) is { } longTitle) return PracticeResult.Refused("title", longTitle);
        if (string.IsNullOrWhiteSpace(input.Body)) return PracticeResult.Refused("body", Text.Of("请填写做法和经验的内容。", "Describe the practice."));
        if (Limits.TooLong(input.Body.Trim(), Limits.Body) is { } longBody) return PracticeResult.Refused("body", longBody);
        if (input.Date is not { } date) return PracticeResult.Refused("date", Text.Of("请填写日期。", "Give the date."));
        if (date > campaign.Today) return PracticeResult.Refused("date", Text.Of("日期不能晚于今天。", "The date cannot be in the future."));
        return null;
    }
}
