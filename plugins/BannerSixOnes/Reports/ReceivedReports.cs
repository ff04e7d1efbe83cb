using Modular.Plugins.BannerSixOnes.Common;

namespace Modular.Plugins.BannerSixOnes.Reports;

/// <param name="FromJurisdictionId">The child jurisdiction that reported it (the banner; for the region, the league).</param>
/// <param name="From">Its name.</param>
/// <param name="NominationId">The child's nomination, as the SDK names it in <see cref="INominations.ReportedToUsAsync"/>.</param>
/// <param name="Title">《题目》（作者，单位）.</param>
public sealed record ReceivedRow(int FromJurisdictionId, string From, long NominationId, string Title, string Reason, string PeriodKey, DateTimeOffset? ReportedAt,
    long? DocumentId, int Characters, ReportAppraisal? Appraisal, ReceivedForwardInfo? Forward)
{
    /// <summary>Where a forwarded report began (the banner, when the league forwarded it to the region); null when the child wrote it.</summary>
    public string? OriginFrom { get; init; }
}

/// <summary>This office's forward one level up (转报) and what that level decided (<paramref name="Above"/>, null until it appraises).</summary>
public sealed record ReceivedForwardInfo(DateTimeOffset At, string? By, ReportAppraisal? Above);

/// <summary>A received report with its full text (null when only the nomination came, e.g. reported before the full text was sent).</summary>
public sealed record ReceivedDetail(ReceivedRow Row, string? Body);

public sealed record AppraisalInput(string? Grade, string? Comment, bool? Forward);

/// <summary>
/// The receiving office's side of 择优上报盟、自治区参加评比, in the league's (or the region's) own jurisdiction with this plugin on:
/// the research reports child jurisdictions reported here — and nothing else of theirs, the SDK's reads across jurisdictions
/// giving exactly the reported nominations and the documents submitted here — read in full, appraised once (一等 / 二等 /
/// 三等 / 优秀 / 未获奖 and a comment), and, when this office chooses, forwarded one level further in the same step
/// (<see cref="INominations.ForwardReportedAsync"/>: the decision, the forward and the text with this office's appraisal, in one
/// transaction). The child sees the appraisal and the forward on its report, and the next level's appraisal too
/// (<see cref="NominationInfo.DecisionsAbove"/>); this office sees the next level's appraisal on its forward.
/// </summary>
public sealed class ReceivedReports(INominations nominations, IVersionedDocuments documents, ICurrentUser user, SixOnesCampaign campaign)
{
    public const int CommentMax = 1_000;

    /// <summary>The office (jurisdiction admin) of the receiving jurisdiction reads and appraises.</summary>
    public bool MayAppraise => user.IsJurisdictionAdmin;

    private static Refusal NotOffice => Refuse.Forbidden(Text.Of("上报的调研报告由本级创先争优活动办公室阅评。", "The office reads and appraises the reports reported here."));
    private static Refusal NoSuch => Refuse.NotFound(Text.Of("没有上报到本级的这份调研报告。", "No such report reported here."));

    public async Task<Result<IReadOnlyList<ReceivedRow>>> ListAsync(CancellationToken ct)
    {
        if (!MayAppraise) return NotOffice;
        return Result.Ok(await RowsAsync(ct));
    }

    public async Task<Result<ReceivedDetail>> ReadAsync(int from, long nominationId, CancellationToken ct)
    {
        if (!MayAppraise) return NotOffice;
        var (row, body) = await FindAsync(from, nominationId, ct);
        return row is null ? NoSuch : Result.Ok(new ReceivedDetail(row, body));
    }

