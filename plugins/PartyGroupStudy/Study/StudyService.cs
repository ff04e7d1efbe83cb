using Modular.Plugins.PartyGroupStudy.LeadingGroup;

namespace Modular.Plugins.PartyGroupStudy.Study;

/// <summary>A participant's line at an event: left out, they attended in full; absent with a reason; <paramref name="Hours"/> their own when fewer than the event's.</summary>
public sealed record AttendanceInput(long PersonId, bool Attended = true, string? AbsenceReason = null, decimal? Hours = null);

/// <summary>An event as the office records it; <paramref name="Version"/> the version read when correcting one (a stale one is 409).</summary>
public sealed record StudyEventInput(StudyKind Kind, string? Title, DateOnly HeldOn, decimal Hours, string? Place = null, string? Summary = null,
    IReadOnlyList<AttendanceInput>? Attendance = null, int Version = 0);

/// <summary>A self-study entry: the day (today when left out; one entry per member and day, a second that day replaces it), hours, what was studied; <paramref name="PersonId"/> when the office records it for a member.</summary>
public sealed record SelfStudyInput(decimal Hours, string? Body, string? Title = null, DateOnly? Date = null, long? PersonId = null);

public sealed record AttendanceLine(long PersonId, string Name, bool Attended, string? AbsenceReason, decimal Hours);

public sealed record StudyEventView(long Id, StudyKind Kind, string KindName, string Title, DateOnly HeldOn, decimal Hours, string? Place, string? Summary,
    int Expected, int Attended, IReadOnlyList<AttendanceLine> Attendance, string? RecordedBy, int Version);

public sealed record SelfStudyView(long Id, long PersonId, string Member, DateOnly Date, decimal Hours, string? Title, string Body);

/// <summary>A member's hours within stage 1 by kind, the total against the minimum, and where they stand.</summary>
public sealed record MemberHours(long PersonId, string Name, decimal Training, decimal Tutorial, decimal GroupStudy, decimal SelfStudy, decimal Total,
    decimal Minimum, DateOnly? MetOn, DueState State, string StateName)
{
    public bool Met => Total >= Minimum;
}

/// <summary>Stage 1's study: the mobilization meeting, the events, every member's hours the reader may see, and the self-study entries.</summary>
public sealed record StudyOverview(DateOnly StageStart, DateOnly StageEnd, decimal MinHours, StudyEventView? Mobilization, IReadOnlyList<StudyEventView> Events,
    IReadOnlyList<MemberHours> Members, IReadOnlyList<SelfStudyView> SelfStudy, bool MayRun, long? Me);

/// <summary>四(一)1–2: the office records the mobilization meeting and the study events with attendance; members record their self-study.</summary>
public sealed class StudyService(ICampaignEvents events, ICountedTexts texts, StudySteps steps, GroupOffice office, ICurrentUser user, PartyGroupStudyCampaign campaign)
{
    private const string KindKey = "kind";

    public static string NoEvent(long id) => Text.Of($"没有编号为 {id} 的学习活动。", $"There is no study event {id}.");
    public static string RecordRef(long id) => $"study/events/{id}";

    public static StudyKind KindOf(CampaignEvent e) => Enum.TryParse<StudyKind>(e.Detail(KindKey), out var kind) ? kind : StudyKind.GroupStudy;

    /// <summary>Records the mobilization meeting or a study event with its attendance (the office).</summary>
    public async Task<Result<StudyEventView>> RecordAsync(StudyEventInput input, CancellationToken ct)
    {
        var built = await BuildAsync(input, ct);
        if (!built.Succeeded) return Refuse.As(built);
        var saved = await events.CreateAsync(built.Value!.Draft, built.Value.Attendance, ct);
        if (!saved.Succeeded) return Refuse.As(saved);
        var view = View(saved.Value!, await NamesAsync(ct));
        return Result.Created(RecordRef(view.Id), view);
    }

