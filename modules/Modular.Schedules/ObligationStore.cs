using Modular.Audit;
using Microsoft.EntityFrameworkCore;
using Modular.Jurisdictions;
using Modular.Schedules.Rules;
using Modular.Sdk;
using Modular.Sdk.Core;
using Modular.Sdk.Scheduling;
using Npgsql;
using NpgsqlTypes;

namespace Modular.Schedules;

/// <summary>One obligation to store: who owes which type for which period, due when, and under which organization it rolls up.
/// <see cref="MetAt"/>/<see cref="RecordRef"/> come from a plugin that holds the record; a deadline's rows leave them null (records attach later).</summary>
public sealed record ObligationRow(string Source, long? DeadlineId, string TypeKey, ObligedKind Kind, long ObligedId, long OrganizationId, DateOnly PeriodStart, DateOnly? DueOn,
    DateTimeOffset? MetAt = null, string? RecordRef = null);

/// <summary>An obligation as pages and the API show it, with its computed status.</summary>
public sealed record ObligationView(long Id, string TypeKey, string ObligedKind, long ObligedId, long OrganizationId, DateOnly PeriodStart,
    DateOnly? DueOn, string? RecordKind, string? RecordRef, DateTimeOffset? MetAt, string Status);

/// <param name="OpenOnly">Only obligations not met yet.</param>
public sealed record ObligationFilter(long? PersonId = null, long? OrganizationId = null, string? TypeKey = null, DateOnly? From = null, DateOnly? To = null, int Limit = 500,
    bool OpenOnly = false);

