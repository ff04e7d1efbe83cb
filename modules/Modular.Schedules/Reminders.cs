using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Modular.Jurisdictions;
using Modular.Schedules.Rules;
using Modular.Sdk;
using Npgsql;

namespace Modular.Schedules;

public sealed record ReminderItem(long Id, string Type, DateOnly DueOn, bool Overdue);
public sealed record PersonReminders(long PersonId, DateOnly ComputedOn, int DueSoon, int Overdue, IReadOnlyList<ReminderItem> Items);

/// <summary>What falls due in the next N days (setting <c>reminder_days</c>, default 7) and what is overdue, per person, as of a day.</summary>
public sealed class ReminderService(NpgsqlDataSource database, IJurisdictionContext jurisdiction)
{
    public const int DefaultDays = 7;
    private const int ItemsKept = 20;
    private int J => jurisdiction.Required.Id;

    public async Task<int> ReminderDaysAsync(CancellationToken ct = default)
    {
        await using var command = database.CreateCommand("select reminder_days from schedules.settings where jurisdiction_id = $1");
        command.Parameters.Add(new() { Value = J });
        return await command.ExecuteScalarAsync(ct) is int days ? days : DefaultDays;
    }

    public async Task SetReminderDaysAsync(int days, CancellationToken ct = default)
    {
        await using var command = database.CreateCommand("""
            insert into schedules.settings (jurisdiction_id, reminder_days) values ($1, $2)
            on conflict (jurisdiction_id) do update set reminder_days = excluded.reminder_days
            """);
        command.Parameters.Add(new() { Value = J });
        command.Parameters.Add(new() { Value = days });
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Recomputes every person's reminders of this jurisdiction as of <paramref name="today"/>, set-based. Returns people with something to do.</summary>
    public async Task<int> ComputeAsync(DateOnly today, CancellationToken ct = default)
    {
        var days = await ReminderDaysAsync(ct);
        await using var connection = await database.OpenConnectionAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        await using (var delete = new NpgsqlCommand("delete from schedules.reminders where jurisdiction_id = @j", connection, tx))
        {
            delete.Parameters.AddWithValue("j", J);
            await delete.ExecuteNonQueryAsync(ct);
        }
        await using var insert = new NpgsqlCommand($"""
            insert into schedules.reminders (jurisdiction_id, person_id, computed_on, due_soon, overdue, items)
            select @j, o.obliged_id, @today,
                   count(*) filter (where o.due_on >= @today), count(*) filter (where o.due_on < @today),
                   jsonb_path_query_array(jsonb_agg(jsonb_build_object('id', o.id, 'type', o.type_key, 'dueOn', o.due_on, 'overdue', o.due_on < @today)
                                                    order by o.due_on desc), '$[0 to {ItemsKept - 1}]')
              from schedules.obligations o
             where o.jurisdiction_id = @j and o.obliged_kind = 0 and o.met_on is null and o.due_on <= @until
             group by o.obliged_id
            """, connection, tx);
        insert.Parameters.AddWithValue("j", J);
        insert.Parameters.AddWithValue("today", today);
        insert.Parameters.AddWithValue("until", today.AddDays(days));
        var people = await insert.ExecuteNonQueryAsync(ct);
        await tx.CommitAsync(ct);
        return people;
    }

    public async Task<PersonReminders?> ForPersonAsync(long personId, CancellationToken ct = default)
    {
        await using var command = database.CreateCommand("select computed_on, due_soon, overdue, items::text from schedules.reminders where jurisdiction_id = $1 and person_id = $2");
        command.Parameters.Add(new() { Value = J });
        command.Parameters.Add(new() { Value = personId });
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct)) return null;
        var items = JsonSerializer.Deserialize<List<ReminderItem>>(reader.GetString(3), JsonSerializerOptions.Web) ?? [];
        return new PersonReminders(personId, reader.GetFieldValue<DateOnly>(0), reader.GetInt32(1), reader.GetInt32(2), items);
    }

    /// <summary>The roster person of a user account, if linked.</summary>
    public async Task<long?> PersonOfUserAsync(int userId, CancellationToken ct = default)
    {
        await using var command = database.CreateCommand("select person_id from schedules.person_accounts where jurisdiction_id = $1 and user_id = $2");
        command.Parameters.Add(new() { Value = J });
        command.Parameters.Add(new() { Value = userId });
        return await command.ExecuteScalarAsync(ct) is long id ? id : null;
    }

    public async Task LinkUserAsync(int userId, long personId, CancellationToken ct = default)
    {
        await using var command = database.CreateCommand("""
            insert into schedules.person_accounts (jurisdiction_id, user_id, person_id) values ($1, $2, $3)
            on conflict (jurisdiction_id, user_id) do update set person_id = excluded.person_id
            """);
        command.Parameters.Add(new() { Value = J });
        command.Parameters.Add(new() { Value = userId });
        command.Parameters.Add(new() { Value = personId });
        await command.ExecuteNonQueryAsync(ct);
    }
}

