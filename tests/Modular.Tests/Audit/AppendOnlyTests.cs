using Modular.Audit;
using Modular.Tests.Infrastructure;
using Npgsql;

namespace Modular.Tests.Audit;

/// <summary>The database itself refuses to change or remove audit entries, whoever asks.</summary>
public sealed class AppendOnlyTests : IAsyncLifetime
{
    private AuditTestDatabase _db = null!;

    public async Task InitializeAsync()
    {
        _db = await AuditTestDatabase.CreateAsync();
        await using var connection = await _db.DataSource.OpenConnectionAsync();
        await AuditEntryWriter.WriteAsync(connection, null, new AuditUser(1, "someone"), _db.Clock.Now,
            [new NewAuditEntry(1, "audit_test.meetings", "1/1", AuditAction.Insert, null, """{"title": "x"}""")], default);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Theory]
    [InlineData("update audit.entries set user_name = 'someone else'", "UPDATE")]
    [InlineData("delete from audit.entries", "DELETE")]
    [InlineData("truncate audit.entries", "TRUNCATE")]
    public async Task Changing_or_removing_entries_is_refused(string sql, string operation)
    {
        var refused = await Assert.ThrowsAsync<PostgresException>(() => Sql.ExecuteAsync(_db.DataSource, sql));

        Assert.Equal($"audit entries cannot be changed or deleted ({operation} on audit.entries)", refused.MessageText);
        Assert.Equal("someone", await Sql.ScalarAsync<string>(_db.DataSource, "select user_name from audit.entries"));
    }

    [Fact]
    public async Task Appending_is_allowed()
    {
        await Sql.ExecuteAsync(_db.DataSource,
            "insert into audit.entries (jurisdiction_id, occurred_at, entity, entity_key, action) values (1, now(), 'x.y', '2', 'delete')");

        Assert.Equal(2L, await _db.CountAllEntriesAsync());
    }
}