/// <summary>Stores obligations (set-based upserts), attaches the records that meet them, lists them with their status.</summary>
public sealed class ObligationStore(SchedulesDbContext db, NpgsqlDataSource database, IJurisdictionContext jurisdiction, TimeProvider clock,
    CurrentObligations current) : IObligationRecords
{
    private const string PluginRecordKind = "plugin";

    private IJurisdiction J => jurisdiction.Required;

    public DateOnly Today => ObligationStatusRules.LocalDate(clock.GetUtcNow(), J.TimeZone);

    /// <summary>Inserts new obligations and updates the due day (and organization) of existing ones, in one statement. Returns rows touched.</summary>
    public async Task<int> UpsertAsync(IReadOnlyCollection<ObligationRow> rows, CancellationToken ct = default)
    {
        if (rows.Count == 0) return 0;
        await using var connection = await database.OpenForJurisdictionAsync(J.Id, ct);
        await using var command = new NpgsqlCommand("""
            insert into schedules.obligations (jurisdiction_id, source, deadline_id, type_key, obliged_kind, obliged_id, organization_id, period_start, due_on,
                                               record_kind, record_ref, met_at, met_on)
            select $1, source, deadline_id, type_key, obliged_kind, obliged_id, organization_id, period_start, due_on,
                   case when met_at is not null then $10 end, record_ref, met_at, (met_at at time zone $11)::date
              from unnest($2::text[], $3::bigint[], $4::text[], $5::smallint[], $6::bigint[], $7::bigint[], $8::date[], $9::date[], $12::timestamptz[], $13::text[])
                   as r(source, deadline_id, type_key, obliged_kind, obliged_id, organization_id, period_start, due_on, met_at, record_ref)
            on conflict (jurisdiction_id, type_key, obliged_kind, obliged_id, period_start) do update
               set due_on = excluded.due_on, organization_id = excluded.organization_id, deadline_id = excluded.deadline_id, source = excluded.source,
                   -- a provider that reports the record meeting it fills it in; unmet answers never clear a record (IObligationRecords.ClearAsync does)
                   record_kind = coalesce(excluded.record_kind, obligations.record_kind),
                   record_ref  = coalesce(excluded.record_ref, obligations.record_ref),
                   met_at      = coalesce(excluded.met_at, obligations.met_at),
                   met_on      = coalesce(excluded.met_on, obligations.met_on)
             where obligations.due_on is distinct from excluded.due_on or obligations.organization_id <> excluded.organization_id
                or (excluded.met_at is not null and (obligations.met_at is distinct from excluded.met_at or obligations.record_ref is distinct from excluded.record_ref))
            """, connection);
        command.Parameters.Add(new() { Value = J.Id });
        command.Parameters.Add(new() { Value = rows.Select(r => r.Source).ToArray() });
        command.Parameters.Add(new() { Value = rows.Select(r => r.DeadlineId).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint });
        command.Parameters.Add(new() { Value = rows.Select(r => r.TypeKey).ToArray() });
        command.Parameters.Add(new() { Value = rows.Select(r => (short)r.Kind).ToArray() });
        command.Parameters.Add(new() { Value = rows.Select(r => r.ObligedId).ToArray() });
        command.Parameters.Add(new() { Value = rows.Select(r => r.OrganizationId).ToArray() });
        command.Parameters.Add(new() { Value = rows.Select(r => r.PeriodStart).ToArray() });
        command.Parameters.Add(new() { Value = rows.Select(r => r.DueOn).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Date });
        command.Parameters.Add(new() { Value = PluginRecordKind });
        command.Parameters.Add(new() { Value = J.TimeZone.Id });
        command.Parameters.Add(new() { Value = rows.Select(r => r.MetAt?.ToUniversalTime()).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new() { Value = rows.Select(r => r.RecordRef).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        return await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Removes a source's obligations of these types that fall due outside a span (the plugin's campaign moved). Returns rows removed.</summary>
    public async Task<int> RemoveOutsideAsync(string source, IReadOnlyCollection<string> typeKeys, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        await using var connection = await database.OpenForJurisdictionAsync(J.Id, ct);
        await using var command = new NpgsqlCommand("""
            delete from schedules.obligations
             where jurisdiction_id = $1 and source = $2 and type_key = any($3) and (due_on < $4 or due_on > $5)
            """, connection);
        command.Parameters.Add(new() { Value = J.Id });
        command.Parameters.Add(new() { Value = source });
        command.Parameters.Add(new() { Value = typeKeys.ToArray() });
        command.Parameters.Add(new() { Value = from });
        command.Parameters.Add(new() { Value = to });
        return await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Attaches a record (kind, reference, when) to an obligation: that meets it. Null if there is no such obligation here.</summary>
    public async Task<ObligationView?> RecordAsync(long obligationId, string recordKind, string recordRef, DateTimeOffset? metAt, CancellationToken ct = default)
    {
        var when = metAt ?? clock.GetUtcNow();
        var row = await db.Obligations.AsTracking().SingleOrDefaultAsync(o => o.Id == obligationId, ct);
        if (row is null) return null;
        row.RecordKind = recordKind;
        row.RecordRef = recordRef;
        row.MetAt = when.ToUniversalTime();
        row.MetOn = ObligationStatusRules.LocalDate(when, J.TimeZone);
        await db.SaveChangesAsync(ct);
        return View(row, Today);
    }

    /// <summary>Meets the obligation of a type, obliged and period (how plugins record): false if none matches.</summary>
    public async Task<bool> RecordAsync(string typeKey, ObligedKind kind, long obligedId, DateOnly periodStart, string recordKind, string recordRef, DateTimeOffset? metAt, CancellationToken ct = default)
    {
        var id = await db.Obligations.Where(o => o.TypeKey == typeKey && o.ObligedKind == (short)kind && o.ObligedId == obligedId && o.PeriodStart == periodStart)
            .Select(o => (long?)o.Id).SingleOrDefaultAsync(ct);
        return id is { } found && await RecordAsync(found, recordKind, recordRef, metAt, ct) is not null;
    }

    Task<bool> IObligationRecords.RecordAsync(string typeKey, ObligedKind kind, long obligedId, DateOnly periodStart, string recordRef, DateTimeOffset? metAt, CancellationToken ct) =>
        RecordAsync(typeKey, kind, obligedId, periodStart, PluginRecordKind, recordRef, metAt, ct);

    public async Task<int> RecordManyAsync(string typeKey, ObligedKind kind, IReadOnlyCollection<ObligationRecord> records, CancellationToken ct = default)
    {
        if (records.Count == 0) return 0;
        await using var connection = await database.OpenForJurisdictionAsync(J.Id, ct);
        await using var command = new NpgsqlCommand("""
            update schedules.obligations o
               set record_kind = $4, record_ref = r.record_ref, met_at = r.met_at, met_on = (r.met_at at time zone $5)::date
              from unnest($6::bigint[], $7::date[], $8::text[], $9::timestamptz[]) as r(obliged_id, period_start, record_ref, met_at)
             where o.jurisdiction_id = $1 and o.type_key = $2 and o.obliged_kind = $3
               and o.obliged_id = r.obliged_id and o.period_start = r.period_start
            """, connection);
        command.Parameters.Add(new() { Value = J.Id });
        command.Parameters.Add(new() { Value = typeKey });
        command.Parameters.Add(new() { Value = (short)kind });
        command.Parameters.Add(new() { Value = PluginRecordKind });
        command.Parameters.Add(new() { Value = J.TimeZone.Id });
        command.Parameters.Add(new() { Value = records.Select(r => r.ObligedId).ToArray() });
        command.Parameters.Add(new() { Value = records.Select(r => r.PeriodStart).ToArray() });
        command.Parameters.Add(new() { Value = records.Select(r => r.RecordRef).ToArray() });
        command.Parameters.Add(new() { Value = records.Select(r => r.MetAt.ToUniversalTime()).ToArray() });
        return await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Detaches the record from the obligation of a type, obliged and period: it is open again. False if none matches.</summary>
    public async Task<bool> ClearAsync(string typeKey, ObligedKind kind, long obligedId, DateOnly periodStart, CancellationToken ct = default)
    {
        var row = await db.Obligations.AsTracking()
            .SingleOrDefaultAsync(o => o.TypeKey == typeKey && o.ObligedKind == (short)kind && o.ObligedId == obligedId && o.PeriodStart == periodStart, ct);
        if (row is null) return false;
        row.RecordKind = null;
        row.RecordRef = null;
        row.MetAt = null;
        row.MetOn = null;
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Up to <see cref="ObligationFilter.Limit"/> matching obligations by due day (calendars, feeds, ledgers).</summary>
    public async Task<IReadOnlyList<ObligationView>> ListAsync(ObligationFilter filter, CancellationToken ct = default)
    {
        await current.EnsureAsync(ct);
        var today = Today;
        var rows = await Matching(filter).Take(Math.Clamp(filter.Limit, 1, 5000)).ToListAsync(ct);
        return rows.Select(o => View(o, today)).ToList();
    }

    /// <summary>One page of the matching obligations by due day, with how many match (the API).</summary>
    public async Task<ListPage<ObligationView>> ListAsync(ObligationFilter filter, PageRequest page, CancellationToken ct = default)
    {
        await current.EnsureAsync(ct);
        var today = Today;
        return (await Matching(filter).ToListPageAsync(page, ct)).Map(o => View(o, today));
    }

    private IQueryable<Obligation> Matching(ObligationFilter filter)
    {
        var q = db.Obligations.AsQueryable();
        if (filter.PersonId is { } person) q = q.Where(o => o.ObligedKind == (short)ObligedKind.Person && o.ObligedId == person);
        if (filter.OrganizationId is { } org) q = q.Where(o => o.ObligedKind == (short)ObligedKind.Organization && o.ObligedId == org);
        if (filter.TypeKey is { } type) q = q.Where(o => o.TypeKey == type);
        if (filter.From is { } from) q = q.Where(o => o.DueOn == null || o.DueOn >= from);
        if (filter.To is { } to) q = q.Where(o => o.DueOn == null || o.DueOn <= to);
        if (filter.OpenOnly) q = q.Where(o => o.MetOn == null);
        return q.OrderBy(o => o.DueOn).ThenBy(o => o.Id);
    }

    public async Task<ObligationView?> FindAsync(long id, CancellationToken ct = default) =>
        await db.Obligations.SingleOrDefaultAsync(o => o.Id == id, ct) is { } o ? View(o, Today) : null;

    internal static ObligationView View(Obligation o, DateOnly today) => new(o.Id, o.TypeKey,
        o.ObligedKind == (short)ObligedKind.Person ? "person" : "organization", o.ObligedId, o.OrganizationId, o.PeriodStart, o.DueOn,
        o.RecordKind, o.RecordRef, o.MetAt, ObligationStatusRules.Compute(o.DueOn, o.MetOn, today).Key());
}

/// <summary>
/// The core's "who": every leading cadre, every member of a subtree, every organization (of a kind),
/// read through the roster and organization directory contracts.
/// </summary>
public sealed class Assignees(IRoster roster, IOrganizationDirectory organizations)
{
    public const string LeadingCadres = "leading-cadres";
    public const string Members = "members";
    public const string Organizations = "organizations";
    public static readonly string[] All = [LeadingCadres, Members, Organizations];

    public async Task<IReadOnlyList<(ObligedKind Kind, long Id, long OrganizationId)>> ExpandAsync(string assignees, long? subtreeRootId, string? organizationKind, CancellationToken ct = default)
    {
        switch (assignees)
        {
            case LeadingCadres or Members:
                var people = await roster.MembersAsync(new RosterQuery { SubtreeRootId = subtreeRootId, LeadingCadresOnly = assignees == LeadingCadres }, ct);
                return people.Select(p => (ObligedKind.Person, p.Id, p.OrganizationId)).ToList();
            case Organizations:
                var nodes = subtreeRootId is { } root ? await organizations.SubtreeAsync(root, ct) : await organizations.ListAsync(ct);
                return nodes.Where(o => organizationKind is null || string.Equals(o.Kind.ToString(), organizationKind, StringComparison.OrdinalIgnoreCase))
                    .Select(o => (ObligedKind.Organization, o.Id, o.Id)).ToList();
            default:
                throw new ArgumentOutOfRangeException(nameof(assignees), assignees, null);
        }
    }

    /// <summary>The organization a person or an organization rolls up under.</summary>
    public async Task<Dictionary<long, long>> OrganizationsOfPeopleAsync(CancellationToken ct = default) =>
        (await roster.MembersAsync(new RosterQuery(), ct)).ToDictionary(p => p.Id, p => p.OrganizationId);
}
