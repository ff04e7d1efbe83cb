using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Modular.Sdk;
using Modular.Sdk.Core;
using Npgsql;

namespace Modular.Organizations;

/// <summary>
/// Imports an organization file (CSV or .xlsx: 组织编号, 组织名称, 组织类别, 上级组织, 书记, 联系人, 建立日期, 所属领域) into the
/// current jurisdiction, all or nothing (<see cref="OrganizationFile"/> checks it first).
/// <para>A row whose 组织编号 is in the tree updates that organization, with only the columns the file has; a changed
/// parent is a move (<see cref="OrganizationMoved"/>, published after the commit). Other rows add organizations, parents
/// first. Organizations the file does not mention are left alone. The 书记 is named from the roster
/// (<see cref="SecretaryMatcher"/>) or kept as a pending name, with a warning.</para>
/// <para>One transaction, written through the context so the audit interceptor records every insert and update with
/// its before and after; imports into one jurisdiction take turns (<see cref="ImportLock"/>), and the tree is read and
/// checked under that lock, so two imports cannot together make a cycle.</para>
/// </summary>
public sealed class OrganizationImporter(RosterDbContext db, IIntegrationEvents events, IOptions<UploadLimits> limits)
{
    /// <summary>An organization whose parent the file changed.</summary>
    public sealed record Move(int Row, long OrganizationId, string Code, string Name, string? FromParentCode, string? ToParentCode);

    /// <summary>A 书记 kept by name: no member, or several, bear it (<see cref="Reason"/>).</summary>
    public sealed record PendingSecretary(int Row, long OrganizationId, string Code, string Organization, string Secretary, string Reason);

    public sealed record Outcome(IReadOnlyList<CellError> Errors, IReadOnlyList<string> Warnings) : ImportOutcome(Errors, Warnings)
    {
        public int Added { get; init; }
        /// <summary>Organizations already in the tree that the file changed (moves and secretaries included).</summary>
        public int Updated { get; init; }
        public int Unchanged { get; init; }
        public IReadOnlyList<Move> Moved { get; init; } = [];
        /// <summary>Secretaries named from the roster by this import.</summary>
        public int SecretariesNamed { get; init; }
        public IReadOnlyList<PendingSecretary> PendingSecretaries { get; init; } = [];

        public override string ErrorsTitle => Text.Of("组织文件有误，未导入任何数据。", "The organization file has errors; nothing was imported.");

        internal static Outcome Refused(string message, bool tooLarge = false) =>
            new([new CellError(0, "", message)], []) { ErrorCount = 1, TooLarge = tooLarge };
    }

    public Task<Outcome> ImportAsync(byte[] content, string? fileName, CancellationToken ct = default)
    {
        var (table, refusal, tooLarge) = ImportFiles.ReadTable(content, fileName, limits.Value);
        return table is null ? Task.FromResult(Outcome.Refused(refusal!, tooLarge)) : ImportAsync(table, ct);
    }

    public async Task<Outcome> ImportAsync(RosterTable table, CancellationToken ct = default)
    {
        if (db.CurrentJurisdictionId == 0) throw new InvalidOperationException("Organization import needs a jurisdiction.");
        if (table.Rows.Count > limits.Value.MaxRows) return Outcome.Refused(TableTooLargeException.Rows(limits.Value.MaxRows).Message, tooLarge: true);
        Outcome outcome;
        List<OrganizationMoved> moved;
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await ImportLock.TakeAsync((NpgsqlConnection)db.Database.GetDbConnection(), db.CurrentJurisdictionId, ct);
            // Locked too: an edit on an organization's page waits for the import rather than meeting a version that moved.
            var existing = await db.Organizations.FromSqlRaw($"SELECT * FROM {RosterDbContext.SchemaName}.organizations FOR UPDATE").AsTracking().ToListAsync(ct);
            var reading = OrganizationFile.Read(table, existing);
            if (reading.ErrorCount > 0) return new Outcome(reading.Errors, reading.Warnings) { ErrorCount = reading.ErrorCount };
            (outcome, moved) = await WriteAsync(reading, existing, ct);
            await tx.CommitAsync(ct);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
        foreach (var move in moved) await events.PublishAsync(move, ct);
        return outcome;
    }

    private enum SecretaryAction { ClearPending, Appoint, KeepPending }

    /// <summary>What a row's 书记 cell does: drop the pending name, appoint a member, or keep the name pending (and why).</summary>
    private sealed record SecretaryDecision(SecretaryAction Action, long PersonId = 0, string? Name = null, string? Problem = null);

