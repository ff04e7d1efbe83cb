using Modular.Plugins.BannerThirdBatch.Common;
using Modular.Plugins.BannerThirdBatch.Units;

namespace Modular.Plugins.BannerThirdBatch.Outreach;

/// <summary>A contact as the form or the API sends it; <paramref name="Version"/> the version read when correcting one.</summary>
public sealed record OutreachInput(long? PersonId, DateOnly? ReachedOn, OutreachMethod? Method, string? Note = null, int? Version = null);

public sealed record ContactView(long Id, long PersonId, string Person, long UnitId, string Unit, DateOnly ReachedOn, OutreachMethod Method, string MethodName,
    string? Note, string? RecordedBy, int Version);

/// <summary>An outgoing member with where they went and whether, when (first and last) and how (last) they were reached.</summary>
public sealed record OutgoingMemberView(long PersonId, string Name, long UnitId, string Unit, string? Whereabouts, int Contacts, DateOnly? FirstReachedOn,
    DateOnly? LastReachedOn, string? LastMethod);

/// <summary>A unit's coverage (reached of all its outgoing members), its due day (once it chose a start) and the day it was through.</summary>
public sealed record UnitOutreachView(UnitFigure Figure, DateOnly? DueOn, DateOnly? CompletedOn, DueState State, string StateName);

public sealed record OutreachOverview(IReadOnlyList<UnitOutreachView> Units, IReadOnlyList<OutgoingMemberView> Members, IReadOnlyList<ContactView> Contacts);

/// <summary>The columns the contacts list sorts by.</summary>
public enum ContactSort { Day, Method }

/// <summary>The contacts list's filters (a unit, a month <c>yyyy-MM</c>, a method) and order.</summary>
public sealed record ContactQuery(long? UnitId = null, string? Month = null, OutreachMethod? Method = null, ContactSort Sort = ContactSort.Day, bool Desc = true);

