using Modular.Plugins.PartyGroupStudy.LeadingGroup;

namespace Modular.Plugins.PartyGroupStudy.Talks;

/// <summary>A talk: one of the two (default the signed-in member; the office names both) and the other, the day and what it was about.</summary>
public sealed record TalkInput(long? PersonId, long? WithPersonId, DateOnly? TalkedOn, string? Topics, int? Version = null);

public sealed record TalkView(long Id, long PersonAId, string PersonA, long PersonBId, string PersonB, DateOnly TalkedOn, string? Topics, string? RecordedBy, int Version);

/// <summary>A member's talks against the plan: how many of their required pairs talked, with whom they still have to.</summary>
public sealed record MemberTalks(long PersonId, string Name, int Required, int Held, DateOnly? DoneOn, IReadOnlyList<string> Missing);

/// <summary>The plan's talks this year: how pairs are counted, every member's progress and the talks the user may read.</summary>
public sealed record TalksView(bool EveryPair, int RequiredPairs, int PairsHeld, IReadOnlyList<MemberTalks> Members, IReadOnlyList<TalkView> Talks);

/// <summary>四(二)2 谈心交心: who talked with whom and when, once per pair; either of the two records it, or the office.</summary>
public sealed class TalkService(PartyGroupStudyDbContext db, GroupOffice office, ICurrentUser user, PartyGroupStudyCampaign campaign)
{
    public static string NoTalk(long id) => Text.Of($"没有编号为 {id} 的谈心记录。", $"There is no talk {id}.");

    public async Task<Result<TalkView>> RecordAsync(TalkInput input, CancellationToken ct) => await SaveAsync(null, input, ct);

    public async Task<Result<TalkView>> UpdateAsync(long id, TalkInput input, CancellationToken ct) => await SaveAsync(id, input, ct);

    private async Task<Result<TalkView>> SaveAsync(long? id, TalkInput input, CancellationToken ct)
    {
        var found = id is { } talkId ? await db.HeartTalks.AsTracking().SingleOrDefaultAsync(t => t.Id == talkId, ct) : null;
        if (id is not null && (found is null || !await MayReadAsync(found, ct))) return Refuse.NotFound(NoTalk(id.Value));
        var who = await office.HandInForAsync(input.PersonId, Text.Of("只能登记本人参加的谈心（办公室可代为登记）。", "Record talks you took part in (the office may record any)."), ct);
        if (!who.Succeeded) return Refuse.As(who);
        var rules = await campaign.RulesAsync(ct);
        var errors = TalkRule.Problems(rules, input.TalkedOn, campaign.Today);
        if (input.WithPersonId is not { } other) errors["withPersonId"] = [Text.Of("请选择谈心的另一名党组成员。", "Choose the other member of the talk.")];
        else if (other == who.Value!.PersonId) errors["withPersonId"] = [Text.Of("谈心是两名党组成员之间的，不能选择本人。", "A talk is between two members: choose someone else.")];
        else if (await office.ParticipantAsync(other, ct) is null) errors["withPersonId"] = [GroupOffice.NoParticipant(other)];
        var topics = Entered.Text(input.Topics);
        if (Limits.TooLong(topics, Limits.Note) is { } longTopics) errors["topics"] = [longTopics];
        if (errors.Count > 0) return Refuse.Fields(errors);

        var pair = TalkPair.Of(who.Value!.PersonId, input.WithPersonId!.Value);
        if (await db.HeartTalks.AnyAsync(t => t.PeriodKey == rules.PeriodKey && t.PersonAId == pair.A && t.PersonBId == pair.B && t.Id != (id ?? 0), ct))
            return Refuse.Conflict(Text.Of("这两名党组成员的谈心已登记过。", "This pair's talk is recorded already."));
        var row = db.HeartTalks.Edit(found, id is null ? null : input.Version ?? -1, () => new HeartTalk { PeriodKey = rules.PeriodKey });
        if (row is null) return Refuse.Conflict();
        (row.PersonAId, row.PersonBId, row.TalkedOn, row.Topics, row.RecordedBy, row.RecordedAt) = (pair.A, pair.B, input.TalkedOn!.Value, topics, user.DisplayName, campaign.Now);
        if (!await db.TrySaveAsync(ct)) return Refuse.Conflict(Text.Of("这两名党组成员的谈心已登记过。", "This pair's talk is recorded already."));
        var names = await NamesAsync(ct);
        return id is null ? Result.Created($"talks/{row.Id}", View(row, names)) : Result.Ok(View(row, names));
    }

    /// <summary>The plan's talks as the user may read them: every member for the office and inspectors, a member their own.</summary>
    public async Task<Result<TalksView>> ReadAsync(CancellationToken ct)
    {
        var seeAll = await office.MaySeeAllAsync(ct);
        var me = (await office.MeAsync(ct))?.PersonId;
        if (!seeAll && me is null) return Refuse.Forbidden(Text.Of("只有党组成员和领导小组办公室可以查看。", "Only the party group's members and the office may read this."));
        var rules = await campaign.RulesAsync(ct);
        var participants = await office.ParticipantsAsync(ct);
        var talks = await db.HeartTalks.Where(t => t.PeriodKey == rules.PeriodKey).OrderByDescending(t => t.TalkedOn).ThenByDescending(t => t.Id).ToListAsync(ct);
        var required = TalkRule.RequiredPairs(participants, rules.TalksEveryPair);
        var held = HeldOn(talks);
        var names = participants.ToDictionary(p => p.PersonId, p => p.Name);
        var members = participants.Where(p => seeAll || p.PersonId == me).Select(p =>
        {
            var (count, done, doneOn) = TalkRule.MemberProgress(p.PersonId, required, held);
            var missing = required.Where(r => r.Has(p.PersonId) && !held.ContainsKey(r)).Select(r => names.GetValueOrDefault(r.Other(p.PersonId), "")).ToList();
            return new MemberTalks(p.PersonId, p.Name, count, done, doneOn, missing);
        }).ToList();
        return Result.Ok(new TalksView(rules.TalksEveryPair, required.Count, required.Count(held.ContainsKey), members,
            [.. talks.Where(t => seeAll || t.Pair.Has(me!.Value)).Select(t => View(t, names))]));
    }

    /// <summary>The day each pair talked (the first record, should the settings have let two through).</summary>
    public static Dictionary<TalkPair, DateOnly> HeldOn(IEnumerable<HeartTalk> talks) =>
        talks.GroupBy(t => t.Pair).ToDictionary(g => g.Key, g => g.Min(t => t.TalkedOn));

    private async Task<bool> MayReadAsync(HeartTalk talk, CancellationToken ct) =>
        await office.MaySeeAllAsync(ct) || (await office.MeAsync(ct))?.PersonId is { } me && talk.Pair.Has(me);

    private async Task<Dictionary<long, string>> NamesAsync(CancellationToken ct) => (await office.ParticipantsAsync(ct)).ToDictionary(p => p.PersonId, p => p.Name);

    private static TalkView View(HeartTalk t, IReadOnlyDictionary<long, string> names) => new(t.Id, t.PersonAId, names.GetValueOrDefault(t.PersonAId, $"#{t.PersonAId}"),
        t.PersonBId, names.GetValueOrDefault(t.PersonBId, $"#{t.PersonBId}"), t.TalkedOn, t.Topics, t.RecordedBy, t.Version);
}
