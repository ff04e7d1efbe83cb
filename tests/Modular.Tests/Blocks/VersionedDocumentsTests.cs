using Modular.Sdk;
using Modular.Sdk.Blocks;
using Modular.Sdk.Core;
using Npgsql;

namespace Modular.Tests.Blocks;

/// <summary>
/// 分析检查报告: drafted, commented, revised at the version read, every version kept with its comments, then final; isolation;
/// the final text submitted to the parent jurisdiction (上报), which reads it and nothing else of the child.
/// </summary>
public sealed class VersionedDocumentsTests : IAsyncLifetime
{
    private static readonly BlockKind Report = new("party-group-study", "analysis-report");
    private BlocksTestDatabase _db = null!;
    private int _a, _b, _county, _group, _sibling;

    public async Task InitializeAsync()
    {
        _db = await BlocksTestDatabase.CreateAsync();
        _db.Organizations.Add(10, null, "县政府党组", OrganizationKind.PartyGroup);
        _db.People.AddIn(10, 21, 22);
        _a = await _db.AddJurisdictionAsync("county-a");
        _b = await _db.AddJurisdictionAsync("county-b");
        _county = await _db.AddJurisdictionAsync("xx-county");
        _group = await _db.AddJurisdictionAsync("county-gov", _county);
        _sibling = await _db.AddJurisdictionAsync("county-edu", _county);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task A_report_is_revised_version_by_version_with_comments_kept_until_it_is_final()
    {
        await using var scope = _db.Scope(_a);
        var documents = scope.ServiceProvider.GetRequiredService<IVersionedDocuments>();
        Assert.Equal("title", (await documents.CreateAsync(new(Report, " ", "正文"))).Field);
        Assert.Equal("body", (await documents.CreateAsync(new(Report, "分析检查报告", " "))).Field);
        Assert.Equal("ownerPersonId", (await documents.CreateAsync(new(Report, "分析检查报告", "正文", OwnerPersonId: 999))).Field);
        Assert.Equal("organizationId", (await documents.CreateAsync(new(Report, "分析检查报告", "正文", OrganizationId: 999))).Field);

        var draft = (await documents.CreateAsync(new(Report, "县政府党组分析检查报告", "初稿：存在的问题", 21, 10))).Value!;
        Assert.Equal((1, false, 8), (draft.Version, draft.Final, draft.CharacterCount));
        Assert.True((await documents.CommentAsync(draft.Id, 1, "问题查找不够深入", personId: 22)).Succeeded);
        Assert.Equal("personId", (await documents.CommentAsync(draft.Id, 1, "意见", personId: 999)).Field);
        Assert.Equal(ResultKind.NotFound, (await documents.CommentAsync(draft.Id, 7, "没有这一稿")).Kind);

        var second = (await documents.ReviseAsync(draft.Id, "二稿：存在的问题及原因分析", 1, "按意见补充原因分析")).Value!;
        Assert.Equal((2, "二稿：存在的问题及原因分析"), (second.Version, second.Body));
        Assert.Equal(ResultKind.Conflict, (await documents.ReviseAsync(draft.Id, "从一稿改的", 1)).Kind);
        await documents.CommentAsync(draft.Id, 2, "同意");

        var history = await documents.HistoryAsync(draft.Id);
        Assert.Equal([1, 2], history.Select(v => v.Version));
        Assert.Equal("问题查找不够深入", Assert.Single(history[0].Comments).Text);
        Assert.Equal(("按意见补充原因分析", "同意"), (history[1].Note, Assert.Single(history[1].Comments).Text));
        Assert.Equal([(1, 22L, "问题查找不够深入"), (2, null, "同意")], (await documents.CommentsAsync(draft.Id)).Select(c => (c.Version, c.PersonId, c.Text)));

        Assert.Equal(ResultKind.Conflict, (await documents.FinalizeAsync(draft.Id, 1)).Kind);
        Assert.Null(second.FinalizedAt);
        var final = (await documents.FinalizeAsync(draft.Id, 2)).Value!;
        Assert.True(final.Final);
        Assert.NotNull(final.FinalizedAt);
        Assert.Equal(final.FinalizedAt, (await documents.FindAsync(draft.Id))!.FinalizedAt);
        Assert.Equal("version", (await documents.ReviseAsync(draft.Id, "定稿后再改", 2)).Field);

        // Found by kind and owner: the current version of each, another kind's and another owner's left out.
        await documents.CreateAsync(new(Report, "另一份", "另一份正文", 22, 10));
        await documents.CreateAsync(new(new BlockKind("party-group-study", "speech"), "发言提纲", "提纲", 21, 10));
        var listed = await documents.ListAsync(Report, organizationId: 10);
        Assert.Equal([("二稿：存在的问题及原因分析", true), ("另一份正文", false)], listed.Select(d => (d.Body, d.Final)));
        Assert.Equal(draft.Id, Assert.Single(await documents.ListAsync(Report, ownerPersonId: 21)).Id);
        // Without the bodies: the same documents, states and lengths, and no text.
        var states = await documents.ListWithoutBodiesAsync(Report, organizationId: 10);
        Assert.Equal(listed.Select(d => d with { Body = "" }), states);
        Assert.Equal(draft.Id, Assert.Single(await documents.ListWithoutBodiesAsync(Report, ownerPersonId: 21)).Id);

        await using var other = _db.Scope(_b);
        var theirs = other.ServiceProvider.GetRequiredService<IVersionedDocuments>();
        Assert.Null(await theirs.FindAsync(draft.Id));
        Assert.Empty(await theirs.ListAsync(Report));
        Assert.Empty(await theirs.ListWithoutBodiesAsync(Report));
        Assert.Empty(await theirs.HistoryAsync(draft.Id));
        Assert.Empty(await theirs.CommentsAsync(draft.Id));
        Assert.Equal(ResultKind.NotFound, (await theirs.ReviseAsync(draft.Id, "别处的修改", 2)).Kind);
    }

    [Fact]
    public async Task A_final_report_is_submitted_to_the_parent_once_and_the_parent_reads_its_final_text_only()
    {
        long reportId, draftId;
        await using (var scope = _db.Scope(_group))
        {
            var documents = scope.ServiceProvider.GetRequiredService<IVersionedDocuments>();
            var report = (await documents.CreateAsync(new(Report, "县政府党组分析检查报告", "初稿", 21, 10))).Value!;
            reportId = report.Id;
            await documents.CommentAsync(report.Id, 1, "初稿的意见：不够深入", personId: 22);
            Assert.Equal("version", (await documents.SubmitToParentAsync(report.Id, 1)).Field); // not final yet
            await documents.ReviseAsync(report.Id, "定稿：存在的问题、原因和整改措施", 1, "按意见修改");
            await documents.CommentAsync(report.Id, 2, "同意定稿");
            await documents.FinalizeAsync(report.Id, 2);
            Assert.Equal(ResultKind.Conflict, (await documents.SubmitToParentAsync(report.Id, 1)).Kind); // a stale version: not what was read
            Assert.Equal(ResultKind.NotFound, (await documents.SubmitToParentAsync(999_999, 2)).Kind);
            Assert.Equal(_county, (await documents.SubmitToParentAsync(report.Id, 2)).Value!.SubmittedToJurisdictionId);
        }
        await using (var scope = _db.Scope(_group))
        {
            var documents = scope.ServiceProvider.GetRequiredService<IVersionedDocuments>();
            var again = await documents.SubmitToParentAsync(reportId, 2);
            Assert.Equal(ResultKind.Conflict, again.Kind); // once
            Assert.Contains("已经报送", again.Message);

            // The child sees that and when it went up.
            var mine = (await documents.FindAsync(reportId))!;
            Assert.Equal((_county, _db.Clock.GetUtcNow()), (mine.SubmittedToJurisdictionId, mine.SubmittedAt!.Value));
            Assert.Equal(mine.SubmittedAt, Assert.Single(await documents.ListAsync(Report)).SubmittedAt);
            var draft = (await documents.CreateAsync(new(Report, "未报送的总结", "草稿", 21, 10))).Value!;
            draftId = draft.Id;
            await documents.FinalizeAsync(draft.Id, 1); // final, never submitted: stays the child's
            Assert.Null((await documents.FindAsync(draft.Id))!.SubmittedAt);
        }

        await using (var parent = _db.Scope(_county))
        {
            var documents = parent.ServiceProvider.GetRequiredService<IVersionedDocuments>();
            var seen = Assert.Single(await documents.SubmittedToUsAsync());
            Assert.Equal((_group, reportId, "县政府党组分析检查报告", "定稿：存在的问题、原因和整改措施", 2, true),
                (seen.FromJurisdictionId, seen.Document.Id, seen.Document.Title, seen.Document.Body, seen.Document.Version, seen.Document.Final));
            Assert.Equal(_db.Clock.GetUtcNow(), seen.SubmittedAt);
            Assert.Single(await documents.SubmittedToUsAsync("party-group-study"));
            Assert.Empty(await documents.SubmittedToUsAsync("another-plugin"));
            Assert.Equal(seen.Document.Body, (await documents.FindSubmittedToUsAsync(_group, reportId))!.Document.Body);
            Assert.Null(await documents.FindSubmittedToUsAsync(_group, draftId)); // not submitted
            Assert.Null(await documents.FindSubmittedToUsAsync(_sibling, reportId)); // not from there
            // Read, not the child's own: no find, no history (so no drafts, no comments), no writing.
            Assert.Null(await documents.FindAsync(reportId));
            Assert.Empty(await documents.HistoryAsync(reportId));
            Assert.Equal(ResultKind.NotFound, (await documents.CommentAsync(reportId, 2, "上级的意见")).Kind);
            Assert.Equal(ResultKind.NotFound, (await documents.SubmitToParentAsync(reportId, 2)).Kind);
        }

        foreach (var other in new[] { _sibling, _a, _group })
        {
            await using var scope = _db.Scope(other);
            var documents = scope.ServiceProvider.GetRequiredService<IVersionedDocuments>();
            Assert.Empty(await documents.SubmittedToUsAsync());
            Assert.Null(await documents.FindSubmittedToUsAsync(_group, reportId));
        }
    }

    [Fact]
    public async Task A_jurisdiction_without_a_parent_cannot_submit()
    {
        await using var scope = _db.Scope(_a);
        var documents = scope.ServiceProvider.GetRequiredService<IVersionedDocuments>();
        var report = (await documents.CreateAsync(new(Report, "分析检查报告", "定稿"))).Value!;
        await documents.FinalizeAsync(report.Id, 1);
        Assert.Contains("没有上级", (await documents.SubmitToParentAsync(report.Id, 1)).Errors["jurisdiction"][0]);
        Assert.Null((await documents.FindAsync(report.Id))!.SubmittedAt);
    }

    /// <summary>The database's own policy, not only the service's filter: raw SQL as the host serves the parent.</summary>
    [Fact]
    public async Task The_policy_lets_the_parent_read_the_submitted_document_and_version_and_nothing_else_of_the_child()
    {
        long reportId;
        await using (var scope = _db.Scope(_group))
        {
            var documents = scope.ServiceProvider.GetRequiredService<IVersionedDocuments>();
            var report = (await documents.CreateAsync(new(Report, "分析检查报告", "一稿", 21, 10))).Value!;
            await documents.CommentAsync(report.Id, 1, "意见");
            await documents.ReviseAsync(report.Id, "二稿", 1);
            await documents.CommentAsync(report.Id, 2, "同意");
            await documents.FinalizeAsync(report.Id, 2);
            Assert.True((await documents.SubmitToParentAsync(report.Id, 2)).Succeeded);
            reportId = report.Id;
            await documents.CreateAsync(new(Report, "本级留存", "不上报")); // not submitted: the parent never sees it
        }

        await using (var parent = await _db.OpenAsServedAsync(_county))
        {
            Assert.Equal([$"{_group}:{reportId}"], await ListAsync(parent, "select jurisdiction_id || ':' || id from blocks.documents"));
            Assert.Equal(["2:二稿"], await ListAsync(parent, "select version || ':' || body from blocks.document_versions"));
            Assert.Empty(await ListAsync(parent, "select text from blocks.document_comments"));
            // Read-only: the parent cannot change what it reads.
            Assert.Equal(0, await ExecuteAsync(parent, $"update blocks.documents set title = 'x' where id = {reportId}"));
            Assert.Equal(0, await ExecuteAsync(parent, $"update blocks.document_versions set body = 'x' where document_id = {reportId}"));
        }
        foreach (var other in new[] { _sibling, _a })
        {
            await using var connection = await _db.OpenAsServedAsync(other);
            Assert.Empty(await ListAsync(connection, "select id::text from blocks.documents"));
            Assert.Empty(await ListAsync(connection, "select body from blocks.document_versions"));
        }
        await using (var child = await _db.OpenAsServedAsync(_group))
            Assert.Equal(2, (await ListAsync(child, "select text from blocks.document_comments")).Count); // the child's own, all of them
    }

    private static async Task<List<string>> ListAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) rows.Add(reader.GetString(0));
        return rows;
    }

    private static async Task<int> ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteNonQueryAsync();
    }
}
