using Modular.Plugins.PartyGroupStudy.LeadingGroup;

namespace Modular.Plugins.PartyGroupStudy.ReadingNotes;

/// <summary>A note: the book or text studied, the note, the day written (today when left out; the same day again replaces that day's note); <paramref name="PersonId"/> when the office records one.</summary>
public sealed record NoteInput(string? Title, string? Body, DateOnly? Date = null, long? PersonId = null);

public sealed record ReturnInput(string? Comment);

public sealed record NoteView(long Id, long PersonId, string Author, DateOnly Date, string? Title, string Body, int Characters, TextReviewState State,
    bool Counts, string? ReviewComment, string? ReviewedBy, DateTimeOffset SubmittedAt);

/// <summary>A member's counted characters against the minimum, and where they stand.</summary>
public sealed record MemberNotes(long PersonId, string Name, int Notes, int Returned, int Characters, int Minimum, DateOnly? MetOn, DueState State, string StateName)
{
    public bool Met => Characters >= Minimum;
}

public sealed record NotesOverview(int MinCharacters, DateOnly Due, IReadOnlyList<MemberNotes> Members, IReadOnlyList<NoteView> Notes, bool MayRun, long? Me);

/// <summary>读书笔记: members hand in their notes (the SDK's counted texts); the office records paper ones and returns one that does not do.</summary>
public sealed class ReadingNoteService(ICountedTexts texts, ReadingNoteSteps steps, GroupOffice office, PartyGroupStudyCampaign campaign)
{
    public static string NoNote(long id) => Text.Of($"没有编号为 {id} 的读书笔记。", $"There is no reading note {id}.");

    public async Task<Result<NoteView>> SubmitAsync(NoteInput input, CancellationToken ct)
    {
        var who = await office.HandInForAsync(input.PersonId, Text.Of("只能提交本人的读书笔记；代为登记须由领导小组办公室办理。", "Hand in your own notes; the office records one for a member."), ct);
        if (!who.Succeeded) return Refuse.As(who);
        var rules = await campaign.RulesAsync(ct);
        var day = input.Date ?? campaign.Today;
        var (title, body) = (Entered.Text(input.Title), Entered.Text(input.Body));
        var errors = ReadingNoteRule.Problems(rules, campaign.Today, day, title, body);
        if (errors.Count > 0) return Refuse.Fields(errors);
        var saved = await texts.SubmitAsync(new CountedTextInput(ReadingNoteRule.Kind, who.Value!.PersonId, day, body!, rules.PeriodKey, Title: title), ct);
        if (!saved.Succeeded) return Refuse.As(saved);
        var view = View(saved.Value!, who.Value.Name);
        return Result.Created($"reading-notes/{view.Id}", view);
    }

    /// <summary>The office returns a note with its comment: it stops counting until handed in again.</summary>
    public async Task<Result<NoteView>> ReturnAsync(long id, ReturnInput input, CancellationToken ct)
    {
        if (await FindNoteAsync(id, ct) is not { } note) return Refuse.NotFound(NoNote(id));
        if (!await office.MayRunAsync(ct)) return Refuse.Forbidden(GroupOffice.OnlyOffice);
        var returned = await texts.ReturnAsync(id, Entered.Text(input.Comment) ?? "", ct);
        if (!returned.Succeeded) return Refuse.As(returned);
        return Result.Ok(View(returned.Value!, (await office.ParticipantAsync(note.AuthorPersonId, ct))?.Name ?? $"#{note.AuthorPersonId}"));
    }

    public async Task<Result<NoteView>> FindAsync(long id, CancellationToken ct) =>
        await FindNoteAsync(id, ct) is { } note
            ? Result.Ok(View(note, (await office.ParticipantAsync(note.AuthorPersonId, ct))?.Name ?? $"#{note.AuthorPersonId}"))
            : Refuse.NotFound(NoNote(id));

    // A note of this plugin's kind the reader may read (another jurisdiction's, or another member's for a member: none).
    private async Task<CountedTextInfo?> FindNoteAsync(long id, CancellationToken ct) =>
        await texts.FindAsync(id, ct) is { } t && t.PluginId == ReadingNoteRule.Kind.PluginId && t.Kind == ReadingNoteRule.Kind.Kind
            && await office.MayReadParticipantAsync(t.AuthorPersonId, ct) ? t : null;

    /// <summary>Every member's characters against the minimum (one's own for a member) and the notes, latest first; 403 for anyone else.</summary>
    public async Task<Result<NotesOverview>> OverviewAsync(CancellationToken ct)
    {
        if (!await office.MayReadGroupAsync(ct)) return Refuse.Forbidden(Text.Of("只有党组成员和领导小组办公室可以查看。", "Only the party group's members and the office may read this."));
        var rules = await campaign.RulesAsync(ct);
        var seeAll = await office.MaySeeAllAsync(ct);
        var me = (await office.MeAsync(ct))?.PersonId;
        var participants = (await office.ParticipantsAsync(ct)).Where(p => seeAll || p.PersonId == me).ToList();
        var names = participants.ToDictionary(p => p.PersonId, p => p.Name);
        var notes = (await steps.NotesAsync(rules, seeAll ? null : me ?? -1, ct)).Where(n => names.ContainsKey(n.AuthorPersonId)).ToList();
        var byMember = notes.ToLookup(n => n.AuthorPersonId);
        var lines = participants.Select(p =>
        {
            var counted = byMember[p.PersonId].Where(n => ReadingNoteRule.Counts(n.State)).ToList();
            var metOn = ReadingNoteRule.MetOn(rules, counted.Select(n => (n.PeriodDate, n.CharacterCount)));
            var state = DueStates.Of(rules.Study.End, metOn, campaign.Today);
            return new MemberNotes(p.PersonId, p.Name, counted.Count, byMember[p.PersonId].Count() - counted.Count, counted.Sum(n => n.CharacterCount),
                rules.MinNoteCharacters, metOn, state, state.Label());
        }).ToList();
        return Result.Ok(new NotesOverview(rules.MinNoteCharacters, rules.Study.End, lines,
            [.. notes.OrderByDescending(n => n.PeriodDate).ThenByDescending(n => n.Id).Select(n => View(n, names[n.AuthorPersonId]))], await office.MayRunAsync(ct), me));
    }

    private static NoteView View(CountedTextInfo t, string author) => new(t.Id, t.AuthorPersonId, author, t.PeriodDate, t.Title, t.Body, t.CharacterCount, t.State,
        ReadingNoteRule.Counts(t.State), t.ReviewComment, t.ReviewedBy, t.SubmittedAt);
}