/// <summary>
/// 二(三) 外出党员传达: the contacts with outgoing members, recorded by the member's unit, those above it or the office; each unit's
/// coverage from today's roster (a transfer moves the member and the fact they were reached); the unit's obligation.
/// </summary>
public sealed class OutreachService(BannerThirdBatchDbContext db, ThirdBatchUnits units, UnitMembers members, ScheduleService schedules, IRoster roster,
    ICurrentUser user, BannerThirdBatchCampaign campaign, IObligationRecords obligations)
{
    public static string NoContact(long id) => Text.Of($"没有编号为 {id} 的外出党员传达记录。", $"There is no outreach contact {id}.");

    public Task<Result<ContactView>> RecordAsync(OutreachInput input, CancellationToken ct) => SaveAsync(null, input, ct);

    public Task<Result<ContactView>> UpdateAsync(long id, OutreachInput input, CancellationToken ct) => SaveAsync(id, input, ct);

    private async Task<Result<ContactView>> SaveAsync(long? id, OutreachInput input, CancellationToken ct)
    {
        OutreachContact? found = null;
        Unit? before = null;
        if (id is { } contactId)
        {
            found = await db.OutreachContacts.AsTracking().SingleOrDefaultAsync(c => c.Id == contactId, ct);
            before = found is null ? null : await UnitOfPersonAsync(found.PersonId, ct);
            if (found is null || before is null || await units.ReadableAsync(before.Id, ct) is null) return Refuse.NotFound(NoContact(contactId));
            if (!await units.MayActForAsync(before.Id, ct)) return Refuse.Forbidden(ThirdBatchUnits.OnlyTheUnit);
        }
        if (input.PersonId is not { } personId) return Refuse.Field("personId", Text.Of("请选择外出党员。", "Choose the outgoing member."));
        if (await roster.FindAsync(personId, ct) is not { } person || !await user.MayReadPersonAsync(personId, ct))
            return Refuse.Field("personId", References.NoPerson(personId));
        if (!person.IsOutgoing) return Refuse.Field("personId", Text.Of($"{person.Name} 不是外出党员（花名册未标记外出）。", $"{person.Name} is not an outgoing member (the roster does not flag them)."));
        if (await members.UnitOfAsync(person.OrganizationId, ct) is not { } unit)
            return Refuse.Field("personId", Text.Of($"{person.Name} 所在党组织不属于参学单位。", $"{person.Name}'s organization belongs to no participating unit."));
        var may = await units.ForWorkAsync(unit.Id, "personId", ct);
        if (!may.Succeeded) return Refuse.As(may);

        var note = Entered.Text(input.Note);
        var errors = OutreachRule.Problems(input.ReachedOn, input.Method, note, campaign.Today);
        if (errors.Count > 0) return Refuse.Fields(errors);
        var row = db.OutreachContacts.Edit(found, id is null ? null : input.Version ?? -1, () => new OutreachContact());
        if (row is null) return Refuse.Conflict();
        (row.PersonId, row.ReachedOn, row.Method, row.Note, row.RecordedBy, row.RecordedAt) = (person.Id, input.ReachedOn!.Value, input.Method!.Value, note, user.DisplayName, campaign.Now);
        if (!await db.TrySaveAsync(ct)) return Refuse.Conflict();
        await SyncAsync(unit, ct);
        if (before is not null && before.Id != unit.Id) await SyncAsync(before, ct);
        var view = View(row, person.Name, unit);
        return id is null ? Result.Created($"outreach/{row.Id}", view) : Result.Ok(view);
    }

    public async Task<Result<ContactView>> FindAsync(long id, CancellationToken ct)
    {
        if (await db.OutreachContacts.SingleOrDefaultAsync(c => c.Id == id, ct) is not { } found
            || await roster.FindAsync(found.PersonId, ct) is not { } person
            || await members.UnitOfAsync(person.OrganizationId, ct) is not { } unit || await units.ReadableAsync(unit.Id, ct) is null)
            return Refuse.NotFound(NoContact(id));
        return Result.Ok(View(found, person.Name, unit));
    }

    /// <summary>The units the user sees (or one of them), each with its coverage, its outgoing members and their contacts.</summary>
    public async Task<OutreachOverview> OverviewAsync(long? unitId, CancellationToken ct)
    {
        var seen = (await units.SeenAsync(ct)).Where(u => unitId is null || u.Id == unitId).ToList();
        var seenIds = seen.Select(u => u.Id).ToHashSet();
        var outgoing = (await members.OutgoingAsync(ct)).Where(m => seenIds.Contains(m.Unit.Id)).ToList();
        var everyone = (await members.MembersAsync(ct)).Where(m => seenIds.Contains(m.Unit.Id)).ToDictionary(m => m.Person.Id);
        // The jurisdiction's contacts are few (one or two per outgoing member): read them all and keep the seen units' members'
        // here, rather than send every member's id (50,000 at the banner's size) as a list.
        var contacts = (await db.OutreachContacts.AsNoTracking().OrderByDescending(c => c.ReachedOn).ThenByDescending(c => c.Id).ToListAsync(ct))
            .Where(c => everyone.ContainsKey(c.PersonId)).ToList();
        var first = FirstReached(contacts);
        var rules = await campaign.RulesAsync(ct);
        var all = await schedules.SchedulesAsync(ct);
        var unitViews = seen.Select(u =>
        {
            var mine = outgoing.Where(m => m.Unit.Id == u.Id).Select(m => m.Person.Id).ToList();
            DateOnly? due = all.TryGetValue(u.Id, out var s) && mine.Count > 0 ? OutreachRule.DueOn(rules, s.Start) : null;
            var completed = OutreachRule.CompletedOn(mine, first);
            var state = mine.Count == 0 ? DueState.Done : DueStates.Of(due, completed, campaign.Today);
            return new UnitOutreachView(OutreachRule.Coverage(u.Id, u.Name, mine, first), due, completed, state, state.Label());
        }).ToList();
        var byPerson = contacts.ToLookup(c => c.PersonId);
        var memberViews = outgoing.Select(m =>
        {
            var mine = byPerson[m.Person.Id].ToList();   // latest first
            return new OutgoingMemberView(m.Person.Id, m.Person.Name, m.Unit.Id, m.Unit.Name, m.Person.Whereabouts, mine.Count, first.TryGetValue(m.Person.Id, out var f) ? f : null,
                mine.FirstOrDefault()?.ReachedOn, mine.FirstOrDefault() is { } last ? OutreachRule.MethodName(last.Method).ToString() : null);
        }).ToList();
        return new OutreachOverview(unitViews, memberViews, [.. contacts.Select(c => View(c, everyone[c.PersonId].Person.Name, everyone[c.PersonId].Unit))]);
    }

    /// <summary>
    /// One page of the contacts with members of the units the user sees (the member's unit on today's roster), filtered by unit,
    /// month and method, sorted in the database; a month that is not one is refused by field.
    /// </summary>
    public async Task<Result<ListPage<ContactView>>> ContactsAsync(ContactQuery query, PageRequest page, CancellationToken ct)
    {
        if (!Listing.TryMonth(query.Month, out var month)) return Refuse.Field("month", Listing.BadMonth(query.Month));
        var seenIds = (await units.SeenAsync(ct)).Where(u => query.UnitId is null || u.Id == query.UnitId).Select(u => u.Id).ToHashSet();
        var everyone = (await members.MembersAsync(ct)).Where(m => seenIds.Contains(m.Unit.Id)).ToDictionary(m => m.Person.Id);
        var ids = everyone.Keys.ToList();
        var rows = db.OutreachContacts.AsNoTracking().Where(c => ids.Contains(c.PersonId));
        if (month is { } m) rows = rows.Where(c => c.ReachedOn >= m.From && c.ReachedOn <= m.To);
        if (query.Method is { } method) rows = rows.Where(c => c.Method == method);
        var ordered = (query.Sort, query.Desc) switch
        {
            (ContactSort.Method, false) => rows.OrderBy(c => c.Method).ThenByDescending(c => c.ReachedOn),
            (ContactSort.Method, true) => rows.OrderByDescending(c => c.Method).ThenByDescending(c => c.ReachedOn),
            (_, false) => rows.OrderBy(c => c.ReachedOn),
            _ => rows.OrderByDescending(c => c.ReachedOn),
        };
        var found = await ordered.ThenByDescending(c => c.Id).ToListPageAsync(page, ct);
        return Result.Ok(found.Map(c => View(c, everyone[c.PersonId].Person.Name, everyone[c.PersonId].Unit)));
    }

    /// <summary>For the office's overview: every unit's outgoing members reached (each once) of all of them, from today's roster.</summary>
    public async Task<IReadOnlyList<UnitFigure>> CoverageAsync(CancellationToken ct)
    {
        // The figures alone: each person's first contact, each unit's outgoing members' ids (not the whole roster) grouped once.
        var first = await FirstReachedAsync(ct);
        var outgoing = await members.OutgoingIdsAsync(ct);
        return [.. (await units.SeenAsync(ct)).Select(u => OutreachRule.Coverage(u.Id, u.Name, [.. outgoing[u.Id]], first))];
    }

    /// <summary>The day every outgoing member of each unit was reached (units with outgoing members only; null while not all are).</summary>
    public async Task<IReadOnlyDictionary<long, (int Outgoing, DateOnly? CompletedOn)>> CompletionAsync(CancellationToken ct)
    {
        var outgoing = await members.OutgoingAsync(ct);
        var first = await FirstReachedAsync(ct);
        return outgoing.GroupBy(m => m.Unit.Id).ToDictionary(g => g.Key, g =>
        {
            var mine = g.Select(m => m.Person.Id).ToList();
            return (mine.Count, OutreachRule.CompletedOn(mine, first));
        });
    }

    /// <summary>Meets (or reopens) a unit's outreach obligation from its members today: after a contact and after a transfer.</summary>
    public async Task SyncAsync(Unit unit, CancellationToken ct)
    {
        if (!(await schedules.SchedulesAsync(ct)).TryGetValue(unit.Id, out var schedule)) return;
        var completion = await CompletionAsync(ct);
        if (completion.TryGetValue(unit.Id, out var c) && c.CompletedOn is { } on)
            await obligations.RecordAsync(OutreachObligations.Outreach.Key, ObligedKind.Organization, unit.Id, schedule.Start, OutreachObligations.RecordRef(unit.Id),
                UnitDuesProvider.NoonOf(on, campaign.Jurisdiction), ct);
        else
            await obligations.ClearAsync(OutreachObligations.Outreach.Key, ObligedKind.Organization, unit.Id, schedule.Start, ct);
    }

    private async Task<Unit?> UnitOfPersonAsync(long personId, CancellationToken ct) =>
        await roster.FindAsync(personId, ct) is { } person ? await members.UnitOfAsync(person.OrganizationId, ct) : null;

    // Each contacted person's first contact, the jurisdiction's contacts counted in the database (one row per person reached).
    private async Task<Dictionary<long, DateOnly>> FirstReachedAsync(CancellationToken ct) =>
        await db.OutreachContacts.GroupBy(c => c.PersonId).Select(g => new { PersonId = g.Key, First = g.Min(c => c.ReachedOn) })
            .ToDictionaryAsync(g => g.PersonId, g => g.First, ct);

    private static Dictionary<long, DateOnly> FirstReached(IEnumerable<OutreachContact> contacts) =>
        contacts.GroupBy(c => c.PersonId).ToDictionary(g => g.Key, g => g.Min(c => c.ReachedOn));

    private static ContactView View(OutreachContact c, string person, Unit unit) => new(c.Id, c.PersonId, person, unit.Id, unit.Name, c.ReachedOn, c.Method,
        OutreachRule.MethodName(c.Method).ToString(), c.Note, c.RecordedBy, c.Version);
}

/// <summary>A transfer moves an outgoing member (and whether they were reached) between units: both units' obligations follow.</summary>
public sealed class OutreachFollowsTransfers(OutreachService outreach, UnitMembers members) : IIntegrationEventHandler<PersonTransferred>
{
    public async Task HandleAsync(PersonTransferred moved, CancellationToken ct)
    {
        foreach (var organization in new[] { moved.FromOrganizationId, moved.ToOrganizationId })
            if (await members.UnitOfAsync(organization, ct) is { } unit) await outreach.SyncAsync(unit, ct);
    }
}
