using Modular.Plugins.InstituteBranchPlan.LeadingGroup;

namespace Modular.Plugins.InstituteBranchPlan.ReadingNotes;

/// <summary>
/// A note or reflection: <paramref name="Date"/> the day it is filed under (today when left out; one text per kind and day,
/// a second that day replaces it); <paramref name="PersonId"/> when the branch records one a member wrote on paper.
/// </summary>
public sealed record NoteInput(NoteKind Kind, string? Title, string? Body, DateOnly? Date = null, long? PersonId = null);

/// <summary>A text as the pages show it.</summary>
public sealed record NoteView(long Id, NoteKind Kind, string KindName, long PersonId, string Author, string? Title, string Body, int Characters,
    DateOnly Date, DateTimeOffset SubmittedAt, DateOnly HandedInOn, bool OnTime);

/// <summary>A member's count of one kind against the minimum: handed in by the due day, in all, and where they stand.</summary>
public sealed record NoteCount(NoteKind Kind, int OnTime, int Total, int Minimum, DueState State, string StateName)
{
    public bool Short => OnTime < Minimum;
}

public sealed record MemberNotes(long PersonId, string Name, NoteCount ReadingNotes, NoteCount Reflections)
{
    public bool Short => ReadingNotes.Short || Reflections.Short;
}

/// <summary>A branch's notes and reflections: every member's counts (who is short) and the texts, latest first.</summary>
public sealed record BranchNotes(long BranchId, string Branch, IReadOnlyList<MemberNotes> Members, IReadOnlyList<NoteView> Notes)
{
    public int MembersMet => Members.Count(m => !m.Short);
}

/// <summary>The signed-in member's notes and reflections with their counts.</summary>
public sealed record MyNotes(long PersonId, MemberNotes Counts, IReadOnlyList<NoteView> Notes);

