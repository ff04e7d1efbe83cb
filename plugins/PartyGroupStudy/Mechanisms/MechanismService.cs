using Modular.Plugins.PartyGroupStudy.LeadingGroup;

namespace Modular.Plugins.PartyGroupStudy.Mechanisms;

/// <summary>A mechanism as the form or the API sends it; <paramref name="Version"/> the version read when correcting one.</summary>
public sealed record MechanismInput(string? Name, MechanismChange Change, MechanismArea Area, DateOnly AdoptedOn, string? Summary, int? Version = null);

public sealed record MechanismView(long Id, string Name, MechanismChange Change, string ChangeName, MechanismArea Area, string AreaName, DateOnly AdoptedOn,
    string Summary, string? RecordedBy, int Version);

/// <summary>四(三)4 完善体制机制: the office records each mechanism set up or revised; the group reads the list.</summary>
public sealed class MechanismService(PartyGroupStudyDbContext db, GroupOffice office, ICurrentUser user, PartyGroupStudyCampaign campaign)
{
    public static string NoMechanism(long id) => Text.Of($"没有编号为 {id} 的体制机制。", $"There is no mechanism {id}.");

    public async Task<Result<IReadOnlyList<MechanismView>>> ListAsync(CancellationToken ct)
    {
        if (!await office.MayReadGroupAsync(ct)) return Refuse.Forbidden(Text.Of("只有党组成员和领导小组办公室可以查看。", "Only the party group's members and the office may read this."));
        return Result.Ok<IReadOnlyList<MechanismView>>([.. (await db.Mechanisms.OrderBy(m => m.AdoptedOn).ThenBy(m => m.Id).ToListAsync(ct)).Select(View)]);
    }

    public Task<Result<MechanismView>> AddAsync(MechanismInput input, CancellationToken ct) => SaveAsync(null, input, ct);

    public Task<Result<MechanismView>> UpdateAsync(long id, MechanismInput input, CancellationToken ct) => SaveAsync(id, input, ct);

    private async Task<Result<MechanismView>> SaveAsync(long? id, MechanismInput input, CancellationToken ct)
    {
        var found = id is { } mechanismId ? await db.Mechanisms.AsTracking().SingleOrDefaultAsync(m => m.Id == mechanismId, ct) : null;
        if (id is not null && (found is null || !await office.MayReadGroupAsync(ct))) return Refuse.NotFound(NoMechanism(id.Value));
        if (!await office.MayRunAsync(ct)) return Refuse.Forbidden(GroupOffice.OnlyOffice);
        var (name, summary) = (Entered.Text(input.Name), Entered.Text(input.Summary));
        var errors = MechanismRule.Problems(await campaign.RulesAsync(ct), campaign.Today, name, input.Change, input.Area, input.AdoptedOn, summary);
        if (Limits.TooLong(name, Limits.Line) is { } longName) errors["name"] = [longName];
        if (Limits.TooLong(summary, Limits.Body) is { } longSummary) errors["summary"] = [longSummary];
        if (errors.Count > 0) return Refuse.Fields(errors);
        if (await db.Mechanisms.AnyAsync(m => m.Name == name && m.Id != (id ?? 0), ct))
            return Refuse.Conflict(Text.Of($"“{name}”已经登记。", $"“{name}” is recorded already."));

        var row = db.Mechanisms.Edit(found, id is null ? null : input.Version ?? -1, () => new Mechanism());
        if (row is null) return Refuse.Conflict();
        (row.Name, row.Change, row.Area, row.AdoptedOn, row.Summary) = (name!, input.Change, input.Area, input.AdoptedOn, summary!);
        (row.RecordedBy, row.RecordedAt) = (user.DisplayName, campaign.Now);
        if (!await db.TrySaveAsync(ct)) return Refuse.Conflict();
        return id is null ? Result.Created($"mechanisms/{row.Id}", View(row)) : Result.Ok(View(row));
    }

    private static MechanismView View(Mechanism m) => new(m.Id, m.Name, m.Change, MechanismRule.ChangeName(m.Change).ToString(), m.Area,
        MechanismRule.AreaName(m.Area).ToString(), m.AdoptedOn, m.Summary, m.RecordedBy, m.Version);
}