    /// <summary>评比: once (409 after); 未获奖 is not forwarded; forwarding needs a parent and an organization here to forward from (400 <c>forward</c>).</summary>
    public async Task<Result<ReceivedDetail>> AppraiseAsync(int from, long nominationId, AppraisalInput input, CancellationToken ct)
    {
        if (!MayAppraise) return NotOffice;
        var (row, body) = await FindAsync(from, nominationId, ct);
        if (row is null) return NoSuch;
        var grade = input.Grade?.Trim() ?? "";
        var comment = Entered.Text(input.Comment);
        var forward = input.Forward is true;
        var errors = new Dictionary<string, string[]>();
        if (!ReportAppraisal.Grades.Contains(grade))
            errors["grade"] = [Text.Of($"请评定等次：{string.Join("、", ReportAppraisal.Grades)}。", "Choose the grade: first, second, third prize, excellent or no award.")];
        if (comment?.Length > CommentMax) errors["comment"] = [Text.Of($"评语不超过 {CommentMax} 字。", $"The comment is at most {CommentMax} characters.")];
        if (forward && grade == ReportAppraisal.NoAward) errors["forward"] = [Text.Of("未获奖的调研报告不转报上一级。", "A report without an award is not forwarded.")];
        if (errors.Count > 0) return Refuse.Fields(errors);
        if (row.Appraisal is not null) return Refuse.Conflict(Text.Of("该调研报告已评比。", "This report has been appraised already."));

        // 转报 is one SDK call: the decision, this office's forward and the text with its appraisal, submitted up, all in one
        // transaction — another office deciding at the same moment leaves nothing forwarded.
        var decided = forward
            ? await nominations.ForwardReportedAsync(from, nominationId, new ForwardInput(true, grade, comment,
                new DocumentInput(ResearchReports.Kind, row.Title, $"{campaign.Jurisdiction.Name}评比：{grade}{(comment is null ? "" : "。" + comment)}\n\n{body}")), ct)
            : await nominations.DecideReportedAsync(from, nominationId, new ParentDecisionInput(grade != ReportAppraisal.NoAward, grade, comment), ct);
        if (!decided.Succeeded)
            return decided.Field is "jurisdiction" or "organization" ? Result<ReceivedDetail>.Refused("forward", ForwardRefused(decided)) : Refuse.As(decided);
        var (after, text) = await FindAsync(from, nominationId, ct);
        return Result.Ok(new ReceivedDetail(after!, text));
    }

    private static string ForwardRefused(Result<NominationInfo> refused) =>
        refused.Field == "organization" ? Text.Of("本级尚未建立组织（领导小组办公室或党委），无法转报。", "This jurisdiction has no organization to forward from.")
        : refused.Errors.GetValueOrDefault("jurisdiction")?.FirstOrDefault() ?? Text.Of("无法转报上一级。", "Cannot forward it.");

    private async Task<(ReceivedRow? Row, string? Body)> FindAsync(int from, long nominationId, CancellationToken ct)
    {
        var rows = await RowsAsync(ct, from, nominationId);
        if (rows.Count == 0) return (null, null);
        var row = rows[0];
        var body = row.DocumentId is { } id ? (await documents.FindSubmittedToUsAsync(from, id, ct))?.Document.Body : null;
        return (row, body);
    }

    private async Task<IReadOnlyList<ReceivedRow>> RowsAsync(CancellationToken ct, int? from = null, long? nominationId = null)
    {
        var reported = (await nominations.ReportedToUsAsync(ResearchReports.PluginId, ct))
            .Where(n => n.Kind == ResearchReports.Kind.Kind && (from is null || n.JurisdictionId == from) && (nominationId is null || n.Id == nominationId)).ToList();
        if (reported.Count == 0) return [];
        var submitted = (await documents.SubmittedToUsAsync(ResearchReports.PluginId, ct)).Where(d => d.Document.Kind == ResearchReports.Kind.Kind).ToList();
        var rows = new List<ReceivedRow>();
        foreach (var n in reported)
        {
            var document = submitted.FirstOrDefault(d => d.FromJurisdictionId == n.JurisdictionId && d.Document.Id == n.DocumentId)?.Document;
            // 转报 is this office's own nomination, named on its decision; the next level's appraisal comes back on that one.
            ReceivedForwardInfo? up = null;
            if (n.ParentDecision?.ForwardedAsNominationId is { } ownId && await nominations.FindAsync(ownId, ct) is { ReportedAt: { } at } own)
                up = new(at, own.Steps.LastOrDefault(s => s.Decision == NominationDecision.ReportedUp)?.Actor, ReportAppraisal.Of(own.ParentDecision));
            rows.Add(new ReceivedRow(n.JurisdictionId, n.JurisdictionName ?? $"#{n.JurisdictionId}", n.Id, n.NomineeName, n.Reason, n.PeriodKey, n.ReportedAt, document?.Id, document?.CharacterCount ?? 0,
                ReportAppraisal.Of(n.ParentDecision), up) { OriginFrom = n.OriginJurisdictionName });
        }
        return rows;
    }
}
