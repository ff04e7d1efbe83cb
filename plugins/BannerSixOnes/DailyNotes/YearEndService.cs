using Modular.Plugins.BannerSixOnes.Common;

namespace Modular.Plugins.BannerSixOnes.DailyNotes;

/// <summary>A member's year (年终实绩考核): days with a valid note of the days due, hours, and each quarter's verdict.</summary>
public sealed record YearEndLine(
    long PersonId, string Name, long OrganizationId, string OrganizationName, int DaysDue, int Notes, decimal Hours, IReadOnlyList<string> Quarters)
{
    public decimal Percent => DaysDue == 0 ? 100m : Math.Round(100m * Notes / DaysDue, 1, MidpointRounding.AwayFromZero);
    /// <summary>Days written but short on time (under dailyNote.studyHours): not in <see cref="Notes"/>.</summary>
    public int Short { get; init; }
}

/// <summary>The year-end result of a scope: every member's line (the ledger), or one page of them (the page and the API).</summary>
public sealed record YearEndReport(string Scope, DateOnly AsOf, int DaysDue, YearEndCompletion Completion, ListPage<YearEndLine> Lines);

/// <summary>
/// 年终实绩考核: every member's days with a note out of the days due from campaign.start up to today
/// (the whole campaign once it is over), hours, and Q1–Q4 verdicts (— for quarters outside the campaign).
/// </summary>
public sealed class YearEndService(
    SixOnesCampaign campaign, ICurrentUser user, IOrganizationDirectory organizations, SixOnesDbContext db, YearEndQuery query)
{
    public const string Passed = "通过", Returned = "退回", NotInspected = "未验收", NotInCampaign = "—";

    /// <summary>A quarter's result (<see cref="Passed"/>, …, “（检查中）” while open) in the user's language, for the page; the ledger keeps the Chinese.</summary>
    public static string Say(string result)
    {
        var open = result.EndsWith(Inspecting, StringComparison.Ordinal);
        var verdict = open ? result[..^Inspecting.Length] : result;
        var said = verdict switch
        {
            Passed => Text.Of(Passed, "Passed"), Returned => Text.Of(Returned, "Returned"), NotInspected => Text.Of(NotInspected, "Not inspected"), _ => verdict,
        };
        return open ? said + Text.Of(Inspecting, " (inspecting)") : said;
    }

    private const string Inspecting = "（检查中）";

    /// <param name="organizationId">An organization's subtree; null for the whole banner (the office and auditors only).</param>
    /// <summary>
    /// What a page or ledger shows when no organization is asked for: the whole jurisdiction for the office and auditors,
    /// an officer's or an inspector's first organization (the menu offers this page to inspectors too, as the dashboards do).
    /// </summary>
    public long? DefaultScope(long? organizationId) =>
        organizationId ?? (user.ReadsAll() ? null : user.OfficerOf.Concat(user.InspectorOf).Cast<long?>().FirstOrDefault());

    /// <summary>One page of the list of an organization's subtree, or of the whole jurisdiction (the office's and auditors' only).</summary>
    public Task<Result<YearEndReport>> PageAsync(YearEndFilter filter, PageRequest page, CancellationToken ct) =>
        ReportAsync(filter, page.Skip, page.PageSize, page.Page, ct);

    /// <summary>Every member's line of a subtree or of the whole jurisdiction, by branch and name (the ledger).</summary>
    public Task<Result<YearEndReport>> AllAsync(long? organizationId, CancellationToken ct) =>
        ReportAsync(new YearEndFilter(organizationId, Sort: YearEndSort.Branch), 0, null, 1, ct);

    private async Task<Result<YearEndReport>> ReportAsync(YearEndFilter filter, int skip, int? take, int page, CancellationToken ct)
    {
        var rules = await campaign.RulesAsync(ct);
        var tree = await organizations.TreeAsync(ct);
        var names = tree.All.ToDictionary(o => o.Id, o => o.Name);
        string scope;
        if (filter.OrganizationId is { } root)
        {
            if (!names.TryGetValue(root, out var rootName)) return Result<YearEndReport>.NotFound(Text.Of("没有这个组织。", "No such organization."));
            if (!await user.MaySeeOrganizationAsync(root, ct)) return Result<YearEndReport>.Forbidden(Text.Of("无权查看该组织的学习笔记。", "You may not read this organization's notes."));
            scope = rootName;
        }
        else if (user.IsJurisdictionAdmin || user.IsAuditor) scope = campaign.Jurisdiction.Name;
        else return Result<YearEndReport>.Forbidden(Text.Of("全旗汇总仅限旗创先争优办查看。", "Only the banner office sees the whole banner's summary."));

        var asOf = campaign.Today < rules.CampaignEnd ? campaign.Today : rules.CampaignEnd;
        var daysDue = rules.DaysDueUpTo(asOf);
        var rows = await query.RowsAsync(filter.OrganizationId is { } r ? tree.SubtreeIds(r) : null, names, rules.CampaignStart, asOf,
            daysDue, NoteFigures.ShortOfHundredths(rules), filter, skip, take, ct);
        var header = rows[0]; // the scope's counts ride on every row, and on the one row of an empty page
        var members = rows.Where(l => l.PersonId is not null).ToList();
        var verdicts = await VerdictsAsync(rules, take is null ? null : [.. members.Select(m => m.PersonId!.Value)], ct);
        var lines = members.Select(m =>
        {
            var (person, organization) = (m.PersonId!.Value, m.OrganizationId!.Value);
            var quarters = Enumerable.Range(1, 4).Select(q => QuarterResult(rules, verdicts, person, organization, Quarter.Of(rules.Year, q))).ToList();
            return new YearEndLine(person, m.Name!, organization, m.OrganizationName!, daysDue, m.Notes!.Value, m.Hundredths!.Value / 100m, quarters) { Short = m.Short!.Value };
        }).ToList();
        return Result<YearEndReport>.Ok(new YearEndReport(scope, asOf, daysDue, new YearEndCompletion(header.Complete, header.EightyOrMore, header.BelowEighty),
            new ListPage<YearEndLine>(lines, header.Total, page, take ?? Math.Max(header.Total, 1))));
    }

    // A member's quarter: the verdict of the inspection of the branch they are in now (a member moved since is 未验收 there).
    private static string QuarterResult(SixOnesRules rules, Dictionary<(long Person, long Organization, string Quarter), (bool Accepted, bool Closed)> verdicts,
        long person, long organization, Quarter q)
    {
        if (!rules.Quarters.Contains(q)) return NotInCampaign;
        if (!verdicts.TryGetValue((person, organization, q.Key), out var found)) return NotInspected;
        var verdict = found.Accepted ? Passed : Returned;
        return found.Closed ? verdict : verdict + Inspecting;
    }

    // The year's verdicts with their inspection's branch, quarter and state: of these members (a page), or of everyone.
    private async Task<Dictionary<(long, long, string), (bool, bool)>> VerdictsAsync(SixOnesRules rules, long[]? persons, CancellationToken ct)
    {
        var prefix = $"{rules.Year}-Q";
        var verdicts = db.Verdicts.AsQueryable();
        if (persons is not null) verdicts = verdicts.Where(v => persons.Contains(v.PersonId));
        var rows = await (from v in verdicts
                          join i in db.Inspections on v.InspectionId equals i.Id
                          where i.QuarterKey.StartsWith(prefix)
                          select new { v.PersonId, i.OrganizationId, i.QuarterKey, v.Accepted, Closed = i.ClosedAt != null }).ToListAsync(ct);
        return rows.ToDictionary(r => (r.PersonId, r.OrganizationId, r.QuarterKey), r => (r.Accepted, r.Closed));
    }
}
