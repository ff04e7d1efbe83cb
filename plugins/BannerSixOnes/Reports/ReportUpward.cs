namespace Modular.Plugins.BannerSixOnes.Reports;

/// <summary>
/// How a research report travels up (择优上报盟、自治区参加评比) on the SDK's two cross-jurisdiction channels: the nomination
/// (<see cref="INominations.ReportToParentAsync"/>, whose <see cref="ParentDecisionInfo"/> carries the appraisal back) and,
/// beside it, the report in full as a final document (<see cref="IVersionedDocuments.SubmitToParentAsync"/>), which is all the
/// parent reads. The two are paired by the document's title, which is the nomination's nominee name (《题目》（姓名，单位）).
/// </summary>
public static class ReportUpward
{
    /// <summary>The lines above the report's text in the document sent up.</summary>
    public static string Header(string from, string? author, string unit, string topic, int characters, string reason) =>
        $"报送单位：{from}\n作者：{author}{(unit.Length > 0 ? "（" + unit + "）" : "")}\n调研专项：{topic}\n字数：{characters}\n推荐理由：{reason}\n\n";

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
/// The receiving office's appraisal (评比) of a reported report: a grade, a comment, and whether it forwarded the report one
/// level further. The SDK's parent decision holds only selected-or-not and a reason, so the grade and the forward are written
/// into the reason as <c>评比：二等；意见：…；已转报上一级</c> and read back from it (a decision made elsewhere, e.g. through the
/// host's blocks API, shows as 入选 / 未入选 with its reason as the comment).
/// </summary>
public sealed record ReportAppraisal(string Grade, string? Comment, bool Forwarded, bool Selected, string? Actor, DateTimeOffset At)
{
    public const string NoAward = "未获奖";
    public static readonly IReadOnlyList<string> Grades = ["一等", "二等", "三等", "优秀", NoAward];
    private const string GradeMark = "评比：", CommentMark = "；意见：", ForwardMark = "；已转报上一级";

    public static string GradeText(string grade) => grade switch
    {
        "一等" => Text.Of("一等", "First prize"), "二等" => Text.Of("二等", "Second prize"), "三等" => Text.Of("三等", "Third prize"),
        "优秀" => Text.Of("优秀", "Excellent"), NoAward => Text.Of(NoAward, "No award"),
        "入选" => Text.Of("入选", "Selected"), "未入选" => Text.Of("未入选", "Not selected"), _ => grade,
    };

    public static string Reason(string grade, string? comment, bool forwarded) =>
        GradeMark + grade + (string.IsNullOrWhiteSpace(comment) ? "" : CommentMark + comment.Trim()) + (forwarded ? ForwardMark : "");

    public static ReportAppraisal? Of(ParentDecisionInfo? decision)
    {
        if (decision is null) return null;
        var reason = decision.Reason ?? "";
        if (!reason.StartsWith(GradeMark, StringComparison.Ordinal))
            return new(decision.Selected ? "入选" : "未入选", Entered.Text(reason), false, decision.Selected, decision.Actor, decision.At);
        var forwarded = reason.EndsWith(ForwardMark, StringComparison.Ordinal);
        var rest = reason[GradeMark.Length..^(forwarded ? ForwardMark.Length : 0)];
        var split = rest.IndexOf(CommentMark, StringComparison.Ordinal);
        var grade = split < 0 ? rest : rest[..split];
        var comment = split < 0 ? null : rest[(split + CommentMark.Length)..];
        return new(grade, comment, forwarded, decision.Selected, decision.Actor, decision.At);
    }

    /// <summary>As one line: 二等（意见）.</summary>
    public string Summary => GradeText(Grade) + (Comment is null ? "" : Text.Of($"：{Comment}", $": {Comment}"));
}