/// <summary>
/// The core's daily reminder job: for every jurisdiction, at <see cref="LocalTime"/> in its time zone,
/// once across host instances — the run is claimed by inserting its row into <c>schedules.job_runs</c>
/// (as the host's plugin job runner does); the instance whose insert wins computes the reminders.
/// </summary>
public sealed class ReminderJob(JurisdictionDirectory directory, IServiceScopeFactory scopes, NpgsqlDataSource database, TimeProvider clock, ILogger<ReminderJob> logger)
{
    public const string JobId = "reminders";
    public static readonly TimeOnly LocalTime = new(6, 0);
    /// <summary>How far back and ahead of today the daily pass (re)generates obligations: a month, so late records and the next weeks' reminders are current.</summary>
    public const int GenerationWindowDays = 31;
    private readonly string _instance = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    /// <summary>The latest daily due time not after <paramref name="now"/>, in the zone.</summary>
    public static DateTimeOffset LatestDue(DateTimeOffset now, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var day = DateOnly.FromDateTime(local.DateTime);
        if (TimeOnly.FromDateTime(local.DateTime) < LocalTime) day = day.AddDays(-1);
        var due = day.ToDateTime(LocalTime);
        return new DateTimeOffset(due, zone.GetUtcOffset(due)).ToUniversalTime();
    }

    /// <summary>One pass over all jurisdictions; returns how many runs this instance made.</summary>
    public async Task<int> RunDueAsync(CancellationToken ct = default)
    {
        var runs = 0;
        foreach (var row in await directory.ListAsync(ct: ct))
        {
            var j = row.ToResolved();
            var due = LatestDue(clock.GetUtcNow(), j.TimeZone);
            if (!await ClaimAsync(j.Id, due, ct)) continue;
            string? error = null;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<JurisdictionContext>().Set(j);
                var today = ObligationStatusRules.LocalDate(due, j.TimeZone);
                foreach (var source in scope.ServiceProvider.GetServices<IObligationSource>())
                    await source.GenerateAsync(today.AddDays(-GenerationWindowDays), today.AddDays(GenerationWindowDays), ct);
                await scope.ServiceProvider.GetRequiredService<ReminderService>().ComputeAsync(today, ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                error = ex.Message;
                logger.LogError(ex, "Reminders failed for jurisdiction {Jurisdiction}", j.Code);
            }
            await using var finish = database.CreateCommand("update schedules.job_runs set finished_at = now(), error = $4 where jurisdiction_id = $1 and job_id = $2 and due_at = $3");
            finish.Parameters.Add(new() { Value = j.Id });
            finish.Parameters.Add(new() { Value = JobId });
            finish.Parameters.Add(new() { Value = due.UtcDateTime });
            finish.Parameters.Add(new() { Value = (object?)error ?? DBNull.Value });
            await finish.ExecuteNonQueryAsync(CancellationToken.None);
            runs++;
        }
        return runs;
    }

    private async Task<bool> ClaimAsync(int jurisdictionId, DateTimeOffset due, CancellationToken ct)
    {
        await using var command = database.CreateCommand(
            "insert into schedules.job_runs (jurisdiction_id, job_id, due_at, claimed_by) values ($1, $2, $3, $4) on conflict do nothing");
        command.Parameters.Add(new() { Value = jurisdictionId });
        command.Parameters.Add(new() { Value = JobId });
        command.Parameters.Add(new() { Value = due.UtcDateTime });
        command.Parameters.Add(new() { Value = _instance });
        return await command.ExecuteNonQueryAsync(ct) == 1;
    }
}

/// <summary>Runs the core's schedules jobs every 30 seconds (each does nothing until due).</summary>
public sealed class SchedulesJobService(ReminderJob reminders, TimeProvider clock, ILogger<SchedulesJobService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(30), clock);
        do
        {
            try { await reminders.RunDueAsync(stoppingToken); }
            catch (Exception ex) when (ex is not OperationCanceledException) { logger.LogError(ex, "Schedules jobs pass failed"); }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
