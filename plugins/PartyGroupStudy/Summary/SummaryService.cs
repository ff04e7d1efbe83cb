using Modular.Plugins.PartyGroupStudy.LeadingGroup;

namespace Modular.Plugins.PartyGroupStudy.Summary;

/// <summary>A draft (version 0 for the first) or the next version from the one read, with a note of what changed.</summary>
public sealed record SummaryInput(string? Body, int Version, string? Note = null);

/// <summary>A comment on a version of the draft (征求意见).</summary>
public sealed record SummaryCommentInput(int Version, string? Text);

/// <summary>The report as the user reads it: null before a draft; its versions with their comments.</summary>
public sealed record SummaryView(DocumentInfo? Document, IReadOnlyList<DocumentVersion> Versions, DateOnly? SubmittedOn);

/// <summary>
/// 四(三)5 形成总结报告: “认真总结学习实践活动的经验和成效……形成总结报告，报县委学习实践活动领导小组。” The office drafts the party
/// group's report (versions kept, members comment), makes it final and submits the final text to the county leading group
/// — the parent jurisdiction (上报), which reads it on its review desk.
/// </summary>
public sealed class SummaryService(IVersionedDocuments documents, GroupOffice office, PartyGroupStudyCampaign campaign)
{
    public static readonly BlockKind Kind = new(PartyGroupStudyStartup.PluginId, "summary-report");

    public static readonly LocalizedText Title = new("县政府党组深入学习实践科学发展观活动总结报告", "The party group's summary report on the campaign");

    private static string NoDraft => Text.Of("还没有总结报告的草稿。", "There is no draft of the summary report yet.");

    public async Task<Result<SummaryView>> GetAsync(CancellationToken ct)
    {
        if (!await office.MayReadGroupAsync(ct)) return Refuse.Forbidden(Text.Of("只有党组成员和领导小组办公室可以查看总结报告。", "Only the party group's members and the office may read the report."));
        var document = await DocumentAsync(ct);
        return Result.Ok(new SummaryView(document, document is null ? [] : await documents.HistoryAsync(document.Id, ct),
            document?.SubmittedAt is { } at ? campaign.LocalDay(at) : null));
    }

    /// <summary>The first draft (version 0) or the next version from the one read; refused once final.</summary>
    public async Task<Result<DocumentInfo>> SaveAsync(SummaryInput input, CancellationToken ct)
    {
        if (!await office.MayRunAsync(ct)) return Refuse.Forbidden(GroupOffice.OnlyOffice);
        if (Entered.Text(input.Body) is not { } body) return Refuse.Field("body", Text.Of("请填写总结报告。", "Write the report."));
        var document = await DocumentAsync(ct);
        if (document is null)
        {
            if (input.Version != 0) return Refuse.Conflict();
            if (await office.GroupAsync(ct) is not { } group) return Refuse.Field("organizationId", Text.Of("本辖区还没有党组。", "The jurisdiction has no party group."));
            var created = await documents.CreateAsync(new DocumentInput(Kind, Title.ZhCn, body, OrganizationId: group.Id), ct);
            return created.Succeeded ? Result.Created("summary-report", created.Value!) : created;
        }
        if (input.Version == 0) return Refuse.Conflict(Text.Of("总结报告已有草稿，请在最新版本上修改。", "The report has a draft; revise its latest version."));
        return await documents.ReviseAsync(document.Id, body, input.Version, Entered.Text(input.Note), ct);
    }

    /// <summary>A member of the group (or the office) comments on a version.</summary>
    public async Task<Result<DocumentComment>> CommentAsync(SummaryCommentInput input, CancellationToken ct)
    {
        if (!await office.MayReadGroupAsync(ct)) return Refuse.Forbidden(Text.Of("只有党组成员和领导小组办公室可以提出意见。", "Only the party group's members and the office comment."));
        if (await DocumentAsync(ct) is not { } document) return Refuse.Field("version", NoDraft);
        if (Entered.Text(input.Text) is not { } text) return Refuse.Field("text", Text.Of("请填写意见。", "Write the comment."));
        return await documents.CommentAsync(document.Id, input.Version, text, (await office.MeAsync(ct))?.PersonId, ct);
    }

    /// <summary>定稿 at the version read.</summary>
    public async Task<Result<DocumentInfo>> FinalizeAsync(int version, CancellationToken ct)
    {
        if (!await office.MayRunAsync(ct)) return Refuse.Forbidden(GroupOffice.OnlyOffice);
        return await DocumentAsync(ct) is { } document ? await documents.FinalizeAsync(document.Id, version, ct) : Refuse.Field("version", NoDraft);
    }

    /// <summary>上报: the final report goes to the parent jurisdiction (the county leading group), once.</summary>
    public async Task<Result<DocumentInfo>> SubmitAsync(int version, CancellationToken ct)
    {
        if (!await office.MayRunAsync(ct)) return Refuse.Forbidden(GroupOffice.OnlyOffice);
        return await DocumentAsync(ct) is { } document ? await documents.SubmitToParentAsync(document.Id, version, ct) : Refuse.Field("version", NoDraft);
    }

    /// <summary>The party group's report (no permission check: the steps read it too).</summary>
    public async Task<DocumentInfo?> DocumentAsync(CancellationToken ct) =>
        await office.GroupAsync(ct) is { } group ? (await documents.ListAsync(Kind, group.Id, cancellationToken: ct)).LastOrDefault() : null;
}