    private async Task<(Outcome, List<OrganizationMoved>)> WriteAsync(OrganizationFile.Reading reading, List<Organization> existing, CancellationToken ct)
    {
        var columns = reading.Columns;
        var byCode = existing.ToDictionary(o => o.Code, StringComparer.Ordinal);
        var codeOfId = existing.ToDictionary(o => o.Id, o => o.Code);
        var secretaries = columns.Has(OrganizationField.Secretary) ? await DecideSecretariesAsync(reading.Rows, ct) : [];
        var added = await AddNewAsync(reading.Rows.Where(r => r.Existing is null).ToList(), byCode, columns, secretaries, ct);

        var changed = new HashSet<long>(); // organizations already there that the file changes
        var moves = new List<Move>();
        var moved = new List<OrganizationMoved>();
        foreach (var row in reading.Rows.Where(r => r.Existing is not null))
        {
            var o = row.Existing!;
            if (Apply(o, row, columns)) changed.Add(o.Id);
            if (columns.Has(OrganizationField.Parent) && o.ParentId != ParentIdOf(row, byCode))
            {
                moves.Add(new Move(row.RowNumber, o.Id, o.Code, o.Name, o.ParentId is { } from ? codeOfId.GetValueOrDefault(from) : null, row.ParentCode));
                moved.Add(new OrganizationMoved(o.Id, o.ParentId, ParentIdOf(row, byCode)));
                o.ParentId = ParentIdOf(row, byCode);
                changed.Add(o.Id);
            }
        }

        var (named, pending, warnings) = await AppointAsync(reading.Rows, secretaries, byCode, columns, changed, ct);
        // One version step per organization whose own row changed (naming a secretary writes a row of officers).
        db.ChangeTracker.DetectChanges();
        foreach (var o in existing.Where(o => db.Entry(o).State == EntityState.Modified)) o.Version++;
        await db.SaveChangesAsync(ct);

        var updated = reading.Rows.Count(r => r.Existing is not null && changed.Contains(r.Existing.Id));
        var outcome = new Outcome([], [.. reading.Warnings, .. warnings])
        {
            Added = added,
            Updated = updated,
            Unchanged = reading.Rows.Count - added - updated,
            Moved = moves,
            SecretariesNamed = named,
            PendingSecretaries = pending,
        };
        return (outcome, moved);
    }

    /// <summary>Adds the new organizations, each after its parent (a parent may come later in the file): one save per level.</summary>
    private async Task<int> AddNewAsync(List<OrganizationFile.Row> rows, Dictionary<string, Organization> byCode, ColumnMap<OrganizationField> columns,
        Dictionary<OrganizationFile.Row, SecretaryDecision> secretaries, CancellationToken ct)
    {
        var waiting = rows;
        while (waiting.Count > 0)
        {
            // The file has no cycle (checked), so each round finds at least one organization whose parent is there.
            var ready = waiting.Where(r => r.ParentCode is null || byCode.ContainsKey(r.ParentCode)).ToList();
            if (ready.Count == 0) throw new InvalidOperationException("An organization file's parents form a cycle the check missed.");
            foreach (var row in ready)
            {
                var o = new Organization { Code = row.Code, Name = row.Name, Kind = row.Kind, ParentId = ParentIdOf(row, byCode) };
                Apply(o, row, columns);
                // Inserted with its pending secretary, if any: one audit entry with everything.
                if (secretaries.GetValueOrDefault(row) is { Action: SecretaryAction.KeepPending } keep) o.PendingSecretaryName = keep.Name;
                db.Organizations.Add(o);
                byCode[row.Code] = o;
            }
            await db.SaveChangesAsync(ct);
            waiting = waiting.Except(ready).ToList();
        }
        return rows.Count;
    }

    private static long? ParentIdOf(OrganizationFile.Row row, Dictionary<string, Organization> byCode) =>
        row.ParentCode is { } code ? byCode[code].Id : null;

    /// <summary>Sets what the file's columns say (code and parent apart); true when anything changed.</summary>
    private static bool Apply(Organization o, OrganizationFile.Row row, ColumnMap<OrganizationField> columns)
    {
        var changed = false;
        void Set<T>(T current, T value, Action<T> set)
        {
            if (EqualityComparer<T>.Default.Equals(current, value)) return;
            set(value);
            changed = true;
        }
        Set(o.Name, row.Name, v => o.Name = v);
        Set(o.Kind, row.Kind, v => o.Kind = v);
        if (columns.Has(OrganizationField.Sector)) Set(o.Sector, row.Sector, v => o.Sector = v);
        if (columns.Has(OrganizationField.EstablishedOn)) Set(o.EstablishedOn, row.EstablishedOn, v => o.EstablishedOn = v);
        if (columns.Has(OrganizationField.Contact)) Set(o.Contact, row.Contact, v => o.Contact = v);
        return changed;
    }

