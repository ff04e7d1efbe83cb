using Modular.Plugins.InstituteBranchPlan.Common;
using Modular.Plugins.InstituteBranchPlan.LeadingGroup;

namespace Modular.Plugins.InstituteBranchPlan.Summary;

/// <summary>The branch's summary in its three parts, at the version read (0 for the first draft).</summary>
public sealed record BranchSummaryInput(string? Experience, string? Shortcomings, string? Measures, int Version, string? Note = null)
{
    public IReadOnlyDictionary<string, string?> Parts => new Dictionary<string, string?> { ["experience"] = Experience, ["shortcomings"] = Shortcomings, ["measures"] = Measures };
}

/// <summary>A member's report in its two parts: whose (default the signed-in member; the branch may record one for a member).</summary>
public sealed record MemberReportInput(long? PersonId, string? Participation, string? Pledge)
{
    public IReadOnlyDictionary<string, string?> Parts => new Dictionary<string, string?> { ["participation"] = Participation, ["pledge"] = Pledge };
}

/// <summary>The branch's review of a report: accepted, or returned with what to add.</summary>
public sealed record ReportReviewInput(bool Accept, string? Comment);

public sealed record MemberReportLine(long PersonId, string Name, CountedTextInfo? Report, IReadOnlyDictionary<string, string> Parts, DateOnly? HandedInOn, DueState State, string StateName);

public sealed record BranchReports(long BranchId, string Branch, IReadOnlyList<MemberReportLine> Lines)
{
    public int HandedIn => Lines.Count(l => l.Report is not null);
    public int Accepted => Lines.Count(l => l.Report?.State == TextReviewState.Accepted);
}

