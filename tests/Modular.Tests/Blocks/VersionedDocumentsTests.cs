using Modular.Sdk;
using Modular.Sdk.Blocks;
using Modular.Sdk.Core;

namespace Modular.Tests.Blocks;

/// <summary>分析检查报告: drafted, commented, revised at the version read, every version kept with its comments, then final; isolation.</summary>
public sealed class VersionedDocumentsTests : IAsyncLifetime
{
    private static readonly BlockKind Report = new("party-group-study", "analysis-report");
    private BlocksTestDatabase _db = null!;
    private int _a, _b;

    public async Task InitializeAsync()
    {
        _db = await BlocksTestDatabase.CreateAsync();
        _db.Organizations.Add(10, null, "县政府党组", OrganizationKind.PartyGroup);
        _db.People.AddIn(10, 21, 22);
        _a = await _db.AddJurisdictionAsync("county-a");
        _b = await _db.AddJurisdictionAsync("county-b");
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

        await using var other = _db.Scope(_b);
        var theirs = other.ServiceProvider.GetRequiredService<IVersionedDocuments>();
        Assert.Null(await theirs.FindAsync(draft.Id));
        Assert.Empty(await theirs.ListAsync(Report));
        Assert.Empty(await theirs.HistoryAsync(draft.Id));
        Assert.Equal(ResultKind.NotFound, (await theirs.ReviseAsync(draft.Id, "别处的修改", 2)).Kind);
    }
}
