using Modular.Plugins.BannerSixOnes.Common;

namespace Modular.Plugins.BannerSixOnes.Awards;

public enum AwardKind { Award, Penalty }

/// <summary>An award (表彰奖励) or a penalty (惩戒) of a member, or of an organization when <see cref="PersonId"/> is null.</summary>
public sealed class AwardRecord : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public long Id { get; set; }
    public AwardKind Kind { get; set; }
    public long? PersonId { get; set; }
    /// <summary>The organization awarded, or the member's organization when recorded.</summary>
    public long OrganizationId { get; set; }
    public required string Title { get; set; }
    public required string Reason { get; set; }
    public DateOnly AwardedOn { get; set; }
    public string? RecordedBy { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}

internal static class AwardsModel
{
    public static void Configure(ModelBuilder b) => b.Entity<AwardRecord>(e =>
    {
        e.ToTable("award_records");
        e.HasKey(x => new { x.JurisdictionId, x.Id });
        e.Property(x => x.Id).ValueGeneratedOnAdd();
        e.Property(x => x.Kind).HasConversion<string>();
        e.HasIndex(x => new { x.JurisdictionId, x.PersonId });
        e.HasIndex(x => new { x.JurisdictionId, x.OrganizationId });
    });
}

public sealed record AwardInput(AwardKind? Kind, long? PersonId, long? OrganizationId, string? Title, string? Reason, DateOnly? AwardedOn);

public sealed record AwardRow(long Id, AwardKind Kind, string KindName, long? PersonId, string? Person, long OrganizationId, string Organization,
    string Title, string Reason, DateOnly AwardedOn, string? RecordedBy);

/// <summary>A member's (or organization's) awards and penalties in the campaign year, for the year-end result.</summary>
public sealed record AwardCount(int Awards, int Penalties)
{
    public static readonly AwardCount None = new(0, 0);
    public override string ToString() => Awards == 0 && Penalties == 0 ? "—" : Text.Of($"奖 {Awards} · 惩 {Penalties}", $"{Awards} awarded · {Penalties} penalized");
}

/// <summary>
/// 三、3 完善激励机制，明确奖惩措施: the banner office records awards and penalties (kind, title, reason, day) of members or
/// organizations; everyone who sees the organization reads them, a member their own; the year-end result counts them.
/// </summary>
public sealed class AwardsService(SixOnesDbContext db, IRoster roster, IOrganizationDirectory organizations, ICurrentUser user, SixOnesCampaign campaign)
{
    public bool MayRecord => user.IsJurisdictionAdmin;

    public static string KindName(AwardKind kind) => kind == AwardKind.Award ? Text.Of("奖励", "Award") : Text.Of("惩戒", "Penalty");

    public async Task<Result<AwardRow>> RecordAsync(AwardInput input, CancellationToken ct)
    {
        if (!MayRecord) return Refuse.Forbidden(Text.Of("奖惩由旗创先争优办登记。", "The banner office records awards and penalties."));
        var errors = new Dictionary<string, string[]>();
        if (input.Kind is not { } kind || !Enum.IsDefined(kind)) errors["kind"] = [Text.Of("请选择奖励或惩戒。", "Choose award or penalty.")];
        long? organizationId = input.OrganizationId;
        if (input.PersonId is { } personId)
        {
            if (await roster.FindAsync(personId, ct) is { } person) organizationId = person.OrganizationId;
            else errors["personId"] = [Text.Of("没有这名党员。", "No such member.")];
        }
        else if (organizationId is not { } org || await organizations.FindAsync(org, ct) is null)
            errors["organizationId"] = [Text.Of("请选择受奖惩的党员或组织。", "Choose the member or the organization.")];
        var title = Entered.Text(input.Title);
        if (title is null) errors["title"] = [Text.Of("请填写奖惩名称（如优秀共产党员、通报批评）。", "Name it (e.g. outstanding member, a reprimand).")];
        else if (Limits.TooLong(title, Limits.Line) is { } longTitle) errors["title"] = [longTitle];
        var reason = Entered.Text(input.Reason);
        if (reason is null) errors["reason"] = [Text.Of("请填写奖惩事由。", "Give the reason.")];
        else if (Limits.TooLong(reason, Limits.Body) is { } longReason) errors["reason"] = [longReason];
        if (input.AwardedOn is not { } on) errors["awardedOn"] = [Text.Of("请填写奖惩日期。", "Give the day.")];
        else if (on > campaign.Today) errors["awardedOn"] = [Text.Of("奖惩日期不能晚于今天。", "The day cannot be after today.")];
        if (errors.Count > 0) return Refuse.Fields(errors);
        var record = new AwardRecord
        {
            Kind = input.Kind!.Value, PersonId = input.PersonId, OrganizationId = organizationId!.Value, Title = title!, Reason = reason!, AwardedOn = input.AwardedOn!.Value,
            RecordedBy = user.DisplayName, RecordedAt = campaign.Now,
        };
        db.Set<AwardRecord>().Add(record);
        await db.SaveChangesAsync(ct);
        return Result.Created($"/api/j/{campaign.Jurisdiction.Code}/banner-six-ones/awards/{record.Id}", (await RowsAsync([record], ct))[0]);
    }

