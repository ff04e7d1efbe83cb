using Modular.Plugins.BannerSixOnes.Common;

namespace Modular.Plugins.BannerSixOnes.DailyNotes;

/// <summary>One note of a batch: whose, which day, the text and the hours studied (default dailyNote.studyHours).</summary>
public sealed record DailyNoteEntry(long? PersonId, DateOnly? Day, string? Body, decimal? Hours);

/// <summary>A note as the API and pages show it.</summary>
public sealed record DailyNoteView(long Id, long PersonId, DateOnly Day, string Body, int Characters, decimal Hours, DateTimeOffset SubmittedAt);

/// <summary>
/// 每日学习笔记: a member writes their own note for a day (or their branch secretary / the office
/// transcribes it from the paper notebook). Refused for future days, days outside the campaign,
/// days of a quarter whose inspection is closed for the member's branch, and texts shorter than
/// dailyNote.minChars (the SDK's “还差 N 字”).
/// </summary>
public sealed class DailyNoteService(
    SixOnesCampaign campaign, ICurrentUser user, IRoster roster, ICountedTexts texts, SixOnesDbContext db,
    InspectionLocks locks, IObligationRecords obligations, NoteMembers noteMembers)
{
    public static readonly BlockKind Kind = new("banner-six-ones", "daily-note");
    public const string ObligationType = "six-ones.daily-note";

    /// <summary>The most notes one batch may carry (a branch's notebooks for a month, or the office's week for a town).</summary>
    public const int MaxBatch = 5000;

    /// <summary>Writes (or rewrites) a member's note for a day: the member named, else the caller's own roster entry.</summary>
    public async Task<Result<DailyNoteView>> SubmitAsync(long? personId, DateOnly? day, string? body, decimal? hours, CancellationToken ct)
    {
        if ((personId ?? await user.PersonIdAsync(ct)) is not { } person)
            return Result<DailyNoteView>.Refused("personId", Text.Of("请指定党员（当前账号未关联党员）。", "Give the member."));
        var saved = await SaveAsync([new DailyNoteEntry(person, day, body, hours)], single: true, ct);
        return saved.Succeeded ? Result<DailyNoteView>.Ok(saved.Value![0]) : saved.As<DailyNoteView>();
    }

    /// <summary>
    /// Many notes at once: a secretary or the office transcribing paper notebooks (抄录). Each note is checked
    /// as <see cref="SubmitAsync"/> checks one; all or nothing; a refusal names the note (<c>[index].field</c>, 第 N 条).
    /// </summary>
    public Task<Result<IReadOnlyList<DailyNoteView>>> SubmitManyAsync(IReadOnlyList<DailyNoteEntry> entries, CancellationToken ct) =>
        SaveAsync(entries, single: false, ct);

    private async Task<Result<IReadOnlyList<DailyNoteView>>> SaveAsync(IReadOnlyList<DailyNoteEntry> entries, bool single, CancellationToken ct)
    {
        if (entries.Count is 0 or > MaxBatch)
            return Result<IReadOnlyList<DailyNoteView>>.Refused("notes", Text.Of($"一次录入 1 至 {MaxBatch} 条笔记。", $"Send 1 to {MaxBatch} notes at a time."));
        var rules = await campaign.RulesAsync(ct);
        var today = campaign.Today;
        var members = await roster.FindManyAsync(entries.Where(e => e.PersonId is not null).Select(e => e.PersonId!.Value), ct);
        var mayAct = new Dictionary<long, bool>();
        var closed = await locks.ClosedAsync([.. entries.Where(e => e.Day is not null).Select(e => Quarter.Containing(e.Day!.Value).Key).Distinct()], ct);
        var inputs = new List<CountedTextInput>(entries.Count);
        for (var i = 0; i < entries.Count; i++)
        {
            var (entry, at) = (entries[i], single ? "" : $"[{i}].");
            Result<IReadOnlyList<DailyNoteView>> Refused(string field, string message) =>
                Result<IReadOnlyList<DailyNoteView>>.Refused(at + field, single ? message : Text.Of($"第 {i + 1} 条：{message}", $"Note {i + 1}: {message}"));

            if (entry.PersonId is not { } personId || !members.TryGetValue(personId, out var member))
                return Refused("personId", Text.Of("没有这名党员。", "No such member."));
            if (!mayAct.TryGetValue(personId, out var may)) mayAct[personId] = may = await user.MayActForPersonAsync(personId, ct);
            if (!may)
                return Result<IReadOnlyList<DailyNoteView>>.Forbidden(Text.Of("只能填写本人的学习笔记，或由所在支部书记、旗创先争优办代为录入。",
                    "You can write your own notes only (a branch secretary or the banner office records them for their members)."));
            if (entry.Day is not { } d)
                return Refused("day", Text.Of("请填写笔记日期。", "The day is required."));
            if (d > today)
                return Refused("day", Text.Of($"不能填写今天（{today:yyyy-MM-dd}）以后的笔记。", $"Days after today ({today:yyyy-MM-dd}) cannot be written."));
            if (!rules.IsDue(d))
                return Refused("day", Text.Of($"{d:yyyy-MM-dd} 不在活动期内（{rules.CampaignStart:yyyy-MM-dd} 至 {rules.CampaignEnd:yyyy-MM-dd}）。", $"{d:yyyy-MM-dd} is outside the campaign ({rules.CampaignStart:yyyy-MM-dd} to {rules.CampaignEnd:yyyy-MM-dd})."));
            var studyHours = entry.Hours ?? rules.DailyStudyHours;
            if (studyHours is < 0 or > 24)
                return Refused("hours", Text.Of("学习时长应在 0 至 24 小时之间。", "Hours must be 0–24."));
            if (closed.Contains((member.OrganizationId, Quarter.Containing(d).Key)))
                return Refused("day", InspectionLocks.LockedMessage(Quarter.Containing(d)));
            inputs.Add(new CountedTextInput(Kind, personId, d, entry.Body ?? "", PeriodKey: Quarter.Containing(d).Key, Hours: studyHours,
                MinimumCharacters: rules.DailyNoteMinChars) { ReviewedOneByOne = false }); // the secretary judges a member's quarter at the inspection, not each note
        }

        var saved = await texts.SubmitManyAsync(inputs, ct);
        if (!saved.Succeeded)
        {
            var (field, messages) = saved.Errors.First(); // "[index].field"
            field = field.Replace(".periodDate", ".day", StringComparison.Ordinal); // the SDK's lock refusal, in our names
            var index = int.Parse(field[1..field.IndexOf(']')], System.Globalization.CultureInfo.InvariantCulture);
            return single
                ? Result<IReadOnlyList<DailyNoteView>>.Refused(field[(field.IndexOf('.') + 1)..], string.Join(" ", messages))
                : Result<IReadOnlyList<DailyNoteView>>.Refused(field, Text.Of($"第 {index + 1} 条：{string.Join(" ", messages)}", $"Note {index + 1}: {string.Join(" ", messages)}"));
        }
        var notes = saved.Value!;
        await noteMembers.FileAsync([.. notes.Select(n => n.AuthorPersonId).Distinct().Select(id => members[id])], ct); // before the days: their trigger counts them there
        await RecordDaysAsync(notes, ct);
        // A day counts when both hold: a short day (hours under dailyNote.studyHours) is written but still owed.
        var required = (await campaign.RulesAsync(ct)).DailyStudyHours;
        await obligations.RecordManyAsync(ObligationType, ObligedKind.Person,
            [.. notes.Where(n => (n.Hours ?? 0) >= required).Select(n => new ObligationRecord(n.AuthorPersonId, n.PeriodDate, $"note:{n.Id}", n.SubmittedAt))], ct);
        foreach (var n in notes.Where(n => (n.Hours ?? 0) < required))
            await obligations.ClearAsync(ObligationType, ObligedKind.Person, n.AuthorPersonId, n.PeriodDate, ct);
        return Result<IReadOnlyList<DailyNoteView>>.Ok([.. notes.Select(n => new DailyNoteView(n.Id, n.AuthorPersonId, n.PeriodDate, n.Body, n.CharacterCount, n.Hours ?? 0, n.SubmittedAt))]);
    }

    // The plugin's narrow copy of the notes (what the figures count); upserted, so submitting again repairs it.
    private Task RecordDaysAsync(IReadOnlyList<CountedTextInfo> notes, CancellationToken ct) =>
        db.Database.ExecuteSqlInterpolatedAsync($"""
            insert into six_ones.note_days (jurisdiction_id, person_id, day, text_id, hours, characters, submitted_at)
            select {campaign.Jurisdiction.Id}, person_id, day, text_id, hours, characters, submitted_at
              from unnest({notes.Select(n => n.AuthorPersonId).ToArray()}, {notes.Select(n => n.PeriodDate).ToArray()}, {notes.Select(n => n.Id).ToArray()},
                          {notes.Select(n => n.Hours ?? 0).ToArray()}, {notes.Select(n => n.CharacterCount).ToArray()}, {notes.Select(n => n.SubmittedAt).ToArray()})
                   as n(person_id, day, text_id, hours, characters, submitted_at)
            on conflict (jurisdiction_id, person_id, day) do update
               set text_id = excluded.text_id, hours = excluded.hours, characters = excluded.characters, submitted_at = excluded.submitted_at
            """, ct);

    /// <summary>The member's notes from <paramref name="from"/> to <paramref name="to"/> (default the campaign): the member named, else the caller.</summary>
    public async Task<Result<IReadOnlyList<DailyNoteView>>> ListAsync(long? personId, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        if (await MemberAsync(personId, ct) is not { } member) return NoSuchMember;
        var rules = await campaign.RulesAsync(ct);
        return await ListAsync(member, from ?? rules.CampaignStart, to ?? rules.CampaignEnd, ct);
    }

    /// <summary>The member's notes in a date range (the notebook), for whoever may read the member's records.</summary>
    public async Task<Result<IReadOnlyList<DailyNoteView>>> ListAsync(PersonInfo member, DateOnly from, DateOnly to, CancellationToken ct)
    {
        if (!await MayReadAsync(member, ct)) return NotYoursToRead;
        var notes = await texts.ListAsync(new CountedTextQuery(Kind) { AuthorPersonId = member.Id, From = from, To = to }, ct);
        return Result.Ok<IReadOnlyList<DailyNoteView>>([.. notes.Select(n => new DailyNoteView(n.Id, n.AuthorPersonId, n.PeriodDate, n.Body, n.CharacterCount, n.Hours ?? 0, n.SubmittedAt))]);
    }

    public Task<bool> MayReadAsync(PersonInfo member, CancellationToken ct) => user.MayReadPersonAsync(member.Id, ct);

    /// <summary>The member asked for, or the caller's own roster entry; null when neither is on the roster.</summary>
    public async Task<PersonInfo?> MemberAsync(long? personId, CancellationToken ct) =>
        personId is { } id ? await roster.FindAsync(id, ct) : await user.PersonAsync(roster, ct);

    public static Refusal NoSuchMember => Refuse.Field("personId", Text.Of("没有这名党员。", "No such member."));

    public static Refusal NotYoursToRead => Refuse.Forbidden(Text.Of("无权查看该党员的学习笔记。", "You may not read this member's notes."));

    /// <summary>Days of the range that have a note (from the plugin's day rows).</summary>
    public async Task<HashSet<DateOnly>> DaysWithNotesAsync(long personId, DateOnly from, DateOnly to, CancellationToken ct) =>
        [.. await db.NoteDays.Where(n => n.PersonId == personId && n.Day >= from && n.Day <= to).Select(n => n.Day).ToListAsync(ct)];
}
