using Microsoft.EntityFrameworkCore;
using Modular.Jurisdictions;
using Modular.Sdk;
using Modular.Sdk.Blocks;
using Modular.Sdk.Core;
using Modular.Sdk.Data;
using Modular.Sdk.Texts;

namespace Modular.BuildingBlocks;

/// <summary>
/// <see cref="IVersionedDocuments"/> over <c>blocks.documents</c>, <c>document_versions</c> and <c>document_comments</c>.
/// <see cref="SubmittedToUsAsync"/> reads across jurisdictions like the nominations reported up: only what was submitted here.
/// </summary>
internal sealed class VersionedDocumentService(BlocksDbContext db, BlocksActor actor, IRoster roster, IOrganizationDirectory organizations,
    JurisdictionDirectory jurisdictions) : IVersionedDocuments
{
    private static string NoSuch => Text.Of("没有这份文稿。", "No such document.");

    public async Task<Result<DocumentInfo>> CreateAsync(DocumentInput input, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(input.Title)) return Refuse.Field("title", Text.Of("请填写标题。", "Give the title."));
        if (Limits.TooLong(input.Title.Trim(), Limits.Line) is { } longTitle) return Refuse.Field("title", longTitle);
        if (BodyProblem(input.Body) is { } badBody) return badBody;
        if (input.OwnerPersonId is { } owner && await roster.PersonProblemAsync(owner, ct) is { } noPerson) return Refuse.Field("ownerPersonId", noPerson);
        if (input.OrganizationId is { } org && await organizations.OrganizationProblemAsync(org, ct) is { } noOrganization) return Refuse.Field("organizationId", noOrganization);
        var document = new Document
        {
            PluginId = input.Kind.PluginId, Kind = input.Kind.Kind, Title = input.Title.Trim(), OwnerPersonId = input.OwnerPersonId, OrganizationId = input.OrganizationId, Version = 1,
        };
        db.Documents.Add(document);
        await db.SaveChangesAsync(ct); // the id, for the first version's key
        var first = NewVersion(document, input.Body, note: null);
        await db.SaveChangesAsync(ct);
        return Result.Ok(document.ToInfo(first));
    }

    public async Task<Result<DocumentInfo>> ReviseAsync(long documentId, string body, int version, string? note = null, CancellationToken ct = default)
    {
        if (await db.Documents.AsTracking().SingleOrDefaultAsync(d => d.Id == documentId, ct) is not { } document) return Refuse.NotFound(NoSuch);
        if (document.Final) return Refuse.Field("version", Text.Of("文稿已定稿，不能再修改。", "The document is final."));
        if (BodyProblem(body) is { } badBody) return badBody;
        if (Limits.TooLong(note?.Trim(), Limits.Note) is { } longNote) return Refuse.Field("note", longNote);
        if (version != document.Version) return Refuse.Conflict();
        document.Version++;
        var revised = NewVersion(document, body, note);
        return await db.TrySaveAsync(ct) ? Result.Ok(document.ToInfo(revised)) : Refuse.Conflict(); // two revisions of one version: the key keeps one
    }

    public async Task<Result<DocumentComment>> CommentAsync(long documentId, int version, string text, long? personId = null, CancellationToken ct = default)
    {
        if (!await db.DocumentVersions.AnyAsync(v => v.DocumentId == documentId && v.Version == version, ct)) return Refuse.NotFound(NoSuch);
        if (string.IsNullOrWhiteSpace(text)) return Refuse.Field("text", Text.Of("请写下意见。", "Write the comment."));
        if (Limits.TooLong(text.Trim(), Limits.Note) is { } tooLong) return Refuse.Field("text", tooLong);
        if (personId is { } person && await roster.PersonProblemAsync(person, ct) is { } noPerson) return Refuse.Field("personId", noPerson);
        var row = new DocumentCommentRow { DocumentId = documentId, Version = version, PersonId = personId, Text = text.Trim(), WrittenBy = actor.Name, At = actor.Now };
        db.DocumentComments.Add(row);
        await db.SaveChangesAsync(ct);
        return Result.Ok(row.ToInfo());
    }

    public async Task<Result<DocumentInfo>> FinalizeAsync(long documentId, int version, CancellationToken ct = default)
    {
        if (await db.Documents.AsTracking().SingleOrDefaultAsync(d => d.Id == documentId, ct) is not { } document) return Refuse.NotFound(NoSuch);
        if (version != document.Version) return Refuse.Conflict();
        document.Final = true;
        document.FinalizedAt = actor.Now;
        await db.SaveChangesAsync(ct);
        return Result.Ok(document.ToInfo(await CurrentAsync(document, ct)));
    }

    public async Task<DocumentInfo?> FindAsync(long documentId, CancellationToken ct = default) =>
        await db.Documents.SingleOrDefaultAsync(d => d.Id == documentId, ct) is { } document ? document.ToInfo(await CurrentAsync(document, ct)) : null;

    public async Task<IReadOnlyList<DocumentInfo>> ListAsync(BlockKind kind, long? organizationId = null, long? ownerPersonId = null, CancellationToken ct = default)
    {
        // Each document with its current version, in one statement: not every earlier body too (every version is kept, and
        // a list shows the current text), and no window for a version written between two reads.
        var rows = await Listed(kind, organizationId, ownerPersonId)
            .Join(db.DocumentVersions, d => new { d.Id, d.Version }, v => new { Id = v.DocumentId, v.Version }, (d, v) => new { Document = d, Current = v })
            .OrderBy(r => r.Document.Id).ToListAsync(ct);
        return [.. rows.Select(r => r.Document.ToInfo(r.Current))];
    }

    public async Task<IReadOnlyList<DocumentInfo>> ListWithoutBodiesAsync(BlockKind kind, long? organizationId = null, long? ownerPersonId = null, CancellationToken ct = default)
    {
        // As ListAsync, reading the current version's length and not its text.
        var rows = await Listed(kind, organizationId, ownerPersonId)
            .Join(db.DocumentVersions, d => new { d.Id, d.Version }, v => new { Id = v.DocumentId, v.Version }, (d, v) => new { Document = d, v.CharacterCount })
            .OrderBy(r => r.Document.Id).ToListAsync(ct);
        return [.. rows.Select(r => r.Document.ToInfo("", r.CharacterCount))];
    }

    private IQueryable<Document> Listed(BlockKind kind, long? organizationId, long? ownerPersonId) =>
        db.Documents.Where(d => d.PluginId == kind.PluginId && d.Kind == kind.Kind
            && (organizationId == null || d.OrganizationId == organizationId) && (ownerPersonId == null || d.OwnerPersonId == ownerPersonId));

    public async Task<IReadOnlyList<DocumentVersion>> HistoryAsync(long documentId, CancellationToken ct = default)
    {
        var versions = await db.DocumentVersions.Where(v => v.DocumentId == documentId).OrderBy(v => v.Version).ToListAsync(ct);
        var comments = (await CommentRowsAsync(documentId, ct)).ToLookup(c => c.Version);
        return [.. versions.Select(v => new DocumentVersion(v.Version, v.Body, v.CharacterCount, v.Note, v.WrittenBy, v.WrittenAt, [.. comments[v.Version].Select(c => c.ToInfo())]))];
    }

    public async Task<IReadOnlyList<DocumentComment>> CommentsAsync(long documentId, CancellationToken ct = default) =>
        [.. (await CommentRowsAsync(documentId, ct)).Select(c => c.ToInfo())];

    private Task<List<DocumentCommentRow>> CommentRowsAsync(long documentId, CancellationToken ct) =>
        db.DocumentComments.Where(c => c.DocumentId == documentId).OrderBy(c => c.At).ThenBy(c => c.Id).ToListAsync(ct);

    public async Task<Result<DocumentInfo>> SubmitToParentAsync(long documentId, int version, CancellationToken ct = default)
    {
        if (await db.Documents.AsTracking().SingleOrDefaultAsync(d => d.Id == documentId, ct) is not { } document) return Refuse.NotFound(NoSuch);
        if (!document.Final) return Refuse.Field("version", Text.Of("只有定稿的文稿才能报送上级。", "Only a final document can be submitted up."));
        if (version != document.Version) return Refuse.Conflict();
        if (document.SubmittedToJurisdictionId is not null) return Refuse.Conflict(Text.Of("这份文稿已经报送上级。", "This document has been submitted already."));
        if (await jurisdictions.ParentOfAsync(db.CurrentJurisdictionId, ct) is not { } parentId)
            return Refuse.Field("jurisdiction", Text.Of("本辖区没有上级，无法报送。", "This jurisdiction has no parent to submit to."));
        document.SubmittedToJurisdictionId = parentId;
        document.SubmittedAt = actor.Now;
        document.SubmittedBy = actor.Name;
        await db.SaveChangesAsync(ct);
        return Result.Ok(document.ToInfo(await CurrentAsync(document, ct)));
    }

    public async Task<IReadOnlyList<SubmittedDocument>> SubmittedToUsAsync(string? pluginId = null, CancellationToken ct = default)
    {
        var query = SubmittedHere();
        if (pluginId is not null) query = query.Where(d => d.PluginId == pluginId);
        return await WithSubmittedTextAsync(await query.OrderBy(d => d.SubmittedAt).ThenBy(d => d.JurisdictionId).ThenBy(d => d.Id).ToListAsync(ct), ct);
    }

    public async Task<SubmittedDocument?> FindSubmittedToUsAsync(int fromJurisdictionId, long documentId, CancellationToken ct = default) =>
        (await WithSubmittedTextAsync(await SubmittedHere().Where(d => d.JurisdictionId == fromJurisdictionId && d.Id == documentId).ToListAsync(ct), ct))
        .SingleOrDefault();

    // The filter lifted for exactly one condition, submitted to the current jurisdiction; no-tracking, so nothing read here
    // can be saved back from the parent. The database's policy submitted_to_us says the same.
    private IQueryable<Document> SubmittedHere()
    {
        var me = db.CurrentJurisdictionId;
        return db.Documents.IgnoreQueryFilters().AsNoTracking().Where(d => me != 0 && d.SubmittedToJurisdictionId == me && d.Final);
    }

    // The submitted version is the current one: a submitted document is final, so it never gets another.
    private async Task<IReadOnlyList<SubmittedDocument>> WithSubmittedTextAsync(List<Document> documents, CancellationToken ct)
    {
        if (documents.Count == 0) return [];
        var me = db.CurrentJurisdictionId;
        var ids = documents.Select(d => d.Id).ToList();
        var versions = (await db.DocumentVersions.IgnoreQueryFilters().AsNoTracking()
                .Where(v => ids.Contains(v.DocumentId) && db.Documents.IgnoreQueryFilters().Any(d =>
                    d.JurisdictionId == v.JurisdictionId && d.Id == v.DocumentId && d.Version == v.Version && d.SubmittedToJurisdictionId == me))
                .ToListAsync(ct))
            .ToDictionary(v => (v.JurisdictionId, v.DocumentId));
        return [.. documents.Select(d => new SubmittedDocument(d.JurisdictionId, d.ToInfo(versions[(d.JurisdictionId, d.Id)]), d.SubmittedAt!.Value, d.SubmittedBy))];
    }

    private DocumentVersionRow NewVersion(Document document, string body, string? note)
    {
        var row = new DocumentVersionRow
        {
            DocumentId = document.Id, Version = document.Version, Body = body.Trim(), CharacterCount = CharacterCount.Of(body.Trim()),
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(), WrittenBy = actor.Name, WrittenAt = actor.Now,
        };
        db.DocumentVersions.Add(row);
        return row;
    }

    private Task<DocumentVersionRow> CurrentAsync(Document document, CancellationToken ct) =>
        db.DocumentVersions.SingleAsync(v => v.DocumentId == document.Id && v.Version == document.Version, ct);

    private static Refusal? BodyProblem(string? body) =>
        string.IsNullOrWhiteSpace(body) ? Refuse.Field("body", Text.Of("正文不能为空。", "The text cannot be empty."))
        : Limits.TooLong(body.Trim(), Limits.Body) is { } tooLong ? Refuse.Field("body", tooLong) : null;
}
