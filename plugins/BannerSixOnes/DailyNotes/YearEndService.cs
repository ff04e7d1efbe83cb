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

/// <summary>The year-end result per member, for one organization's subtree or the whole banner.</summary>
public sealed record YearEndReport(string Scope, DateOnly AsOf, int DaysDue, IReadOnlyList<YearEndLine> Lines);

/// <summary>
/// 年终实绩考核: every member's days with a note out of the days due from campaign.start up to today
/// (the whole campaign once it is over), hours, and Q1–Q4 verdicts (— for quarters outside the campaign).
/// </summary>
public sealed class YearEndService(
    SixOnesCampaign campaign, ICurrentUser user, IRoster roster, IOrganizationDirectory organizations, SixOnesDbContext db, NoteFigures figures)
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

    /// <summary>The report of an organization's subtree, or of the whole jurisdiction (the office's and auditors' only).</summary>
    public async Task<Result<YearEndReport>> ReportAsync(long? organizationId, CancellationToken ct)
    {
        var rules = await campaign.RulesAsync(ct);
        var all = await organizations.ListAsync(ct);
        var names = all.ToDictionary(o => o.Id, o => o.Name);
        string scope;
        if (organizationId is { } root)
        {
            if (!names.TryGetValue(root, out var rootName)) return Result<YearEndReport>.NotFound(Text.Of("没有这个组织。", "No such organization."));
            if (!await user.MaySeeOrganizationAsync(root, ct)) return Result<YearEndReport>.Forbidden(Text.Of("无权查看该组织的学习笔记。", "You may not read this organization's notes."));
            scope = rootName;
        }
        else if (user.IsJurisdictionAdmin || user.IsAuditor) scope = campaign.Jurisdiction.Name;
        else return Result<YearEndReport>.Forbidden(Text.Of("全旗汇总仅限旗创先争优办查看。", "Only the banner office sees the whole banner's summary."));

        var members = await roster.MembersAsync(new RosterQuery { SubtreeRootId = organizationId }, ct);
        var asOf = campaign.Today < rules.CampaignEnd ? campaign.Today : rules.CampaignEnd;
        var daysDue = rules.DaysDueUpTo(asOf);
        var counts = await figures.PerMemberAsync([.. members.Select(m => m.Id)], rules.CampaignStart, asOf, ct);
        var verdicts = await VerdictsAsync(rules, ct);
        var lines = members.Select(m =>
        {
            counts.TryGetValue(m.Id, out var c);
            var quarters = Enumerable.Range(1, 4).Select(q => QuarterResult(rules, verdicts, m, Quarter.Of(rules.Year, q))).ToList();
            return new YearEndLine(m.Id, m.Name, m.OrganizationId, names.GetValueOrDefault(m.OrganizationId, ""), daysDue, c?.Notes ?? 0, c?.Hours ?? 0, quarters) { Short = c?.Short ?? 0 };
        }).OrderBy(l => l.OrganizationName, StringComparer.Ordinal).ThenBy(l => l.Name, StringComparer.Ordinal).ToList();
        return Result<YearEndReport>.Ok(new YearEndReport(scope, asOf, daysDue, lines));
    }

    private static string QuarterResult(SixOnesRules rules, Dictionary<(long Org, string Quarter), (bool Closed, Dictionary<long, bool> ByPerson)> verdicts, PersonInfo m, Quarter q)
    {
        if (!rules.Quarters.Contains(q)) return NotInCampaign;
        if (!verdicts.TryGetValue((m.OrganizationId, q.Key), out var inspection) || !inspection.ByPerson.TryGetValue(m.Id, out var accepted))
            return NotInspected;
        var verdict = accepted ? Passed : Returned;
        return inspection.Closed ? verdict : verdict + Inspecting;
    }

    // Every inspection of the year with its verdicts: a few rows per branch and quarter.
    private async Task<Dictionary<(long, string), (bool, Dictionary<long, bool>)>> VerdictsAsync(SixOnesRules rules, CancellationToken ct)
    {
        var prefix = $"{rules.Year}-Q";
        var inspections = await db.Inspections.Where(i => i.QuarterKey.StartsWith(prefix)).ToListAsync(ct);
        var ids = inspections.Select(i => i.Id).ToList();
        var rows = await db.Verdicts.Where(v => ids.Contains(v.InspectionId)).Select(v => new { v.InspectionId, v.PersonId, v.Accepted }).ToListAsync(ct);
        var byInspection = rows.GroupBy(r => r.InspectionId).ToDictionary(g => g.Key, g => g.ToDictionary(r => r.PersonId, r => r.Accepted));
        return inspections.ToDictionary(i => (i.OrganizationId, i.QuarterKey),
            i => (i.IsClosed, byInspection.GetValueOrDefault(i.Id) ?? []));
    }
}