    /// <summary>The records the caller sees: of the organizations they see, and their own.</summary>
    public async Task<IReadOnlyList<AwardRow>> ListAsync(long? personId, long? organizationId, CancellationToken ct)
    {
        var query = db.Set<AwardRecord>().AsQueryable();
        if (personId is { } p) query = query.Where(a => a.PersonId == p);
        if (organizationId is { } root)
        {
            var subtree = (await organizations.SubtreeAsync(root, ct)).Select(o => o.Id).ToList();
            query = query.Where(a => subtree.Contains(a.OrganizationId));
        }
        var rows = await query.OrderByDescending(a => a.AwardedOn).ThenByDescending(a => a.Id).ToListAsync(ct);
        var me = await user.PersonIdAsync(ct);
        var seen = user.ReadsAll() ? rows : [.. (await user.SeenAsync(rows, a => a.OrganizationId, ct)).Union(rows.Where(a => a.PersonId is not null && a.PersonId == me))];
        return await RowsAsync([.. seen.OrderByDescending(a => a.AwardedOn).ThenByDescending(a => a.Id)], ct);
    }

    /// <summary>Per member, the campaign year's awards and penalties (no permission check: the year-end page has checked the scope).</summary>
    public async Task<IReadOnlyDictionary<long, AwardCount>> PerMemberAsync(CancellationToken ct)
    {
        var rules = await campaign.RulesAsync(ct);
        var (from, to) = (new DateOnly(rules.Year, 1, 1), new DateOnly(rules.Year, 12, 31));
        var rows = await db.Set<AwardRecord>().Where(a => a.PersonId != null && a.AwardedOn >= from && a.AwardedOn <= to)
            .GroupBy(a => new { a.PersonId, a.Kind }).Select(g => new { g.Key.PersonId, g.Key.Kind, Count = g.Count() }).ToListAsync(ct);
        return rows.GroupBy(r => r.PersonId!.Value).ToDictionary(g => g.Key,
            g => new AwardCount(g.Where(r => r.Kind == AwardKind.Award).Sum(r => r.Count), g.Where(r => r.Kind == AwardKind.Penalty).Sum(r => r.Count)));
    }

    private async Task<IReadOnlyList<AwardRow>> RowsAsync(IReadOnlyList<AwardRecord> records, CancellationToken ct)
    {
        var tree = await organizations.TreeAsync(ct);
        var names = new Dictionary<long, string>();
        foreach (var id in records.Where(r => r.PersonId is not null).Select(r => r.PersonId!.Value).Distinct())
            if (await roster.FindAsync(id, ct) is { } person) names[id] = person.Name;
        return [.. records.Select(r => new AwardRow(r.Id, r.Kind, KindName(r.Kind), r.PersonId, r.PersonId is { } p ? names.GetValueOrDefault(p) : null,
            r.OrganizationId, tree.NameOf(r.OrganizationId), r.Title, r.Reason, r.AwardedOn, r.RecordedBy))];
    }
}
