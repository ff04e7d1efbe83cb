using Modular.Plugins.PartyGroupStudy.LeadingGroup;

namespace Modular.Plugins.PartyGroupStudy.LifeMeeting;

/// <summary>The meeting as the office records it: who attended (the other members are absent); <paramref name="Version"/> the version read when correcting it.</summary>
public sealed record MeetingInput(string? Title, DateOnly? HeldOn, decimal? Hours, string? Place, string? Summary, IReadOnlyList<long>? Attended, int? Version = null);

public sealed record MaterialInput(long? PersonId, string? Text, DateOnly? WrittenOn, int? Version = null);

/// <summary>A self-criticism (no <paramref name="ToPersonId"/>) or a criticism of another member; from the signed-in member unless the office names one.</summary>
public sealed record CriticismInput(long? FromPersonId, long? ToPersonId, string? Text);

public sealed record MaterialLine(long PersonId, string Member, bool Attended, long? MaterialId, string? Text, DateOnly? WrittenOn, int? Version, DueState State);

public sealed record CriticismView(long Id, long FromPersonId, string From, long? ToPersonId, string? To, string Text, string? RecordedBy);

/// <summary>The year's meeting (null until recorded), each member's material and attendance, and what was said.</summary>
public sealed record MeetingView(CampaignEvent? Meeting, DateOnly MaterialDue, IReadOnlyList<MaterialLine> Members, IReadOnlyList<CriticismView> Criticisms)
{
    public bool Held(DateOnly today) => Meeting is { } m && m.HeldOn <= today;
}

/// <summary>
/// 四(二)2 专题民主生活会: the meeting (the SDK's campaign event with attendance, the office records it), each member's
/// speaking material, and the criticism and self-criticism at it. The group's members and those who see all read it.
/// </summary>
public sealed class LifeMeetingService(ICampaignEvents events, PartyGroupStudyDbContext db, GroupOffice office, ICurrentUser user, PartyGroupStudyCampaign campaign)
{
    private static string NoRead => Text.Of("只有党组成员和领导小组办公室可以查看。", "Only the party group's members and the office may read this.");

    private (bool Read, DateOnly? Day) _heldOn;

    /// <summary>The meeting of the campaign's year, or null (no permission check: the steps and the reports read its day).</summary>
    public async Task<CampaignEvent?> MeetingAsync(CancellationToken ct) =>
        await office.GroupAsync(ct) is { } group ? await events.FindInSlotAsync(LifeMeetingRule.Source, group.Id, (await campaign.RulesAsync(ct)).PeriodKey, ct) : null;

    /// <summary>
    /// The meeting's day (null until it is recorded), read once per request: the opinions' and the speaking materials'
    /// steps both fall due on it; recording the meeting forgets it.
    /// </summary>
    public async Task<DateOnly?> HeldOnAsync(CancellationToken ct)
    {
        if (!_heldOn.Read) _heldOn = (true, (await MeetingAsync(ct))?.HeldOn);
        return _heldOn.Day;
    }

    /// <summary>The office records the meeting (or corrects it at the version read) with who attended.</summary>
    public async Task<Result<MeetingView>> HoldAsync(MeetingInput input, CancellationToken ct)
    {
        if (!await office.MayRunAsync(ct)) return Refuse.Forbidden(GroupOffice.OnlyOffice);
        if (await office.GroupAsync(ct) is not { } group) return Refuse.Field("organizationId", Text.Of("尚无党组。", "There is no party group."));
        var rules = await campaign.RulesAsync(ct);
        var errors = LifeMeetingRule.MeetingProblems(rules, input.HeldOn, input.Hours, input.Title);
        var participants = await office.ParticipantsAsync(ct);
        var attended = (input.Attended ?? []).ToHashSet();
        if (attended.FirstOrDefault(id => participants.All(p => p.PersonId != id)) is var outsider and > 0) errors["attended"] = [GroupOffice.NoParticipant(outsider)];
        foreach (var (key, value, max) in new[] { ("title", input.Title, Limits.Line), ("place", input.Place, Limits.Line), ("summary", input.Summary, Limits.Body) })
            if (Limits.TooLong(Entered.Text(value), max) is { } tooLong) errors[key] = [tooLong];
        if (errors.Count > 0) return Refuse.Fields(errors);
        var attendance = participants.Select(p => new AttendanceEntry(p.PersonId, attended.Contains(p.PersonId))).ToList();
        var draft = new EventDraft(LifeMeetingRule.Source, EventCategories.Meeting, group.Id, input.Title!.Trim(), input.HeldOn!.Value, input.Hours!.Value,
            Entered.Text(input.Place), Entered.Text(input.Summary), ["专题民主生活会"], Slot: rules.PeriodKey, RecordedBy: user.DisplayName);
        var existing = await MeetingAsync(ct);
        var saved = existing is null
            ? input.Version is null or 0 ? await events.CreateAsync(draft, attendance, ct) : Refuse.Conflict()
            : await events.UpdateAsync(existing.Id, input.Version ?? -1, draft, attendance, ct);
        if (!saved.Succeeded) return Refuse.As(saved);
        _heldOn = default;
        var view = await ViewAsync(ct);
        return existing is null ? Result.Created("life-meeting", view) : Result.Ok(view);
    }