    /// <summary>
    /// Each row's 书记, before anything is written (a new organization has no members yet: its secretary is looked for in
    /// the whole jurisdiction). A cell that reads as an export would write it now changes nothing, except that a pending
    /// name the file repeats is tried again; a blank cell drops a pending name and leaves appointed secretaries alone
    /// (those are removed on the organization's page); a name is matched to a member or kept pending.
    /// </summary>
    private async Task<Dictionary<OrganizationFile.Row, SecretaryDecision>> DecideSecretariesAsync(List<OrganizationFile.Row> rows, CancellationToken ct)
    {
        var current = await SecretaryMatcher.SecretaryNamesAsync(db, ct);
        var members = await SecretaryMatcher.MembersNamedAsync(db, rows.Select(r => r.Secretary).OfType<string>().ToList(), ct);
        var decisions = new Dictionary<OrganizationFile.Row, SecretaryDecision>();
        foreach (var row in rows)
        {
            var appointed = row.Existing is { } o ? current.GetValueOrDefault(o.Id) ?? [] : [];
            var pendingNow = row.Existing?.PendingSecretaryName;
            var retry = appointed.Count == 0 && pendingNow is not null && row.Secretary == pendingNow;
            if ((row.Secretary ?? "") == OrganizationCells.SecretaryText(appointed, pendingNow) && !retry) continue;
            if (row.Secretary is not { } name)
            {
                if (pendingNow is not null) decisions[row] = new SecretaryDecision(SecretaryAction.ClearPending);
                continue;
            }
            var (personId, problem) = SecretaryMatcher.Match(name, row.Existing?.Id, members.GetValueOrDefault(name) ?? []);
            decisions[row] = personId is { } id
                ? new SecretaryDecision(SecretaryAction.Appoint, PersonId: id)
                : new SecretaryDecision(SecretaryAction.KeepPending, Name: name, Problem: problem);
        }
        return decisions;
    }

    /// <summary>Carries out the decisions: a named member becomes the secretary in place of any other; a pending name replaces the secretaries.</summary>
    private async Task<(int Named, List<PendingSecretary> Pending, List<string> Warnings)> AppointAsync(List<OrganizationFile.Row> rows,
        Dictionary<OrganizationFile.Row, SecretaryDecision> decisions, Dictionary<string, Organization> byCode, ColumnMap<OrganizationField> columns,
        HashSet<long> changed, CancellationToken ct)
    {
        var (named, pending, warnings) = (0, new List<PendingSecretary>(), new List<string>());
        if (decisions.Count == 0) return (named, pending, warnings);
        var officers = await db.Officers.AsTracking().Where(x => x.Post == OfficerPost.Secretary).ToListAsync(ct);
        void RemoveSecretaries(long organizationId, long except = 0)
        {
            foreach (var old in officers.Where(x => x.OrganizationId == organizationId && x.PersonId != except)) db.Officers.Remove(old);
        }
        var header = columns.Header(OrganizationField.Secretary);
        foreach (var row in rows)
        {
            if (!decisions.TryGetValue(row, out var decision)) continue;
            var o = byCode[row.Code];
            switch (decision.Action)
            {
                case SecretaryAction.ClearPending:
                    o.PendingSecretaryName = null;
                    changed.Add(o.Id);
                    break;
                case SecretaryAction.Appoint:
                    // The file names the secretary: whoever held the post before no longer does.
                    RemoveSecretaries(o.Id, except: decision.PersonId);
                    if (!officers.Any(x => x.OrganizationId == o.Id && x.PersonId == decision.PersonId))
                        db.Officers.Add(new Officer { OrganizationId = o.Id, PersonId = decision.PersonId, Post = OfficerPost.Secretary });
                    o.PendingSecretaryName = null;
                    named++;
                    changed.Add(o.Id);
                    break;
                case SecretaryAction.KeepPending:
                    if (o.PendingSecretaryName != decision.Name || officers.Any(x => x.OrganizationId == o.Id))
                    {
                        RemoveSecretaries(o.Id);
                        o.PendingSecretaryName = decision.Name;
                        changed.Add(o.Id);
                    }
                    pending.Add(new PendingSecretary(row.RowNumber, o.Id, o.Code, o.Name, decision.Name!, decision.Problem!));
                    warnings.Add(Text.Of($"第{row.RowNumber}行，列“{header}”：{decision.Problem}，已记为待匹配书记。",
                        $"row {row.RowNumber}, column {header}: {decision.Problem}; kept as the pending secretary."));
                    break;
            }
        }
        return (named, pending, warnings);
    }
}