    /// <summary>Corrects an event read at <see cref="StudyEventInput.Version"/> (a stale one is 409).</summary>
    public async Task<Result<StudyEventView>> UpdateAsync(long id, StudyEventInput input, CancellationToken ct)
    {
        if (await events.FindAsync(StudyRule.Source, id, ct) is null || !await office.MayReadGroupAsync(ct)) return Refuse.NotFound(NoEvent(id));
        var built = await BuildAsync(input, ct);
        if (!built.Succeeded) return Refuse.As(built);
        var saved = await events.UpdateAsync(id, input.Version, built.Value!.Draft, built.Value.Attendance, ct);
        if (!saved.Succeeded) return Refuse.As(saved);
        return Result.Ok(View(saved.Value!, await NamesAsync(ct)));
    }

    public async Task<Result<StudyEventView>> FindAsync(long id, CancellationToken ct)
    {
        if (await events.FindAsync(StudyRule.Source, id, ct) is not { } found || !await office.MayReadGroupAsync(ct)) return Refuse.NotFound(NoEvent(id));
        return Result.Ok(View(found, await NamesAsync(ct)));
    }

    private async Task<Result<(EventDraft Draft, IReadOnlyList<AttendanceEntry> Attendance)>> BuildAsync(StudyEventInput input, CancellationToken ct)
    {
        if (!await office.MayRunAsync(ct)) return Refuse.Forbidden(GroupOffice.OnlyOffice);
        if (await office.GroupAsync(ct) is not { } group) return Refuse.Forbidden(GroupOffice.OnlyOffice);
        var rules = await campaign.RulesAsync(ct);
        var participants = (await office.ParticipantsAsync(ct)).Select(p => p.PersonId).ToHashSet();
        var given = (input.Attendance ?? []).Select(a => new AttendanceEntry(a.PersonId, a.Attended, a.Attended ? null : Entered.Text(a.AbsenceReason), a.Attended ? a.Hours : null)).ToList();
        var title = Entered.Text(input.Title);
        var errors = StudyRule.EventProblems(rules, campaign.Today, input.Kind, title, input.HeldOn, input.Hours, given, participants);
        if (Limits.TooLong(title, Limits.Line) is { } longTitle) errors["title"] = [longTitle];
        if (Limits.TooLong(Entered.Text(input.Summary), Limits.Body) is { } longSummary) errors["summary"] = [longSummary];
        if (errors.Count > 0) return Refuse.Fields(errors);
        // Everyone in the party group is expected; those not listed attended in full.
        var listed = given.ToDictionary(a => a.PersonId);
        IReadOnlyList<AttendanceEntry> attendance = [.. participants.Order().Select(p => listed.GetValueOrDefault(p) ?? new AttendanceEntry(p))];
        var draft = new EventDraft(StudyRule.Source, StudyRule.Category(input.Kind), group.Id, title!, input.HeldOn, input.Hours, Entered.Text(input.Place),
            Entered.Text(input.Summary), Details: new Dictionary<string, string> { [KindKey] = input.Kind.ToString() }, RecordedBy: user.DisplayName);
        return Result.Ok<(EventDraft, IReadOnlyList<AttendanceEntry>)>((draft, attendance));
    }

    /// <summary>Records a member's self-study (their own, or the office's record of it); the same day again replaces it.</summary>
    public async Task<Result<SelfStudyView>> RecordSelfStudyAsync(SelfStudyInput input, CancellationToken ct)
    {
        var who = await office.HandInForAsync(input.PersonId, Text.Of("只能登记本人的自学；代为登记须由领导小组办公室办理。", "Record your own self-study; the office records it for a member."), ct);
        if (!who.Succeeded) return Refuse.As(who);
        var rules = await campaign.RulesAsync(ct);
        var day = input.Date ?? campaign.Today;
        var body = Entered.Text(input.Body);
        var errors = StudyRule.SelfStudyProblems(rules, campaign.Today, day, input.Hours, body);
        if (errors.Count > 0) return Refuse.Fields(errors);
        var saved = await texts.SubmitAsync(new CountedTextInput(StudyRule.SelfStudy, who.Value!.PersonId, day, body!, rules.PeriodKey, Hours: input.Hours,
            Title: Entered.Text(input.Title)), ct);
        if (!saved.Succeeded) return Refuse.As(saved);
        var view = SelfView(saved.Value!, who.Value.Name);
        return Result.Created($"study/self-study/{view.Id}", view);
    }

