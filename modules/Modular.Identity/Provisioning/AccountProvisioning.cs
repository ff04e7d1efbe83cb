using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Modular.Audit;
using Modular.Sdk;
using Npgsql;
using NpgsqlTypes;

namespace Modular.Identity.Provisioning;

/// <summary>
/// Creates accounts for many members at once, set-based: for each member without an account, a user (user name by
/// <see cref="MemberUserNames"/>, a one-time password by <see cref="InitialPasswords"/>, must change it at first sign-in),
/// the role Member, an OrganizationOfficer role for each organization whose officers list names them, and the link to
/// their roster person — in one transaction, each table in one INSERT from arrays (unnest) that writes its audit entries
/// in the same statement (<see cref="BulkAudit"/>, secrets masked as the interceptor masks them), and the batch with its
/// slips sealed (<see cref="SlipVault"/>). Members who have an account are left alone, so a second run makes only what
/// is missing; runs in one jurisdiction take turns (a transaction-scoped advisory lock), so two at once never make two
/// accounts for one person.
/// <para>Who the members are is the roster's to say (the organizations module asks, with their standing and phone
/// numbers, which the SDK's roster view does not show): this module never reads the roster's tables.</para>
/// </summary>
public sealed class AccountProvisioning(PlatformDatabase platform, IJurisdictionContext jurisdiction, IAuditActor actor, TimeProvider clock,
    ILookupNormalizer normalizer, SlipVault vault)
{
    /// <summary>A member to give an account: their roster person, name, organization, phone (for the user name) and the organizations whose officers list names them.</summary>
    public sealed record Member(long PersonId, string Name, long OrganizationId, string OrganizationName, string? Phone, IReadOnlyList<long> OfficerOf);

    /// <param name="Members">The members of the subtree who should have an account.</param>
    /// <param name="Skipped">How many others the caller left out (recorded with the batch).</param>
    public sealed record Request(long OrganizationId, IReadOnlyList<Member> Members, int Skipped);

    /// <param name="BatchId">The batch whose slip sheet lists the new accounts; null when none was made.</param>
    public sealed record Outcome(long? BatchId, int Created, int AlreadyHadAccounts);

    /// <summary>The provisioning lock's first key; the second is the jurisdiction.</summary>
    private const int ProvisionLockKey = 0x1D9A07;

    private static readonly string Users = $"{ModularIdentityDbContext.Schema}.users";
    private static readonly string RoleAssignments = $"{ModularIdentityDbContext.Schema}.role_assignments";
    private static readonly string PersonAccounts = $"{ModularIdentityDbContext.Schema}.person_accounts";
    private static readonly string Batches = $"{ModularIdentityDbContext.Schema}.provisioning_batches";

    public async Task<Outcome> ProvisionAsync(Request request, CancellationToken ct = default)
    {
        var j = jurisdiction.Required;
        var (user, at) = (actor.Current, clock.GetUtcNow());
        var members = request.Members.DistinctBy(m => m.PersonId).OrderBy(m => m.PersonId).ToList();

        // A platform connection: user names are unique across jurisdictions, so the check must see them all. Every
        // statement below names the jurisdiction itself.
        await using var connection = await platform.DataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await ExecuteAsync(connection, "SELECT pg_advisory_xact_lock($1, $2)", ct, ProvisionLockKey, j.Id);

        var linked = await LinkedAsync(connection, j.Id, members.Select(m => m.PersonId).ToArray(), ct);
        var missing = members.Where(m => !linked.Contains(m.PersonId)).ToList();
        if (missing.Count == 0)
        {
            await transaction.CommitAsync(ct);
            return new Outcome(null, 0, linked.Count);
        }

        var names = await MemberUserNames.ChooseAsync(j.Code, missing.Select(m => (m.PersonId, m.Phone)).ToList(),
            name => normalizer.NormalizeName(name)!, batch => TakenAsync(connection, batch, ct));
        var passwords = missing.Select(_ => InitialPasswords.New()).ToArray();
        var hashes = InitialPasswords.HashAll(passwords);

        var userIds = await InsertUsersAsync(connection, j.Id, missing, names, hashes, user, at, ct);
        await InsertRolesAsync(connection, j.Id, missing, userIds, user, at, ct);
        await InsertLinksAsync(connection, j.Id, missing, userIds, user, at, ct);
        var slips = missing.Select((m, i) => new Slip(m.Name, m.OrganizationName, names[i], passwords[i]))
            .OrderBy(s => s.Organization, StringComparer.Ordinal).ThenBy(s => s.Name, StringComparer.Ordinal).ToList();
        var batchId = await InsertBatchAsync(connection, j.Id, request, missing.Count, linked.Count, vault.Seal(j.Id, slips), user, at, ct);
        await transaction.CommitAsync(ct);
        return new Outcome(batchId, missing.Count, linked.Count);
    }

    private static async Task<HashSet<long>> LinkedAsync(NpgsqlConnection connection, int jurisdictionId, long[] people, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"SELECT person_id FROM {PersonAccounts} WHERE jurisdiction_id = $1 AND person_id = ANY($2)", connection);
        command.Parameters.Add(new() { Value = jurisdictionId });
        command.Parameters.Add(new() { Value = people });
        var linked = new HashSet<long>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) linked.Add(reader.GetInt64(0));
        return linked;
    }

    private static async Task<IReadOnlySet<string>> TakenAsync(NpgsqlConnection connection, IReadOnlyCollection<string> normalizedNames, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"SELECT normalized_user_name FROM {Users} WHERE normalized_user_name = ANY($1)", connection);
        command.Parameters.Add(new() { Value = normalizedNames.ToArray() });
        var taken = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) taken.Add(reader.GetString(0));
        return taken;
    }

    // The interceptor's masks for identity's secrets: the log shows they were set, never what they are.
    private const string MaskedUserSecrets = "jsonb_build_object('password_hash', '***', 'security_stamp', '***', 'concurrency_stamp', '***')";

    /// <summary>The users, in the members' order; returns their new ids in that order.</summary>
    private async Task<int[]> InsertUsersAsync(NpgsqlConnection connection, int jurisdictionId, IReadOnlyList<Member> members, string[] names,
        string[] hashes, AuditUser user, DateTimeOffset at, CancellationToken ct)
    {
        var normalized = names.Select(n => normalizer.NormalizeName(n)!).ToArray();
        await using var command = new NpgsqlCommand($"""
            WITH added AS (
                INSERT INTO {Users} (jurisdiction_id, display_name, created_at, user_name, normalized_user_name, email_confirmed, password_hash,
                                     security_stamp, concurrency_stamp, phone_number_confirmed, two_factor_enabled, lockout_enabled,
                                     access_failed_count, must_change_password)
                SELECT $1, n.display_name, $2, n.user_name, n.normalized_user_name, false, n.password_hash,
                       n.security_stamp, n.concurrency_stamp, false, false, true, 0, true
                  FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[]) WITH ORDINALITY
                       AS n(display_name, user_name, normalized_user_name, password_hash, security_stamp, concurrency_stamp, ord)
                 ORDER BY n.ord
                RETURNING *),
            audited AS (
                {BulkAudit.InsertFrom($"(SELECT jurisdiction_id, id::text AS entity_key, NULL::jsonb AS before, to_jsonb(added) || {MaskedUserSecrets} AS after FROM added) a",
                    Users, AuditAction.Insert, first: 9)})
            SELECT id, normalized_user_name FROM added
            """, connection);
        command.Parameters.Add(new() { Value = jurisdictionId });
        command.Parameters.Add(new() { Value = at.ToUniversalTime(), NpgsqlDbType = NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new() { Value = members.Select(m => m.Name).ToArray() });
        command.Parameters.Add(new() { Value = names });
        command.Parameters.Add(new() { Value = normalized });
        command.Parameters.Add(new() { Value = hashes });
        command.Parameters.Add(new() { Value = members.Select(_ => Convert.ToHexString(RandomNumberGenerator.GetBytes(20))).ToArray() });
        command.Parameters.Add(new() { Value = members.Select(_ => Guid.NewGuid().ToString()).ToArray() });
        BulkAudit.AddParameters(command, user, at);

        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        await using (var reader = await command.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct)) ids[reader.GetString(1)] = reader.GetInt32(0);
        return normalized.Select(n => ids[n]).ToArray();
    }

    /// <summary>Member for everyone; OrganizationOfficer for each organization whose officers list names them.</summary>
    private static async Task InsertRolesAsync(NpgsqlConnection connection, int jurisdictionId, IReadOnlyList<Member> members, int[] userIds,
        AuditUser user, DateTimeOffset at, CancellationToken ct)
    {
        var roles = members.SelectMany((m, i) => m.OfficerOf.Distinct()
                .Select(o => (UserId: userIds[i], Role: Roles.OrganizationOfficer, Organization: (long?)o, FromList: true))
                .Prepend((UserId: userIds[i], Role: Roles.Member, Organization: (long?)null, FromList: false)))
            .ToList();
        await using var command = new NpgsqlCommand($"""
            WITH added AS (
                INSERT INTO {RoleAssignments} (user_id, role, jurisdiction_id, organization_id, granted_at, from_officers_list)
                SELECT r.user_id, r.role, $1, r.organization_id, $2, r.from_list
                  FROM unnest($3::integer[], $4::text[], $5::bigint[], $6::boolean[]) AS r(user_id, role, organization_id, from_list)
                RETURNING *)
            {BulkAudit.InsertFrom("(SELECT jurisdiction_id, id::text AS entity_key, NULL::jsonb AS before, to_jsonb(added) AS after FROM added) a",
                RoleAssignments, AuditAction.Insert, first: 7)}
            """, connection);
        command.Parameters.Add(new() { Value = jurisdictionId });
        command.Parameters.Add(new() { Value = at.ToUniversalTime(), NpgsqlDbType = NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new() { Value = roles.Select(r => r.UserId).ToArray() });
        command.Parameters.Add(new() { Value = roles.Select(r => r.Role).ToArray() });
        command.Parameters.Add(new() { Value = roles.Select(r => r.Organization).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint });
        command.Parameters.Add(new() { Value = roles.Select(r => r.FromList).ToArray() });
        BulkAudit.AddParameters(command, user, at);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task InsertLinksAsync(NpgsqlConnection connection, int jurisdictionId, IReadOnlyList<Member> members, int[] userIds,
        AuditUser user, DateTimeOffset at, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"""
            WITH added AS (
                INSERT INTO {PersonAccounts} (jurisdiction_id, user_id, person_id)
                SELECT $1, l.user_id, l.person_id FROM unnest($2::integer[], $3::bigint[]) AS l(user_id, person_id)
                RETURNING *)
            {BulkAudit.InsertFrom("(SELECT jurisdiction_id, jurisdiction_id || '/' || user_id AS entity_key, NULL::jsonb AS before, to_jsonb(added) AS after FROM added) a",
                PersonAccounts, AuditAction.Insert, first: 4)}
            """, connection);
        command.Parameters.Add(new() { Value = jurisdictionId });
        command.Parameters.Add(new() { Value = userIds });
        command.Parameters.Add(new() { Value = members.Select(m => m.PersonId).ToArray() });
        BulkAudit.AddParameters(command, user, at);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task<long> InsertBatchAsync(NpgsqlConnection connection, int jurisdictionId, Request request, int created, int existing,
        byte[] sealedSlips, AuditUser user, DateTimeOffset at, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"""
            WITH added AS (
                INSERT INTO {Batches} (jurisdiction_id, organization_id, created_at, created_by_id, created_by_name,
                                       created_count, existing_count, skipped_count, slips)
                VALUES ($1, $2, $5, $6, $7, $3, $4, $8, $9)
                RETURNING *),
            audited AS (
                {BulkAudit.InsertFrom("(SELECT jurisdiction_id, jurisdiction_id || '/' || id AS entity_key, NULL::jsonb AS before, to_jsonb(added) || jsonb_build_object('slips', '***') AS after FROM added) a",
                    Batches, AuditAction.Insert, first: 5)})
            SELECT id FROM added
            """, connection);
        command.Parameters.Add(new() { Value = jurisdictionId });
        command.Parameters.Add(new() { Value = request.OrganizationId });
        command.Parameters.Add(new() { Value = created });
        command.Parameters.Add(new() { Value = existing });
        BulkAudit.AddParameters(command, user, at); // $5 when, $6 who (id), $7 who (name): also the batch's own columns
        command.Parameters.Add(new() { Value = request.Skipped });
        command.Parameters.Add(new() { Value = sealedSlips });
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct, params object[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        foreach (var value in parameters) command.Parameters.Add(new() { Value = value });
        await command.ExecuteNonQueryAsync(ct);
    }
}