/// <summary>
/// 年度总结: the branch drafts its summary (versions kept, then final) and every member reports; the branch accepts or returns
/// each report. For the API, the pages and the demo alike.
/// </summary>
public sealed class SummaryService(BranchDocuments branchDocuments, ICountedTexts texts, IRoster roster, IOrganizationDirectory directory, ICurrentUser user,
    BranchOffice office, InstituteBranchPlanCampaign campaign, IObligationRecords obligations)
{
    private static string NoReport(long id) => Text.Of($"没有编号为 {id} 的个人总结。", $"There is no year-end report {id}.");

    public Task<Result<BranchDocumentView>> BranchSummaryAsync(long branchId, CancellationToken ct) =>
        branchDocuments.ReadAsync(SummaryRule.BranchSummaryDocument, branchId, ct);

    /// <summary>A first draft (version 0) or the next version of the branch's summary; refused once final.</summary>
    public Task<Result<BranchDocumentView>> SaveBranchSummaryAsync(long branchId, BranchSummaryInput input, CancellationToken ct) =>
        branchDocuments.SaveAsync(SummaryRule.BranchSummaryDocument, branchId, input.Parts, input.Version, input.Note, ct);

    /// <summary>定稿: the version read becomes the branch's summary; the branch's obligation is met.</summary>
    public Task<Result<BranchDocumentView>> FinalizeBranchSummaryAsync(long branchId, int version, CancellationToken ct) =>
        branchDocuments.FinalizeAsync(SummaryRule.BranchSummaryDocument, branchId, version, ct);

    /// <summary>A member's report (their own, or the branch's record of one): handing it in again replaces it until accepted.</summary>
    public async Task<Result<CountedTextInfo>> SubmitReportAsync(MemberReportInput input, CancellationToken ct)
    {
        var handIn = await office.HandInForAsync(input.PersonId, Text.Of("只能提交本人的个人总结，或由所在支部代为登记。", "Hand in your own report; the branch may record one for a member."), ct);
        if (!handIn.Succeeded) return Refuse.As(handIn);
        var personId = handIn.Value!.Id;
        var errors = DocumentParts.Problems(SummaryRule.MemberParts, input.Parts);
        if (errors.Count > 0) return Refuse.Fields(errors);
        var rules = await campaign.RulesAsync(ct);
        var existing = (await texts.ListAsync(new CountedTextQuery(SummaryRule.MemberReport) { AuthorPersonId = personId, From = rules.Start, To = rules.Start }, ct)).FirstOrDefault();
        if (existing?.State == TextReviewState.Accepted)
            return Refuse.Field("participation", Text.Of("个人总结已通过审阅，不能再修改。", "The report was accepted and can no longer be changed."));
        var saved = await texts.SubmitAsync(new CountedTextInput(SummaryRule.MemberReport, personId, rules.Start, DocumentParts.Compose(SummaryRule.MemberParts, input.Parts),
            rules.PeriodKey, Title: Text.Of("个人总结", "Year-end report")), ct);
        if (!saved.Succeeded) return saved;
        if (existing is null)
            await obligations.RecordAsync(SummaryObligations.MemberReport.Key, ObligedKind.Person, personId, rules.Start, $"member-report:{saved.Value!.Id}", saved.Value.SubmittedAt, ct);
        return existing is null ? Result.Created($"summary/reports/{saved.Value!.Id}", saved.Value) : saved;
    }

    /// <summary>The branch accepts a report or returns it with what is missing (the member hands it in again).</summary>
    public async Task<Result<CountedTextInfo>> ReviewReportAsync(long id, ReportReviewInput review, CancellationToken ct)
    {
        var report = await texts.FindAsync(id, ct);
        if (report is null || report.PluginId != SummaryRule.MemberReport.PluginId || report.Kind != SummaryRule.MemberReport.Kind
            || await roster.FindAsync(report.AuthorPersonId, ct) is not { } author || BranchOffice.BranchOf(await directory.TreeAsync(ct), author.OrganizationId) is not { } branch
            || !await office.MaySeeAsync(branch.Id, ct))
            return Refuse.NotFound(NoReport(id));
        if (!await office.MayRunAsync(branch.Id, ct))
            return Refuse.Forbidden(Text.Of("只有党支部（领导小组）可以审阅个人总结。", "Only the branch (its leading group) reviews the reports."));
        if (review.Accept) return await texts.AcceptAsync(id, ct);
        if (Entered.Text(review.Comment) is not { } comment) return Refuse.Field("comment", Text.Of("退回时请写明需要补充的内容。", "Say what to add when returning it."));
        return await texts.ReturnAsync(id, comment, ct);
    }

    public async Task<MemberReportLine?> MyReportAsync(CancellationToken ct)
    {
        if (await user.PersonIdAsync(ct) is not { } me || await roster.FindAsync(me, ct) is not { } person) return null;
        var rules = await campaign.RulesAsync(ct);
        var report = (await texts.ListAsync(new CountedTextQuery(SummaryRule.MemberReport) { AuthorPersonId = me, From = rules.Start, To = rules.Start }, ct)).FirstOrDefault();
        return Line(person, report, rules);
    }

    /// <summary>Every branch the user sees, each member's report and its state against the summary day.</summary>
    public async Task<IReadOnlyList<BranchReports>> BranchReportsAsync(CancellationToken ct)
    {
        var rules = await campaign.RulesAsync(ct);
        var reports = (await texts.ListAsync(new CountedTextQuery(SummaryRule.MemberReport) { From = rules.Start, To = rules.Start }, ct)).ToDictionary(r => r.AuthorPersonId);
        var branches = await office.BranchesSeenAsync(ct);
        var members = await office.MembersOfAsync(branches, ct);
        return [.. branches.Select(branch => new BranchReports(branch.Id, branch.Name,
            [.. members[branch.Id].OrderBy(m => m.Name, StringComparer.Ordinal).Select(m => Line(m, reports.GetValueOrDefault(m.Id), rules))]))];
    }

    private MemberReportLine Line(PersonInfo person, CountedTextInfo? report, InstituteRules rules)
    {
        var handedIn = report is null ? (DateOnly?)null : campaign.LocalDay(report.SubmittedAt);
        var state = SummaryRule.StateOf(rules, handedIn, campaign.Today);
        return new(person.Id, person.Name, report, DocumentParts.Parse(SummaryRule.MemberParts, report?.Body), handedIn, state, HandIn.StateName(state).ToString());
    }
}
