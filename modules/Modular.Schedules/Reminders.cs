using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Modular.Audit;
using Modular.Jurisdictions;
using Modular.Schedules.Rules;
using Modular.Sdk.Scheduling;
using Modular.Sdk;
using Modular.Sdk.Core;
using Npgsql;

namespace Modular.Schedules;

/// <summary>Open obligations of one type (of the person, or of an organization they are an officer of), overdue or due soon: how many, first and last due day.</summary>
public sealed record ReminderGroup(string Type, bool OfOrganization, bool Overdue, int Count, DateOnly First, DateOnly Last);

public sealed record PersonReminders(long? PersonId, DateOnly ComputedOn, int DueSoon, int Overdue, IReadOnlyList<ReminderGroup> Groups)
{
    public bool IsEmpty => DueSoon == 0 && Overdue == 0;
}

/// <summary>
/// What falls due in the next N days (setting <c>reminder_days</c>, default 7) and what is overdue, read from the
/// obligations when asked, so the dashboard card, the calendar and the API agree with them (and with the plugins
/// whose records meet them) at every moment.
/// </summary>
public sealed class ReminderService(NpgsqlDataSource database, IJurisdictionContext jurisdiction, CurrentObligations current, TimeProvider clock)
{
    public const int DefaultDays = 7;
    private int J => jurisdiction.Required.Id;

    public async Task<int> ReminderDaysAsync(CancellationToken ct = default)
    {
        await using var connection = await database.OpenForJurisdictionAsync(J, ct);
        await using var command = new NpgsqlCommand("select reminder_days from schedules.settings where jurisdiction_id = $1", connection);
        command.Parameters.Add(new() { Value = J });
        return await command.ExecuteScalarAsync(ct) is int days ? days : DefaultDays;
    }

    public async Task SetReminderDaysAsync(int days, CancellationToken ct = default)
    {
        await using var connection = await database.OpenForJurisdictionAsync(J, ct);
        await using var command = new NpgsqlCommand("""
            insert into schedules.settings (jurisdiction_id, reminder_days) values ($1, $2)
            on conflict (jurisdiction_id) do update set reminder_days = excluded.reminder_days
            """, connection);
        command.Parameters.Add(new() { Value = J });
        command.Parameters.Add(new() { Value = days });
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>
    /// The open obligations of a person and of the given organizations (those the user is an officer of) due within
    /// the reminder days or overdue, as of today, per type: due soon first, then overdue, latest first.
    /// </summary>
    public async Task<PersonReminders> ForAsync(long? personId, IReadOnlyCollection<long> organizations, CancellationToken ct = default)
    {
        await current.EnsureAsync(ct);
        var today = ObligationStatusRules.LocalDate(clock.GetUtcNow(), jurisdiction.Required.TimeZone);
        await using var connection = await database.OpenForJurisdictionAsync(J, ct);
        await using var command = new NpgsqlCommand("""
            select type_key, obliged_kind = 1, due_on < $3 as overdue, count(*)::int, min(due_on), max(due_on)
              from schedules.obligations
             where jurisdiction_id = $1 and met_on is null and due_on <= $4
               and ((obliged_kind = 0 and obliged_id = $2) or (obliged_kind = 1 and obliged_id = any($5)))
             group by 1, 2, 3
             order by 3, 6 desc, 1
            """, connection);
        command.Parameters.Add(new() { Value = J });
        command.Parameters.Add(new() { Value = personId ?? -1 });
        command.Parameters.Add(new() { Value = today });
        command.Parameters.Add(new() { Value = today.AddDays(await ReminderDaysAsync(ct)) });
        command.Parameters.Add(new() { Value = organizations.ToArray() });
        var groups = new List<ReminderGroup>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            groups.Add(new ReminderGroup(reader.GetString(0), reader.GetBoolean(1), reader.GetBoolean(2), reader.GetInt32(3),
                reader.GetFieldValue<DateOnly>(4), reader.GetFieldValue<DateOnly>(5)));
        return new PersonReminders(personId, today, groups.Where(g => !g.Overdue).Sum(g => g.Count), groups.Where(g => g.Overdue).Sum(g => g.Count), groups);
    }
}

/// <summary>
/// The core's daily pass: for every jurisdiction, at <see cref="LocalTime"/> in its time zone, once across host
/// instances (claimed through <see cref="JobClaims"/>, as the host's plugin jobs are), regenerates the obligations
/// (<see cref="IObligationSource.RefreshAsync"/> with daily), which is what reminders are read from. Between daily
/// runs each pass brings obligations up to date where they are not (a plugin switched on, its settings changed, a
/// fresh start), which costs one small query when they are.
/// </summary>
internal sealed class ReminderJob(JurisdictionDirectory directory, IServiceScopeFactory scopes, JobClaims claims, TimeProvider clock, ILogger<ReminderJob> logger)
{
    public const string JobKey = "schedules/reminders";
    public static readonly TimeOnly LocalTime = new(6, 0);

    /// <summary>The latest daily due time not after <paramref name="now"/>, in the zone.</summary>
    public static DateTimeOffset LatestDue(DateTimeOffset now, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var day = DateOnly.FromDateTime(local.DateTime);
        if (TimeOnly.FromDateTime(local.DateTime) < LocalTime) day = day.AddDays(-1);
        var due = day.ToDateTime(LocalTime);
        return new DateTimeOffset(due, zone.GetUtcOffset(due)).ToUniversalTime();
    }

    /// <summary>One pass over all jurisdictions; returns how many daily runs this instance made.</summary>
    public async Task<int> RunDueAsync(CancellationToken ct = default)
    {
        var runs = 0;
        foreach (var row in await directory.ListAsync(ct: ct))
        {
            var j = row.ToResolved();
            var state = await claims.StateAsync(j.Id, JobKey, ct);
            var latest = LatestDue(clock.GetUtcNow(), j.TimeZone);
            var due = state.Abandoned ?? (state.LastDue >= latest ? null : latest);
            if (due is not null && await claims.RunAsync(j, JobKey, due.Value, lease => RefreshAsync(j, daily: true, lease), ct) is not null)
                runs++;
            else
                await RefreshAsync(j, daily: false, ct);
        }
        return runs;
    }

    /// <summary>Brings one jurisdiction's obligations up to date (all of them when daily); returns the error, if any.</summary>
    private async Task<string?> RefreshAsync(IJurisdiction j, bool daily, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<JurisdictionContext>().Set(j);
            foreach (var source in scope.ServiceProvider.GetServices<IObligationSource>())
                await source.RefreshAsync(daily, ct);
            return null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Obligations pass failed for jurisdiction {Jurisdiction}", j.Code);
            return ex.Message;
        }
    }
}

/// <summary>Runs the core's schedules pass every 30 seconds, the first soon after start (<see cref="JobOptions.FirstPassDelay"/>; daily work does nothing until due).</summary>
internal sealed class SchedulesJobService(ReminderJob reminders, JobClaims claims, IHostApplicationLifetime lifetime, TimeProvider clock,
    ILogger<SchedulesJobService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await claims.BeforeFirstPassAsync(lifetime, clock, stoppingToken);
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(30), clock);
        do
        {
            try { await reminders.RunDueAsync(stoppingToken); }
            catch (Exception ex) when (ex is not OperationCanceledException) { logger.LogError(ex, "Schedules jobs pass failed"); }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
