using Modular.Plugins.BannerSixOnes.Common;

namespace Modular.Plugins.BannerSixOnes.Practices;

/// <param name="Version">For an edit: the version the form was loaded with.</param>
public sealed record PracticeInput(long? OrganizationId, string? Title, string? Body, DateOnly? Date, int? Version = null);

public sealed record PracticeFilter(long? OrganizationId = null, bool? Featured = null, DateOnly? From = null, DateOnly? To = null);

public sealed record PracticeRow(
    long Id, long OrganizationId, string Organization, string Title, string Body, DateOnly Date, string? SubmittedBy, DateTimeOffset SubmittedAt,
    bool Featured, string? FeaturedNote, string? FeaturedBy, DateTimeOffset? FeaturedAt, int Version);

/// <summary>
/// 好做法、好经验: an organization's officers (or the office) report what worked — title, text, date; the banner
/// office features (精选) the best with a note, and featured ones show on the overview for everyone in the banner.
/// </summary>
public sealed class GoodPractices(SixOnesDbContext db, IOrganizationDirectory organizations, ICurrentUser user, SixOnesCampaign campaign)
{
    /// <summary>精选 is the banner office's.</summary>
    public bool MayFeature => user.IsJurisdictionAdmin;

    /// <summary>Reports a practice of an organization: its officers or the office.</summary>
    public async Task<Result<PracticeRow>> SubmitAsync(PracticeInput input, CancellationToken ct)
    {
        if (input.OrganizationId is { } org && await WriteRefusalAsync(org, ct) is { } refused) return refused;
        if (await ValidateAsync(input, ct) is { } invalid) return invalid;
        var practice = new Practice
        {
            OrganizationId = input.OrganizationId!.Value, Title = input.Title!.Trim(), Body = input.Body!.Trim(), PracticeDate = input.Date!.Value,
            SubmittedBy = user.DisplayName, SubmittedAt = campaign.Now,
        };
        db.Practices.Add(practice);
        await db.SaveChangesAsync(ct);
        return Result.Created($"/api/j/{campaign.Jurisdiction.Code}/banner-six-ones/practices/{practice.Id}", await RowAsync(practice, ct));
    }

    /// <summary>Edits title, body and date at the version the form was loaded with.</summary>
    public async Task<Result<PracticeRow>> UpdateAsync(long id, PracticeInput input, CancellationToken ct)
    {
        if (await FindAsync(id, ct) is not { } practice) return NoSuchPractice;
        if (await WriteRefusalAsync(practice.OrganizationId, ct) is { } refused) return refused;
        if (await ValidateAsync(input with { OrganizationId = practice.OrganizationId }, ct) is { } invalid) return invalid;
        if (input.Version is not { } version) return Refuse.Field("version", Text.Of("缺少版本号，请重新打开后修改。", "Give the version you edited."));
        return await SaveAsync(practice, version, p => { p.Title = input.Title!.Trim(); p.Body = input.Body!.Trim(); p.PracticeDate = input.Date!.Value; }, ct);
    }

    /// <summary>精选: the office features the practice with a note (why it is worth learning from).</summary>
    public async Task<Result<PracticeRow>> FeatureAsync(long id, string? note, int? version, CancellationToken ct)
    {
        if (await FindAsync(id, ct) is not { } practice) return NoSuchPractice;
        if (!MayFeature) return OfficeFeatures;
        if (Entered.Text(note) is not { } text) return Refuse.Field("note", Text.Of("请填写精选推荐语。", "Say why it is featured."));
        return await SaveAsync(practice, version ?? practice.Version, p =>
        {
            p.Featured = true; p.FeaturedNote = text; p.FeaturedBy = user.DisplayName; p.FeaturedAt = campaign.Now;
        }, ct);
    }

    public async Task<Result<PracticeRow>> UnfeatureAsync(long id, int? version, CancellationToken ct)
    {
        if (await FindAsync(id, ct) is not { } practice) return NoSuchPractice;
        if (!MayFeature) return OfficeFeatures;
        return await SaveAsync(practice, version ?? practice.Version, p => { p.Featured = false; p.FeaturedNote = null; p.FeaturedBy = null; p.FeaturedAt = null; }, ct);
    }

