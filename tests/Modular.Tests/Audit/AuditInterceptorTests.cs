using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Modular.Audit;
using Modular.Jurisdictions;
using Modular.Tests.Infrastructure;

namespace Modular.Tests.Audit;

/// <summary>What the interceptor records for a jurisdiction's rows, and that it commits and rolls back with them.</summary>
public sealed class AuditInterceptorTests : IAsyncLifetime
{
    private const int Banner = 5;
    private AuditTestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await AuditTestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task An_insert_is_recorded_with_its_generated_key_columns_and_the_signed_in_user()
    {
        _db.SignIn(7, "zhang-san");
        var meeting = new Meeting { Title = "三会一课", Place = "会议室", HeldOn = new DateOnly(2026, 3, 10) };
        await using (var context = _db.Context(Banner))
        {
            context.Meetings.Add(meeting);
            await context.SaveChangesAsync();
        }

        var entry = Assert.Single(await _db.EntriesAsync(Banner));
        Assert.True(meeting.Id > 0);
        Assert.Equal((Banner, "audit_test.meetings", $"{Banner}/{meeting.Id}", AuditAction.Insert), (entry.JurisdictionId, entry.Entity, entry.EntityKey, entry.Action));
        Assert.Equal((7, "zhang-san"), (entry.UserId, entry.UserName));
        Assert.Equal(_db.Clock.Now, entry.OccurredAt);
        Assert.Null(entry.Before);
        var after = entry.After!.Value;
        Assert.Equal(meeting.Id, after.GetProperty("id").GetInt64());
        Assert.Equal(Banner, after.GetProperty("jurisdiction_id").GetInt32());
        Assert.Equal("三会一课", after.GetProperty("title").GetString());
        Assert.Equal("2026-03-10", after.GetProperty("held_on").GetString());
        Assert.Equal(JsonValueKind.Null, after.GetProperty("access_code").ValueKind);
    }

    [Fact]
    public async Task An_update_records_only_the_changed_columns_and_the_key()
    {
        var id = await AddMeetingAsync("党员大会", place: "一楼");
        _db.SignIn(8, "li-si");
        await using (var context = _db.Context(Banner))
        {
            var meeting = await context.Meetings.AsTracking().SingleAsync(m => m.Id == id);
            meeting.Place = "二楼";
            await context.SaveChangesAsync();
        }

        var update = (await _db.EntriesAsync(Banner))[^1];
        Assert.Equal((AuditAction.Update, "li-si"), (update.Action, update.UserName));
        Assert.Equal(new Dictionary<string, string> { ["jurisdiction_id"] = $"{Banner}", ["id"] = $"{id}", ["place"] = "一楼" }, Values(update.Before));
        Assert.Equal(new Dictionary<string, string> { ["jurisdiction_id"] = $"{Banner}", ["id"] = $"{id}", ["place"] = "二楼" }, Values(update.After));
    }

    [Fact]
    public async Task An_update_of_a_row_attached_with_Update_logs_every_column_written_and_no_made_up_before()
    {
        var id = await AddMeetingAsync("支委会");
        await using (var context = _db.Context(Banner))
        {
            context.Meetings.Update(new Meeting { JurisdictionId = Banner, Id = id, Title = "支部委员会", Version = 1 });
            await context.SaveChangesAsync();
        }

        var update = (await _db.EntriesAsync(Banner))[^1];
        Assert.Equal(["id", "jurisdiction_id"], Columns(update.Before));
        Assert.Equal("支部委员会", update.After!.Value.GetProperty("title").GetString());
        Assert.Contains("place", Columns(update.After));
    }

    [Fact]
    public async Task A_delete_records_the_row_as_it_was_by_the_system_when_no_one_is_signed_in()
    {
        var id = await AddMeetingAsync("组织生活会", place: "礼堂");
        await using (var context = _db.Context(Banner))
        {
            context.Meetings.Remove(await context.Meetings.AsTracking().SingleAsync(m => m.Id == id));
            await context.SaveChangesAsync();
        }

        var delete = (await _db.EntriesAsync(Banner))[^1];
        Assert.Equal((AuditAction.Delete, $"{Banner}/{id}"), (delete.Action, delete.EntityKey));
        Assert.Equal(((int?)null, (string?)null), (delete.UserId, delete.UserName));
        Assert.Equal("礼堂", delete.Before!.Value.GetProperty("place").GetString());
        Assert.Equal("组织生活会", delete.Before!.Value.GetProperty("title").GetString());
        Assert.Null(delete.After);
    }