/// <summary>读书笔记、心得体会: members write their own (the SDK's counted texts); the branch records paper ones and sees who is short.</summary>
public sealed class ReadingNoteService(ICountedTexts texts, IRoster roster, IOrganizationDirectory directory, ICurrentUser user, BranchOffice office,
    InstituteBranchPlanCampaign campaign)
{
    public static string RecordRef(long id) => $"reading-notes/{id}";

    public DateTime WallClock(DateTimeOffset at) => campaign.WallClock(at);

    /// <summary>Hands in a member's note or reflection (their own, or the branch's record of one); too short is refused with the count.</summary>
    public async Task<Result<NoteView>> SubmitAsync(NoteInput input, CancellationToken ct)
    {
        var me = await user.PersonIdAsync(ct);
        if ((input.PersonId ?? me) is not { } authorId)
            return Refuse.Field("personId", Text.Of("您的账号未关联党员名册，请指定撰写人。", "Your account is not linked to the roster; choose the member who wrote it."));
        if (await roster.FindAsync(authorId, ct) is not { } person) return Refuse.Field("personId", References.NoPerson(authorId));
        if (BranchOffice.BranchOf(await directory.TreeAsync(ct), person.OrganizationId) is not { } branch)
            return Refuse.Field("personId", Text.Of($"{person.Name}不在任何党支部中。", $"{person.Name} is not in a party branch."));
        if (authorId != me && !await office.MayRunAsync(branch.Id, ct))
            return Refuse.Forbidden(Text.Of("只能提交本人的读书笔记、心得体会；代为登记须由所在党支部办理。", "Hand in your own; the branch records one for a member."));
        if (!Enum.IsDefined(input.Kind)) return Refuse.Field("kind", Text.Of("请选择读书笔记或心得体会。", "Choose a reading note or a reflection."));
        if (Entered.Text(input.Body) is not { } body) return Refuse.Field("body", Text.Of("请填写正文。", "Write the text."));
        var title = Entered.Text(input.Title);
        if (title is not null && Limits.TooLong(title, Limits.Line) is { } longTitle) return Refuse.Field("title", longTitle);
        var rules = await campaign.RulesAsync(ct);
        var date = input.Date ?? campaign.Today;
        if (date.Year != rules.Year) return Refuse.Field("date", Text.Of($"日期应在 {rules.Year} 年内。", $"The day must be in {rules.Year}."));
        if (date > campaign.Today) return Refuse.Field("date", Text.Of("日期不能晚于今天。", "The day cannot be after today."));
        var saved = await texts.SubmitAsync(new CountedTextInput(ReadingNoteRule.Kind(input.Kind), authorId, date, body, rules.PeriodKey,
            MinimumCharacters: rules.NoteMinCharacters, Title: title) { ReviewedOneByOne = false }, ct);
        if (!saved.Succeeded) return Refuse.As(saved);
        var view = View(saved.Value!, input.Kind, person.Name, rules);
        return Result.Created(RecordRef(view.Id), view);
    }

    private NoteView View(CountedTextInfo t, NoteKind kind, string author, InstituteRules rules)
    {
        var on = campaign.LocalDay(t.SubmittedAt);
        return new NoteView(t.Id, kind, ReadingNoteRule.KindName(kind).ToString(), t.AuthorPersonId, author, t.Title, t.Body, t.CharacterCount, t.PeriodDate,
            t.SubmittedAt, on, on <= rules.NotesDue);
    }

    private async Task<List<NoteView>> ListAsync(InstituteRules rules, long? author, IReadOnlyDictionary<long, string> names, CancellationToken ct)
    {
        var result = new List<NoteView>();
        foreach (var kind in Enum.GetValues<NoteKind>())
            foreach (var t in await texts.ListAsync(new CountedTextQuery(ReadingNoteRule.Kind(kind)) { AuthorPersonId = author, From = new DateOnly(rules.Year, 1, 1), To = new DateOnly(rules.Year, 12, 31) }, ct))
                if (author is not null || names.ContainsKey(t.AuthorPersonId))
                    result.Add(View(t, kind, names.GetValueOrDefault(t.AuthorPersonId, $"#{t.AuthorPersonId}"), rules));
        return [.. result.OrderByDescending(n => n.SubmittedAt)];
    }

    private MemberNotes Counts(InstituteRules rules, long personId, string name, IEnumerable<NoteView> notes)
    {
        NoteCount Of(NoteKind kind)
        {
            var days = notes.Where(n => n.PersonId == personId && n.Kind == kind).Select(n => n.HandedInOn).ToList();
            var state = ReadingNoteRule.StateOf(rules, kind, days, campaign.Today);
            return new NoteCount(kind, ReadingNoteRule.OnTime(rules, days), days.Count, ReadingNoteRule.Minimum(rules, kind), state, state.Label());
        }
        return new MemberNotes(personId, name, Of(NoteKind.ReadingNote), Of(NoteKind.Reflection));
    }

    /// <summary>The signed-in member's texts this year and their counts (null without a roster entry).</summary>
    public async Task<MyNotes?> MineAsync(CancellationToken ct)
    {
        if (await user.PersonIdAsync(ct) is not { } me || await roster.FindAsync(me, ct) is not { } person) return null;
        var rules = await campaign.RulesAsync(ct);
        var notes = await ListAsync(rules, me, new Dictionary<long, string> { [me] = person.Name }, ct);
        return new MyNotes(me, Counts(rules, me, person.Name, notes), notes);
    }

    /// <summary>Each branch the user sees: every member's counts against the minimum (who is short) and the texts.</summary>
    public async Task<IReadOnlyList<BranchNotes>> BranchesAsync(CancellationToken ct)
    {
        var rules = await campaign.RulesAsync(ct);
        var result = new List<BranchNotes>();
        foreach (var branch in await office.BranchesSeenAsync(ct))
        {
            var members = (await roster.MembersAsync(new RosterQuery { SubtreeRootId = branch.Id }, ct)).OrderBy(m => m.Name, StringComparer.Ordinal).ToList();
            var names = members.ToDictionary(m => m.Id, m => m.Name);
            var notes = await ListAsync(rules, null, names, ct);
            result.Add(new BranchNotes(branch.Id, branch.Name, [.. members.Select(m => Counts(rules, m.Id, m.Name, notes))], notes));
        }
        return result;
    }
}
