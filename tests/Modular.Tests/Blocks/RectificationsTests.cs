using Modular.Sdk;
using Modular.Sdk.Blocks;
using Modular.Sdk.Core;

namespace Modular.Tests.Blocks;

/// <summary>Problem lists and their rectification (问题清单 → 整改): 马上/限时, the 四有, status by the day, evidence, versions, isolation.</summary>
public sealed class RectificationsTests : IAsyncLifetime
{
    private static readonly BlockKind List = new("banner-third-batch", "problems");
    private static readonly BlockKind Other = new("other-plugin", "problems");
    private BlocksTestDatabase _db = null!;
    private int _a, _b;

    public async Task InitializeAsync()
    {
        _db = await BlocksTestDatabase.CreateAsync();
        _db.Organizations.Add(10, null, "镇党委", OrganizationKind.PartyCommittee);
        _db.Organizations.Add(11, 10, "嘎查党支部");
        _db.People.AddIn(11, 21, 22);
        _a = await _db.AddJurisdictionAsync("banner-a");
        _b = await _db.AddJurisdictionAsync("banner-b");
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private static RectificationInput Line(string problem, RectificationMode mode = RectificationMode.Deadline, DateOnly? deadline = null, long? lead = 21,
        string? target = "群众满意", string? measures = "每周走访一次", int? version = null) =>
        new(List, 11, problem, "群众评议", lead, mode, deadline ?? new DateOnly(2011, 9, 30), target, measures, Published: true, Version: version);

    [Fact]
    public async Task A_line_keeps_its_four_haves_and_its_status_follows_the_deadline_and_the_evidence()
    {
        await using var scope = _db.Scope(_a);
        var lines = scope.ServiceProvider.GetRequiredService<IRectifications>();

        var saved = await lines.SaveAsync(null, Line("联系群众不够") with { Cause = "  宗旨意识淡化  " });
        Assert.True(saved.Succeeded, saved.Message);
        var line = saved.Value!;
        Assert.Empty(line.MissingFourHas());
        Assert.Equal("宗旨意识淡化", line.Cause);                                    // 原因 kept apart from the target, trimmed
        Assert.Equal("宗旨意识淡化", (await lines.FindAsync(List, line.Id))!.Cause);
        Assert.Equal(RectificationStatus.Open, line.StatusOn(new(2011, 9, 30)));     // the deadline day itself
        Assert.Equal(RectificationStatus.Overdue, line.StatusOn(new(2011, 10, 1)));
        var immediate = (await lines.SaveAsync(null, Line("会议记录不全", RectificationMode.Immediate, target: null, lead: null))).Value!;
        Assert.Null(immediate.Deadline);                                             // 马上整改 keeps no deadline
        Assert.Equal(RectificationStatus.Open, immediate.StatusOn(new(2012, 1, 1)));
        Assert.Equal(["target", "leadPersonId"], immediate.MissingFourHas());

        // Done with its evidence, at the version read, on a day not after today; then it is closed to changes.
        _db.Clock.Now = new DateTimeOffset(2011, 9, 20, 15, 0, 0, TimeSpan.Zero);   // the jurisdiction's today (UTC here) is 09-20: 09-21 is tomorrow
        Assert.Equal("evidence", (await lines.CompleteAsync(List, line.Id, new(2011, 9, 20), "  ", line.Version)).Field);
        Assert.Equal(ResultKind.Conflict, (await lines.CompleteAsync(List, line.Id, new(2011, 9, 20), "建立走访台账", line.Version + 1)).Kind);
        Assert.Equal("completedOn", (await lines.CompleteAsync(List, line.Id, new(2011, 9, 21), "明天才整改", line.Version)).Field);
        Assert.Equal(ResultKind.NotFound, (await lines.CompleteAsync(Other, line.Id, new(2011, 9, 20), "另一插件", line.Version)).Kind);
        Assert.Null(await lines.FindAsync(Other, line.Id));
        var done = (await lines.CompleteAsync(List, line.Id, new(2011, 9, 20), "建立走访台账，已走访 46 户", line.Version)).Value!;
        Assert.Equal(RectificationStatus.Done, done.StatusOn(new(2011, 12, 31)));
        Assert.Equal("problem", (await lines.SaveAsync(line.Id, Line("联系群众不够（改）", version: done.Version))).Field);
        Assert.Equal("completedOn", (await lines.CompleteAsync(List, line.Id, new(2011, 9, 21), "再次", done.Version)).Field);
    }

    [Fact]
    public async Task Bad_lines_are_refused_by_field_and_a_stale_edit_is_a_conflict()
    {
        await using var scope = _db.Scope(_a);
        var lines = scope.ServiceProvider.GetRequiredService<IRectifications>();
        Assert.Equal("problem", (await lines.SaveAsync(null, Line(" "))).Field);
        Assert.Equal("deadline", (await lines.SaveAsync(null, Line("无期限", deadline: null) with { Deadline = null })).Field);
        Assert.Equal("organizationId", (await lines.SaveAsync(null, Line("别处的组织") with { OrganizationId = 999 })).Field);
        Assert.Equal("leadPersonId", (await lines.SaveAsync(null, Line("别处的人", lead: 999))).Field);
        Assert.Equal("problem", (await lines.SaveAsync(null, Line(new string('问', Limits.Note + 1)))).Field);
        Assert.Equal("cause", (await lines.SaveAsync(null, Line("原因太长") with { Cause = new string('因', Limits.Note + 1) })).Field);

        var line = (await lines.SaveAsync(null, Line("学习不经常"))).Value!;
        var changed = (await lines.SaveAsync(line.Id, Line("学习不经常、不深入", version: line.Version))).Value!;
        Assert.Equal((2, "学习不经常、不深入"), (changed.Version, changed.Problem));
        Assert.Equal(ResultKind.Conflict, (await lines.SaveAsync(line.Id, Line("又改", version: line.Version))).Kind);
        Assert.Equal(ResultKind.NotFound, (await lines.SaveAsync(999_999, Line("没有这条", version: 1))).Kind);
    }

    [Fact]
    public async Task Lists_narrow_by_organization_and_publication_and_another_jurisdiction_sees_none()
    {
        long id;
        await using (var a = _db.Scope(_a))
        {
            var lines = a.ServiceProvider.GetRequiredService<IRectifications>();
            id = (await lines.SaveAsync(null, Line("公开的"))).Value!.Id;
            await lines.SaveAsync(null, Line("未公开的") with { Published = false });
            await lines.SaveAsync(null, Line("镇里的") with { OrganizationId = 10 });
            Assert.Equal(["公开的", "未公开的"], (await lines.ListAsync(new RectificationQuery(List) { OrganizationId = 11 })).Select(l => l.Problem));
            Assert.Equal(["公开的", "镇里的"], (await lines.ListAsync(new RectificationQuery(List) { PublishedOnly = true })).Select(l => l.Problem));
            Assert.Empty(await lines.ListAsync(new RectificationQuery(Other)));
        }
        await using var b = _db.Scope(_b);
        var theirs = b.ServiceProvider.GetRequiredService<IRectifications>();
        Assert.Null(await theirs.FindAsync(List, id));
        Assert.Empty(await theirs.ListAsync(new RectificationQuery(List)));
        Assert.Equal(ResultKind.NotFound, (await theirs.CompleteAsync(List, id, new(2011, 9, 1), "别人的", 1)).Kind);
    }
}