    /// <summary>The stage's study as the reader may see it: every member's line for those who see all, one's own for a member; 403 for anyone else.</summary>
    public async Task<Result<StudyOverview>> OverviewAsync(CancellationToken ct)
    {
        if (!await office.MayReadGroupAsync(ct)) return Refuse.Forbidden(Text.Of("只有党组成员和领导小组办公室可以查看。", "Only the party group's members and the office may read this."));
        var rules = await campaign.RulesAsync(ct);
        var seeAll = await office.MaySeeAllAsync(ct);
        var me = (await office.MeAsync(ct))?.PersonId;
        var participants = (await office.ParticipantsAsync(ct)).Where(p => seeAll || p.PersonId == me).ToList();
        var names = await NamesAsync(ct);
        var held = await steps.EventsAsync(rules, ct);
        var selfStudy = (await steps.SelfStudyAsync(rules, seeAll ? null : me ?? -1, ct)).Where(t => names.ContainsKey(t.AuthorPersonId)).ToList();
        var studied = StudySteps.StudiedFrom(held, selfStudy).ToLookup(s => s.PersonId);
        var members = participants.Select(p => Line(rules, p, studied[p.PersonId].ToList())).ToList();
        var views = held.Select(e => View(e, names)).ToList();
        return Result.Ok(new StudyOverview(rules.Study.Start, rules.Study.End, rules.MinStudyHours, views.FirstOrDefault(v => v.Kind == StudyKind.Mobilization),
            [.. views.Where(v => v.Kind != StudyKind.Mobilization).Reverse()], members,
            [.. selfStudy.OrderByDescending(t => t.PeriodDate).Select(t => SelfView(t, names[t.AuthorPersonId]))], await office.MayRunAsync(ct), me));
    }

    private MemberHours Line(PartyGroupRules rules, Participant p, IReadOnlyList<Studied> mine)
    {
        decimal Of(StudyKind? kind) => mine.Where(s => s.Kind == kind).Sum(s => s.Hours);
        var metOn = StudyRule.MetOn(rules, mine.Select(s => (s.Day, s.Hours)));
        var state = DueStates.Of(rules.Study.End, metOn, campaign.Today);
        return new MemberHours(p.PersonId, p.Name, Of(StudyKind.Training), Of(StudyKind.Tutorial), Of(StudyKind.GroupStudy), Of(null), mine.Sum(s => s.Hours),
            rules.MinStudyHours, metOn, state, state.Label());
    }

    private async Task<Dictionary<long, string>> NamesAsync(CancellationToken ct) => (await office.ParticipantsAsync(ct)).ToDictionary(p => p.PersonId, p => p.Name);

    private static StudyEventView View(CampaignEvent e, IReadOnlyDictionary<long, string> names)
    {
        var kind = KindOf(e);
        return new StudyEventView(e.Id, kind, StudyRule.KindName(kind).ToString(), e.Title, e.HeldOn, e.Hours, e.Place, e.Summary, e.Expected, e.Attended,
            [.. e.Attendance.Select(a => new AttendanceLine(a.PersonId, names.GetValueOrDefault(a.PersonId, $"#{a.PersonId}"), a.Attended, a.AbsenceReason,
                a.Attended ? a.Hours ?? e.Hours : 0m)).OrderBy(a => a.Attended).ThenBy(a => a.Name, StringComparer.Ordinal)],
            e.RecordedBy, e.Version);
    }

    private static SelfStudyView SelfView(CountedTextInfo t, string member) => new(t.Id, t.AuthorPersonId, member, t.PeriodDate, t.Hours ?? 0m, t.Title, t.Body);
}