    /// <summary>A member's speaking material (their own, or the office for them); a second without the version read is 409.</summary>
    public async Task<Result<MaterialLine>> SaveMaterialAsync(MaterialInput input, CancellationToken ct)
    {
        var who = await office.HandInForAsync(input.PersonId, Text.Of("只能撰写本人的发言材料（办公室可代为登记）。", "Write your own speaking material (the office may record one for a member)."), ct);
        if (!who.Succeeded) return Refuse.As(who);
        var rules = await campaign.RulesAsync(ct);
        var text = Entered.Text(input.Text);
        var errors = LifeMeetingRule.MaterialProblems(rules, input.WrittenOn, campaign.Today, text);
        if (Limits.TooLong(text, Limits.Body) is { } longText) errors["text"] = [longText];
        if (errors.Count > 0) return Refuse.Fields(errors);
        var member = who.Value!;
        var found = await db.SpeakingMaterials.AsTracking().SingleOrDefaultAsync(m => m.PeriodKey == rules.PeriodKey && m.PersonId == member.PersonId, ct);
        var row = db.SpeakingMaterials.Edit(found, found is null ? null : input.Version ?? -1, () => new SpeakingMaterial { PeriodKey = rules.PeriodKey, PersonId = member.PersonId });
        if (row is null) return Refuse.Conflict();
        (row.Text, row.WrittenOn, row.RecordedBy, row.RecordedAt) = (text!, input.WrittenOn!.Value, user.DisplayName, campaign.Now);
        if (!await db.TrySaveAsync(ct)) return Refuse.Conflict();
        var line = new MaterialLine(member.PersonId, member.Name, false, row.Id, row.Text, row.WrittenOn, row.Version,
            DueStates.Of(LifeMeetingRule.MaterialDue(rules, (await MeetingAsync(ct))?.HeldOn), row.WrittenOn, campaign.Today));
        return found is null ? Result.Created($"life-meeting/materials/{row.Id}", line) : Result.Ok(line);
    }

    /// <summary>What a member said at the meeting once it was held: their self-criticism or a criticism of another member.</summary>
    public async Task<Result<CriticismView>> AddCriticismAsync(CriticismInput input, CancellationToken ct)
    {
        var who = await office.HandInForAsync(input.FromPersonId, Text.Of("只能登记本人的批评与自我批评（办公室可代为登记）。", "Record what you said (the office records anyone's)."), ct);
        if (!who.Succeeded) return Refuse.As(who);
        var from = who.Value!;
        var errors = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        if (await MeetingAsync(ct) is not { } meeting || meeting.HeldOn > campaign.Today)
            errors["meeting"] = [Text.Of("专题民主生活会召开后才能登记批评与自我批评。", "Record criticism once the meeting has been held.")];
        if (LifeMeetingRule.TargetProblem(from.PersonId, input.ToPersonId) is { } self) errors["toPersonId"] = [self];
        else if (input.ToPersonId is { } to && await office.ParticipantAsync(to, ct) is null) errors["toPersonId"] = [GroupOffice.NoParticipant(to)];
        var text = Entered.Text(input.Text);
        if (text is null) errors["text"] = [Text.Of("请填写批评或自我批评的内容。", "Write what was said.")];
        else if (Limits.TooLong(text, Limits.Body) is { } longText) errors["text"] = [longText];
        if (errors.Count > 0) return Refuse.Fields(errors);
        var rules = await campaign.RulesAsync(ct);
        var row = new MeetingCriticism { PeriodKey = rules.PeriodKey, FromPersonId = from.PersonId, ToPersonId = input.ToPersonId, Text = text!, RecordedBy = user.DisplayName, RecordedAt = campaign.Now };
        db.MeetingCriticisms.Add(row);
        if (!await db.TrySaveAsync(ct)) return Refuse.Conflict();
        return Result.Created($"life-meeting/criticisms/{row.Id}", View(row, await NamesAsync(ct)));
    }

    /// <summary>The meeting, the materials and what was said (the group's members and those who see all).</summary>
    public async Task<Result<MeetingView>> ReadAsync(CancellationToken ct) =>
        await office.MayReadGroupAsync(ct) ? Result.Ok(await ViewAsync(ct)) : Refuse.Forbidden(NoRead);

    private async Task<MeetingView> ViewAsync(CancellationToken ct)
    {
        var rules = await campaign.RulesAsync(ct);
        var meeting = await MeetingAsync(ct);
        var due = LifeMeetingRule.MaterialDue(rules, meeting?.HeldOn);
        var materials = await db.SpeakingMaterials.Where(m => m.PeriodKey == rules.PeriodKey).ToDictionaryAsync(m => m.PersonId, ct);
        var attended = meeting?.Attendance.Where(a => a.Attended).Select(a => a.PersonId).ToHashSet() ?? [];
        var names = await NamesAsync(ct);
        var lines = (await office.ParticipantsAsync(ct)).Select(p => materials.GetValueOrDefault(p.PersonId) is { } m
            ? new MaterialLine(p.PersonId, p.Name, attended.Contains(p.PersonId), m.Id, m.Text, m.WrittenOn, m.Version, DueStates.Of(due, m.WrittenOn, campaign.Today))
            : new MaterialLine(p.PersonId, p.Name, attended.Contains(p.PersonId), null, null, null, null, DueStates.Of(due, null, campaign.Today))).ToList();
        var criticisms = await db.MeetingCriticisms.Where(c => c.PeriodKey == rules.PeriodKey).OrderBy(c => c.Id).ToListAsync(ct);
        return new MeetingView(meeting, due, lines, [.. criticisms.Select(c => View(c, names))]);
    }

    private async Task<Dictionary<long, string>> NamesAsync(CancellationToken ct) => (await office.ParticipantsAsync(ct)).ToDictionary(p => p.PersonId, p => p.Name);

    private static CriticismView View(MeetingCriticism c, IReadOnlyDictionary<long, string> names) => new(c.Id, c.FromPersonId, names.GetValueOrDefault(c.FromPersonId, $"#{c.FromPersonId}"),
        c.ToPersonId, c.ToPersonId is { } to ? names.GetValueOrDefault(to, $"#{to}") : null, c.Text, c.RecordedBy);
}