    /// <summary>A practice as the list shows it: featured ones for everyone, the rest for those who see the organization (404 for the others, as if it were not there).</summary>
    public async Task<Result<PracticeRow>> ReadAsync(long id, CancellationToken ct) =>
        await FindAsync(id, ct) is { } practice && await MayReadAsync(practice, ct) ? Result.Ok(await RowAsync(practice, ct)) : NoSuchPractice;

    /// <summary>The organizations (of these) whose practices the caller reports: those they manage.</summary>
    public async Task<IReadOnlyList<OrganizationInfo>> ReportableAsync(IEnumerable<OrganizationInfo> candidates, CancellationToken ct)
    {
        var mine = new List<OrganizationInfo>();
        foreach (var o in candidates)
            if (await user.ManagesOrganizationAsync(o.Id, ct)) mine.Add(o);
        return mine;
    }

    private Task<Practice?> FindAsync(long id, CancellationToken ct) => db.Practices.AsTracking().FirstOrDefaultAsync(p => p.Id == id, ct);

    private async Task<bool> MayReadAsync(Practice practice, CancellationToken ct) =>
        practice.Featured || user.ReadsAll() || await user.MaySeeOrganizationAsync(practice.OrganizationId, ct);

    private async Task<Refusal?> WriteRefusalAsync(long organizationId, CancellationToken ct) =>
        await user.ManagesOrganizationAsync(organizationId, ct) ? null
            : Refuse.Forbidden(Text.Of("只有本组织的党务干部或旗创先争优办可以报送、修改本组织的好做法。", "Only the organization's officers or the office report its practices."));

    private static Refusal OfficeFeatures => Refuse.Forbidden(Text.Of("精选由旗创先争优办负责。", "The banner office features practices."));

    private static Refusal NoSuchPractice => Refuse.NotFound(Text.Of("未找到该好做法。", "No such practice."));

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
        var tree = await organizations.TreeAsync(ct);
        var seen = (await user.SeenAsync(rows.Where(p => !p.Featured).ToList(), p => p.OrganizationId, ct)).ToHashSet();
        return [.. rows.Where(p => p.Featured || seen.Contains(p)).Select(p => ToRow(p, tree.Find(p.OrganizationId)?.Name ?? ""))]; // featured ones are for everyone
    }

    public async Task<PracticeRow> RowAsync(Practice p, CancellationToken ct) =>
        ToRow(p, (await organizations.FindAsync(p.OrganizationId, ct))?.Name ?? "");

    private static PracticeRow ToRow(Practice p, string organization) => new(p.Id, p.OrganizationId, organization, p.Title, p.Body, p.PracticeDate,
        p.SubmittedBy, p.SubmittedAt, p.Featured, p.FeaturedNote, p.FeaturedBy, p.FeaturedAt, p.Version);

    private async Task<Result<PracticeRow>> SaveAsync(Practice practice, int version, Action<Practice> change, CancellationToken ct)
    {
        if (version != practice.Version) return ChangedMeanwhile;
        change(practice);
        practice.Version++;
        return await db.TrySaveAsync(ct) ? Result.Ok(await RowAsync(practice, ct)) : ChangedMeanwhile;
    }

    private static Refusal ChangedMeanwhile => Refuse.Conflict(Text.Of("该条目已被他人修改，请刷新后再改。", "Someone else changed it meanwhile; reload and try again."));

    private async Task<Refusal?> ValidateAsync(PracticeInput input, CancellationToken ct)
    {
        if (input.OrganizationId is not { } org || await organizations.FindAsync(org, ct) is null)
            return Refuse.Field("organizationId", Text.Of("请选择报送单位。", "Choose the organization."));
        if (string.IsNullOrWhiteSpace(input.Title)) return Refuse.Field("title", Text.Of("请填写标题。", "Give the title."));
        if (Limits.TooLong(input.Title.Trim(), Limits.Line) is { } longTitle) return Refuse.Field("title", longTitle);
        if (string.IsNullOrWhiteSpace(input.Body)) return Refuse.Field("body", Text.Of("请填写做法和经验的内容。", "Describe the practice."));
        if (Limits.TooLong(input.Body.Trim(), Limits.Body) is { } longBody) return Refuse.Field("body", longBody);
        if (input.Date is not { } date) return Refuse.Field("date", Text.Of("请填写日期。", "Give the date."));
        if (date > campaign.Today) return Refuse.Field("date", Text.Of("日期不能晚于今天。", "The date cannot be in the future."));
        return null;
    }
}