    [Fact]
    public async Task A_save_that_fails_writes_neither_its_changes_nor_entries_and_the_context_can_save_again()
    {
        var id = await AddMeetingAsync("主题党日");
        await using var context = _db.Context(Banner);
        var existing = await context.Meetings.AsTracking().SingleAsync(m => m.Id == id);
        existing.Place = "改了的地点";
        var duplicate = context.Meetings.Add(new Meeting { Title = "主题党日" }).Entity; // unique per jurisdiction

        var failure = await Assert.ThrowsAsync<DbUpdateException>(() => context.SaveChangesAsync());

        Assert.Equal("23505", (failure.InnerException as Npgsql.PostgresException)?.SqlState);
        Assert.Single(await _db.EntriesAsync(Banner)); // the first insert only
        Assert.True(await Sql.ScalarAsync<bool>(_db.DataSource, $"select place is null from audit_test.meetings where id = {id}"));

        duplicate.Title = "主题党日（二）";
        await context.SaveChangesAsync();
        // Within one save, entries come in the change tracker's order.
        Assert.Equal([AuditAction.Insert, AuditAction.Insert, AuditAction.Update], (await _db.EntriesAsync(Banner)).Select(e => e.Action).Order());
    }

    [Fact]
    public async Task Changes_in_a_transaction_that_is_rolled_back_leave_no_entry()
    {
        await using (var context = _db.Context(Banner))
        {
            await using var transaction = await context.Database.BeginTransactionAsync();
            context.Meetings.Add(new Meeting { Title = "撤回的会议" });
            await context.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        Assert.Empty(await _db.EntriesAsync(Banner));
        Assert.Equal(0L, await Sql.ScalarAsync<long>(_db.DataSource, "select count(*) from audit_test.meetings"));
    }

    [Fact]
    public async Task In_the_callers_transaction_entries_are_written_but_committed_only_by_the_caller()
    {
        await using var context = _db.Context(Banner);
        await using var transaction = await context.Database.BeginTransactionAsync();
        context.Meetings.Add(new Meeting { Title = "第一次" });
        await context.SaveChangesAsync();
        context.Meetings.Add(new Meeting { Title = "第二次" });
        await context.SaveChangesAsync();

        Assert.Equal(0L, await _db.CountAllEntriesAsync()); // not visible outside the open transaction
        await transaction.CommitAsync();
        Assert.Equal(2, (await _db.EntriesAsync(Banner)).Count);
    }

    [Fact]
    public async Task Synchronous_saves_are_recorded_too()
    {
        using (var context = _db.Context(Banner))
        {
            context.Meetings.Add(new Meeting { Title = "同步保存" });
            context.SaveChanges();
            context.Meetings.Add(new Meeting { Title = "同步保存" }); // fails: unique title
            Assert.Throws<DbUpdateException>(() => context.SaveChanges());
        }

        var entry = Assert.Single(await _db.EntriesAsync(Banner));
        Assert.Equal("同步保存", entry.After!.Value.GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_concurrency_conflict_records_nothing_and_a_retry_on_the_same_context_is_saved_and_recorded_once()
    {
        var id = await AddMeetingAsync("述职评议", place: "A");
        await using var slow = _db.Context(Banner);
        var stale = await slow.Meetings.AsTracking().SingleAsync(m => m.Id == id);
        await using (var fast = _db.Context(Banner))
        {
            var meeting = await fast.Meetings.AsTracking().SingleAsync(m => m.Id == id);
            (meeting.Place, meeting.Version) = ("B", 2);
            await fast.SaveChangesAsync();
        }

        (stale.Place, stale.Version) = ("C", 2);
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => slow.SaveChangesAsync());
        Assert.Equal(2, (await _db.EntriesAsync(Banner)).Count);

        slow.Entry(stale).Property(m => m.Version).OriginalValue = 2; // the usual retry: take the current version
        stale.Version = 3;
        await slow.SaveChangesAsync();

        Assert.Equal("C", await Sql.ScalarAsync<string>(_db.DataSource, $"select place from audit_test.meetings where id = {id}"));
        var entries = await _db.EntriesAsync(Banner);
        Assert.Equal(3, entries.Count);
        Assert.Equal("C", entries[^1].After!.Value.GetProperty("place").GetString());
    }

    [Fact]
    public async Task Values_marked_AuditIgnore_are_masked_but_their_changes_still_show()
    {
        var id = await AddMeetingAsync("保密会议", accessCode: "code-1234");
        await using (var context = _db.Context(Banner))
        {
            (await context.Meetings.AsTracking().SingleAsync(m => m.Id == id)).AccessCode = "code-5678";
            await context.SaveChangesAsync();
        }

        var entries = await _db.EntriesAsync(Banner);
        Assert.Equal("***", entries[0].After!.Value.GetProperty("access_code").GetString());
        Assert.Equal("***", entries[1].Before!.Value.GetProperty("access_code").GetString());
        Assert.Equal("***", entries[1].After!.Value.GetProperty("access_code").GetString());
        var everything = await Sql.ScalarAsync<string>(_db.DataSource, "select string_agg(concat(before::text, after::text), ' ') from audit.entries");
        Assert.DoesNotContain("1234", everything);
        Assert.DoesNotContain("5678", everything);
    }

    [Fact]
    public async Task Rows_with_a_JurisdictionId_are_audited_and_rows_of_no_jurisdiction_are_not()
    {
        await using (var context = _db.Context(Banner))
        {
            context.Attachments.Add(new Attachment { JurisdictionId = Banner, FileName = "方案.docx" });
            context.Attachments.Add(new Attachment { JurisdictionId = null, FileName = "模板.docx" });
            context.Glossary.Add(new GlossaryTerm { Term = "台账", Meaning = "ledger" });
            await context.SaveChangesAsync();
        }

        var entry = Assert.Single(await _db.EntriesAsync(Banner));
        Assert.Equal("audit_test.attachments", entry.Entity);
        Assert.Equal("方案.docx", entry.After!.Value.GetProperty("file_name").GetString());
        Assert.Equal(1L, await _db.CountAllEntriesAsync());
    }

    [Fact]
    public async Task A_row_taken_out_of_its_jurisdiction_is_recorded_under_the_one_it_left()
    {
        var attachment = new Attachment { JurisdictionId = Banner, FileName = "移交.docx" };
        await using (var context = _db.Context(Banner))
        {
            context.Attachments.Add(attachment);
            await context.SaveChangesAsync();
            attachment.JurisdictionId = null;
            await context.SaveChangesAsync();
        }

        var moved = (await _db.EntriesAsync(Banner))[^1];
        Assert.Equal(AuditAction.Update, moved.Action);
        Assert.Equal(Banner, moved.Before!.Value.GetProperty("jurisdiction_id").GetInt32());
        Assert.Equal(JsonValueKind.Null, moved.After!.Value.GetProperty("jurisdiction_id").ValueKind);
    }

    [Fact]
    public async Task A_new_jurisdiction_and_its_plugin_switch_are_recorded_under_that_jurisdiction()
    {
        await using var scope = _db.Services.CreateAsyncScope();
        var (created, _) = await scope.ServiceProvider.GetRequiredService<JurisdictionAdmin>().CreateAsync(new("alxa-right", "阿拉善右旗", null, null, null));
        await scope.ServiceProvider.GetRequiredService<PluginSwitchEditor>().SaveAsync(created!.Id, "banner-six-ones", [], enabled: true, settings: null, expectedVersion: null);

        var entries = await _db.EntriesAsync(created.Id);
        Assert.Equal(["jurisdictions.jurisdictions", "jurisdictions.plugin_switches"], entries.Select(e => e.Entity));
        Assert.Equal([created.Id.ToString(), $"{created.Id}/banner-six-ones"], entries.Select(e => e.EntityKey));
        Assert.Equal("alxa-right", entries[0].After!.Value.GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Object, entries[1].After!.Value.GetProperty("settings").ValueKind); // a jsonb column stays JSON
    }

    private async Task<long> AddMeetingAsync(string title, string? place = null, string? accessCode = null)
    {
        await using var context = _db.Context(Banner);
        var meeting = new Meeting { Title = title, Place = place, AccessCode = accessCode };
        context.Meetings.Add(meeting);
        await context.SaveChangesAsync();
        return meeting.Id;
    }

    private static string[] Columns(JsonElement? json) => json!.Value.EnumerateObject().Select(p => p.Name).Order().ToArray();

    private static Dictionary<string, string> Values(JsonElement? json) => json!.Value.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ToString());
}
