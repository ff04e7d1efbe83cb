namespace Modular.Plugins.BannerSixOnes.Reports;

/// <summary>
/// How a research report travels up (择优上报盟、自治区参加评比) on the SDK's two cross-jurisdiction channels: the nomination
/// (<see cref="INominations.ReportToParentAsync"/>, whose <see cref="ParentDecisionInfo"/> carries the appraisal back) and,
/// beside it, the report in full as a final document (<see cref="IVersionedDocuments.SubmitToParentAsync"/>), which is all the
/// parent reads. The nomination names the document (<see cref="NominationInfo.DocumentId"/>), and the parent's decision carries
/// the grade, the comment and the forward (<see cref="ParentDecisionInput"/>).
/// </summary>
public static class ReportUpward
{
    /// <summary>The lines above the report's text in the document sent up.</summary>
    public static string Header(string? author, string unit, string topic, int characters, string reason) =>
        $"作者：{author}{(unit.Length > 0 ? "（" + unit + "）" : "")}\n调研专项：{topic}\n字数：{characters}\n推荐理由：{reason}\n\n";

    /// <summary>Creates the document, makes it final and submits it to the parent jurisdiction.</summary>
    public static async Task<Result<DocumentInfo>> SubmitAsync(IVersionedDocuments documents, BlockKind kind, string title, string body, CancellationToken ct)
    {
        var created = await documents.CreateAsync(new DocumentInput(kind, title, body), ct);
        if (!created.Succeeded) return created;
        var final = await documents.FinalizeAsync(created.Value!.Id, created.Value.Version, ct);
        if (!final.Succeeded) return final;
        return await documents.SubmitToParentAsync(final.Value!.Id, final.Value.Version, ct);
    }
}

/// <summary>
/// The receiving office's appraisal (评比) of a reported report, as the SDK's parent decision holds it: a grade, a comment (the
/// decision's reason), and whether it forwarded the report one level further. A decision made elsewhere without a grade (e.g.
/// through the host's blocks API) shows as 入选 / 未入选.
/// </summary>
public sealed record ReportAppraisal(string Grade, string? Comment, bool Forwarded, bool Selected, string? Actor, DateTimeOffset At)
{
    public const string NoAward = "未获奖";
    public static readonly IReadOnlyList<string> Grades = ["一等", "二等", "三等", "优秀", NoAward];

    public static string GradeText(string grade) => grade switch
    {
        "一等" => Text.Of("一等", "First prize"), "二等" => Text.Of("二等", "Second prize"), "三等" => Text.Of("三等", "Third prize"),
        "优秀" => Text.Of("优秀", "Excellent"), NoAward => Text.Of(NoAward, "No award"),
        "入选" => Text.Of("入选", "Selected"), "未入选" => Text.Of("未入选", "Not selected"), _ => grade,
    };

    public static ReportAppraisal? Of(ParentDecisionInfo? decision) => decision is null ? null
        : new(decision.Grade ?? (decision.Selected ? "入选" : "未入选"), Entered.Text(decision.Reason), decision.Forwarded, decision.Selected, decision.Actor, decision.At);

    /// <summary>As one line: 二等（意见）.</summary>
    public string Summary => GradeText(Grade) + (Comment is null ? "" : Text.Of($"：{Comment}", $": {Comment}"));
}
