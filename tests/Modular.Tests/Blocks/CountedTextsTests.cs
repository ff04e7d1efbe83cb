using Microsoft.EntityFrameworkCore;
using Modular.Sdk;
using Modular.Sdk.Blocks;
using Modular.Sdk.Core;
using Modular.Tests.Infrastructure;

namespace Modular.Tests.Blocks;

/// <summary>Daily study notes of at least 300 characters (RULES.md, banner six-ones 3): counting, review, quarter locks, isolation.</summary>
public sealed class CountedTextsTests : IAsyncLifetime
{
    private static readonly BlockKind DailyNote = new("banner-six-ones", "daily-note");
    private BlocksTestDatabase _db = null!;
    private int _a, _b;

    public async Task InitializeAsync()
    {
        _db = await BlocksTestDatabase.CreateAsync();
        _db.People.Add(1, 2, 7, 8);
        _a = await _db.AddJurisdictionAsync("banner-a");
        _b = await _db.AddJurisdictionAsync("banner-b");
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private static CountedTextInput Note(long author, DateOnly day, int characters) =>
        new(DailyNote, author, day, new string('学', characters - 1) + " 习", Hours: 1m, MinimumCharacters: 300);

    [Fact]
    public async Task A_note_of_299_characters_is_refused_with_how_many_are_missing_and_300_is_taken()
    {
        await using var scope = _db.Scope(_a);
        var texts = scope.ServiceProvider.GetRequiredService<ICountedTexts>();

        var tooShort = await texts.SubmitAsync(Note(1, new(2011, 5, 10), 299));
        Assert.False(tooShort.Succeeded);
        Assert.Contains("还差 1 字", tooShort.Errors["body"][0]);

        var enough = await texts.SubmitAsync(Note(1, new(2011, 5, 10), 300));
        Assert.True(enough.Succeeded);
        Assert.Equal(300, enough.Value!.CharacterCount);
        Assert.Equal(TextReviewState.Submitted, enough.Value.State);
    }

    [Fact]
    public async Task Review_goes_submitted_returned_resubmitted_accepted_and_refuses_illegal_steps()
    {
        await using var scope = _db.Scope(_a);
        var texts = scope.ServiceProvider.GetRequiredService<ICountedTexts>();
        var id = (await texts.SubmitAsync(Note(1, new(2011, 5, 10), 300))).Value!.Id;

        Assert.False((await texts.ReturnAsync(id, "  ")).Succeeded); // a return needs a comment
        var returned = await texts.ReturnAsync(id, "请联系工作实际");
        Assert.Equal(TextReviewState.Returned, returned.Value!.State);
        Assert.Equal("请联系工作实际", returned.Value.ReviewComment);
        Assert.False((await texts.AcceptAsync(id)).Succeeded);              // returned: not reviewable until resubmitted
        Assert.False((await texts.ReturnAsync(id, "again")).Succeeded);

        var resubmitted = await texts.SubmitAsync(Note(1, new(2011, 5, 10), 320));
        Assert.Equal(TextReviewState.Resubmitted, resubmitted.Value!.State);
        Assert.Equal(id, resubmitted.Value.Id);
        Assert.Equal(320, resubmitted.Value.CharacterCount);

        Assert.Equal(TextReviewState.Accepted, (await texts.AcceptAsync(id)).Value!.State);
        Assert.False((await texts.AcceptAsync(id)).Succeeded);
        Assert.False((await texts.ReturnAsync(id, "late")).Succeeded);
        Assert.Contains("已验收", (await texts.SubmitAsync(Note(1, new(2011, 5, 10), 400))).Errors["state"][0]);
        Assert.False((await texts.AcceptAsync(999_999)).Succeeded);
    }

    [Fact]
    public async Task Once_a_quarter_is_locked_writes_and_reviews_of_its_days_are_refused()
    {
        await using var scope = _db.Scope(_a);
        var texts = scope.ServiceProvider.GetRequiredService<ICountedTexts>();
        var pending = (await texts.SubmitAsync(Note(1, new(2011, 3, 31), 300))).Value!.Id;
        var q1 = (await texts.LockAsync(DailyNote, new(2011, 1, 1), new(2011, 3, 31), "一季度检查验收已结束")).Value!;

        var write = await texts.SubmitAsync(Note(2, new(2011, 3, 31), 300));
        Assert.False(write.Succeeded);
        Assert.Contains("已锁定", write.Errors["periodDate"][0]);
        Assert.Contains("一季度检查验收已结束", write.Errors["periodDate"][0]);
        Assert.False((await texts.AcceptAsync(pending)).Succeeded);
        Assert.True((await texts.SubmitAsync(Note(2, new(2011, 4, 1), 300))).Succeeded); // Q2 is open
        // Another plugin's kind is not locked by this lock.
        Assert.True((await texts.SubmitAsync(Note(2, new(2011, 3, 31), 300) with { Kind = new("county-five", "daily-note") })).Succeeded);

        Assert.True(await texts.UnlockAsync(q1.Id));
        Assert.True((await texts.AcceptAsync(pending)).Succeeded);
    }

    [Fact]
    public async Task Texts_list_and_tally_by_author_and_period_range()
    {
        await using var scope = _db.Scope(_a);
        var texts = scope.ServiceProvider.GetRequiredService<ICountedTexts>();
        var start = _db.Clock.Now;
        for (var day = 5; day >= 1; day--) // written last day first, an hour apart
        {
            _db.Clock.Now = start.AddHours(6 - day);
            await texts.SubmitAsync(Note(7, new(2011, 4, day), 300 + day));
        }
        await texts.SubmitAsync(Note(8, new(2011, 4, 2), 300));
        var accepted = (await texts.ListAsync(new CountedTextQuery(DailyNote) { AuthorPersonId = 7 })).First();
        await texts.AcceptAsync(accepted.Id);

        var range = await texts.ListAsync(new CountedTextQuery(DailyNote) { AuthorPersonId = 7, From = new(2011, 4, 2), To = new(2011, 4, 4) });
        Assert.Equal([new DateOnly(2011, 4, 2), new(2011, 4, 3), new(2011, 4, 4)], range.Select(t => t.PeriodDate));
        var tally = await texts.TallyAsync(new CountedTextQuery(DailyNote) { From = new(2011, 4, 1), To = new(2011, 4, 30) });
        var seven = Assert.Single(tally, t => t.AuthorPersonId == 7);
        Assert.Equal((5, 1, 301 + 302 + 303 + 304 + 305, 5m), (seven.Texts, seven.Accepted, seven.Characters, seven.Hours));
        Assert.Equal(start.AddHours(1), seven.FirstSubmittedAt); // the 5th's, the first written, not the earliest period's
        Assert.Equal(5, (await texts.AwaitingReviewAsync("banner-six-ones")).Count);
    }

    [Fact]
    public async Task The_authors_view_gives_each_author_s_texts_of_a_kind_and_first_submission_to_SQL_each_jurisdiction_its_own()
    {
        var start = _db.Clock.Now;
        await using (var scope = _db.Scope(_a))
        {
            var texts = scope.ServiceProvider.GetRequiredService<ICountedTexts>();
            for (var day = 3; day >= 1; day--) // written last day first, an hour apart
            {
                _db.Clock.Now = start.AddHours(4 - day);
                await texts.SubmitAsync(Note(7, new(2011, 4, day), 300));
            }
            await texts.SubmitAsync(Note(8, new(2011, 4, 2), 300));
            await texts.SubmitAsync(Note(1, new(2011, 4, 2), 300) with { Kind = new("county-five", "daily-note") }); // another kind
        }
        await using (var scope = _db.Scope(_b))
            await scope.ServiceProvider.GetRequiredService<ICountedTexts>().SubmitAsync(Note(2, new(2011, 4, 2), 300));

        await using (var scope = _db.Scope(_a))
        {
            var db = scope.ServiceProvider.GetRequiredService<Modular.BuildingBlocks.BlocksDbContext>();
            var authors = await db.CountedTextAuthors(DailyNote).OrderBy(a => a.AuthorPersonId).ToListAsync();
            Assert.Equal([(7L, 3, start.AddHours(1)), (8L, 1, start.AddHours(3))], authors.Select(a => (a.AuthorPersonId, a.Texts, a.FirstSubmittedAt)));
            Assert.All(authors, a => Assert.Equal(_a, a.JurisdictionId));
            // Joined in SQL: the authors who first wrote before 02:30 on the clock's day.
            var before = start.AddHours(2).AddMinutes(30);
            Assert.Equal(1, await db.CountedTextAuthors(DailyNote).CountAsync(a => a.FirstSubmittedAt < before));
        }
        await using (var scope = _db.Scope(_b))
        {
            var db = scope.ServiceProvider.GetRequiredService<Modular.BuildingBlocks.BlocksDbContext>();
            Assert.Equal([2L], await db.CountedTextAuthors(DailyNote).Select(a => a.AuthorPersonId).ToListAsync());
        }
    }

    [Fact]
    public async Task Texts_handed_in_before_a_deadline_are_tallied_and_several_counts_come_in_one_call_each_as_its_tally_says()
    {
        await using var scope = _db.Scope(_a);
        var texts = scope.ServiceProvider.GetRequiredService<ICountedTexts>();
        var start = _db.Clock.Now;
        for (var day = 1; day <= 3; day++) // an hour apart
        {
            _db.Clock.Now = start.AddHours(day);
            await texts.SubmitAsync(Note(7, new(2011, 4, day), 300));
        }
        await texts.SubmitAsync(Note(8, new(2011, 4, 2), 300));

        var byDeadline = new CountedTextQuery(DailyNote) { SubmittedBefore = start.AddHours(2).ToOffset(TimeSpan.FromHours(8)) }; // any offset is the same instant
        Assert.Equal([(7L, 1)], (await texts.TallyAsync(byDeadline)).Select(t => (t.AuthorPersonId, t.Texts)));
        Assert.Equal(2, (await texts.ListAsync(new CountedTextQuery(DailyNote) { SubmittedBefore = start.AddHours(3) })).Count); // the deadline itself is late

        CountedTextQuery[] queries = [new(DailyNote), byDeadline, new(new("county-five", "daily-note")), new(DailyNote) { AuthorPersonId = 8 }];
        var each = await texts.CountEachAsync(queries);
        Assert.Equal(queries.Length, each.Count);
        for (var i = 0; i < queries.Length; i++)
            Assert.Equal((await texts.TallyAsync(queries[i])).ToDictionary(t => t.AuthorPersonId, t => t.Texts), each[i]);
        Assert.Equal(new Dictionary<long, int> { [7] = 3, [8] = 1 }, each[0]);
        Assert.Empty(each[2]);
        Assert.Empty(await texts.CountEachAsync([]));
    }

    [Fact]
    public async Task A_list_without_bodies_is_the_same_list_with_every_body_empty()
    {
        await using var scope = _db.Scope(_a);
        var texts = scope.ServiceProvider.GetRequiredService<ICountedTexts>();
        for (var day = 1; day <= 3; day++) await texts.SubmitAsync(Note(7, new(2011, 4, day), 300 + day));
        await texts.SubmitAsync(Note(8, new(2011, 4, 2), 300));
        await texts.ReturnAsync((await texts.ListAsync(new CountedTextQuery(DailyNote) { AuthorPersonId = 8 })).Single().Id, "请联系工作实际");

        var query = new CountedTextQuery(DailyNote) { From = new(2011, 4, 2), To = new(2011, 4, 3) };
        var whole = await texts.ListAsync(query);
        var bare = await texts.ListAsync(query with { WithoutBody = true });

        Assert.Equal(3, whole.Count);
        Assert.All(whole, t => Assert.StartsWith("学", t.Body));
        Assert.All(bare, t => Assert.Equal("", t.Body));
        Assert.Equal(whole.Select(t => t with { Body = "" }), bare); // same texts, same order, every other field as it was
    }

    [Fact]
    public async Task Jurisdiction_B_never_sees_or_reviews_A_s_texts()
    {
        long id;
        await using (var a = _db.Scope(_a))
            id = (await a.ServiceProvider.GetRequiredService<ICountedTexts>().SubmitAsync(Note(1, new(2011, 5, 10), 300))).Value!.Id;
        await using var b = _db.Scope(_b);
        var texts = b.ServiceProvider.GetRequiredService<ICountedTexts>();
        Assert.Null(await texts.FindAsync(id));
        Assert.Empty(await texts.ListAsync(new CountedTextQuery(DailyNote)));
        Assert.Empty(await texts.AwaitingReviewAsync());
        Assert.False((await texts.AcceptAsync(id)).Succeeded);
        // B's lock does not lock A.
        await texts.LockAsync(DailyNote, new(2011, 1, 1), new(2011, 12, 31));
        await using var a2 = _db.Scope(_a);
        Assert.True((await a2.ServiceProvider.GetRequiredService<ICountedTexts>().SubmitAsync(Note(2, new(2011, 5, 10), 300))).Succeeded);
    }

    [Fact]
    public async Task A_lock_of_one_organization_closes_the_period_to_its_authors_and_with_its_subtree_to_those_below_and_to_no_one_else()
    {
        _db.Organizations.Add(10, null, "镇党委", OrganizationKind.PartyCommittee);
        _db.Organizations.Add(11, 10, "一村党支部");
        _db.Organizations.Add(12, 11, "一村第一党小组");
        _db.Organizations.Add(13, null, "另一镇党委", OrganizationKind.PartyCommittee);
        _db.People.AddIn(10, 20);
        _db.People.AddIn(11, 21);
        _db.People.AddIn(12, 22);
        _db.People.AddIn(13, 23);
        await using var scope = _db.Scope(_a);
        var texts = scope.ServiceProvider.GetRequiredService<ICountedTexts>();
        var (q1, march) = ((new DateOnly(2011, 1, 1), new DateOnly(2011, 3, 31)), new DateOnly(2011, 3, 31));

        var town = (await texts.LockAsync(DailyNote, q1.Item1, q1.Item2, "镇一季度检查验收已结束", organizationId: 10)).Value!;
        Assert.Equal((10L, true), (town.OrganizationId!.Value, town.WithSubtree));
        foreach (var inside in new long[] { 20, 21, 22 })
            Assert.Contains("镇一季度检查验收已结束", (await texts.SubmitAsync(Note(inside, march, 300))).Errors["periodDate"][0]);
        Assert.True((await texts.SubmitAsync(Note(23, march, 300))).Succeeded);            // another town
        Assert.True((await texts.SubmitAsync(Note(21, new(2011, 4, 1), 300))).Succeeded);  // the next quarter
        Assert.Equal(town.Id, (await texts.FindLockAsync(DailyNote, march, 12))!.Id);
        Assert.Null(await texts.FindLockAsync(DailyNote, march, 13));
        Assert.Null(await texts.FindLockAsync(DailyNote, march));                           // no whole-jurisdiction lock
        Assert.Null(await texts.FindLockAsync(DailyNote, new(2011, 4, 1), 12));
        // A batch with one author inside the lock writes nothing.
        var batch = await texts.SubmitManyAsync([Note(23, new(2011, 3, 30), 300), Note(22, new(2011, 3, 30), 300)]);
        Assert.Contains("已锁定", batch.Errors["[1].periodDate"][0]);
        Assert.Empty(await texts.ListAsync(new CountedTextQuery(DailyNote) { From = new(2011, 3, 30), To = new(2011, 3, 30) }));

        // Without its subtree the lock closes the organization's own authors only.
        Assert.True(await texts.UnlockAsync(town.Id));
        var own = (await texts.LockAsync(DailyNote, q1.Item1, q1.Item2, organizationId: 10, withSubtree: false)).Value!;
        Assert.False((await texts.SubmitAsync(Note(20, march, 300))).Succeeded);
        Assert.True((await texts.SubmitAsync(Note(21, march, 300))).Succeeded);
        Assert.Null(await texts.FindLockAsync(DailyNote, march, 11));
        Assert.Equal(own.Id, (await texts.FindLockAsync(DailyNote, march, 10))!.Id);

        // An organization this jurisdiction does not have is refused by name.
        Assert.True((await texts.LockAsync(DailyNote, q1.Item1, q1.Item2, organizationId: 999)).Errors.ContainsKey("organizationId"));
    }

    [Fact]
    public async Task A_note_being_saved_when_its_quarter_is_locked_gets_in_before_the_lock_never_after_it()
    {
        Task<Result<CountedTextInfo>> note;
        Task<Result<PeriodLockInfo>> locking;
        // The note stops at its insert, after it has read the locks (none yet); then the quarter is locked.
        await using (var held = await HeldTableLock.TakeAsync(_db.ConnectionString, "blocks.counted_texts"))
        {
            note = Task.Run(async () =>
            {
                await using var scope = _db.Scope(_a);
                return await scope.ServiceProvider.GetRequiredService<ICountedTexts>().SubmitAsync(Note(1, new(2011, 3, 31), 300));
            });
            await held.WaitForWaitersAsync(1);
            locking = Task.Run(async () =>
            {
                await using var scope = _db.Scope(_a);
                return await scope.ServiceProvider.GetRequiredService<ICountedTexts>().LockAsync(DailyNote, new(2011, 1, 1), new(2011, 3, 31), "一季度检查验收已结束");
            });
            // The lock waits for the note under way instead of closing the quarter beneath it.
            await held.WaitForWaitersAsync(2);
            Assert.False(locking.IsCompleted);
        }
        Assert.True((await note).Succeeded);
        Assert.True((await locking).Succeeded);
        await using var after = _db.Scope(_a);
        var texts = after.ServiceProvider.GetRequiredService<ICountedTexts>();
        Assert.False((await texts.SubmitAsync(Note(2, new(2011, 3, 31), 300))).Succeeded);
        // The note committed before the lock's row was written: the lock's transaction is the later one.
        Assert.True(await Sql.ScalarAsync<bool>(_db.ConnectionString,
            "select (select xmin::text::bigint from blocks.counted_texts where author_person_id = 1) < (select xmin::text::bigint from blocks.period_locks)"));
    }
}
