using Modular.Plugins.BannerSixOnes.Common;

namespace Modular.Plugins.BannerSixOnes.TheoryBooks;

/// <param name="PersonId">The leading cadre; the caller's own roster person when null.</param>
/// <param name="Quarter">e.g. <c>2011-Q2</c>; the quarter of today when null.</param>
public sealed record BookNoteInput(long? PersonId, string? Quarter, string? Title, string? Author, string? Body);

/// <summary>The notes with their text (the API's and the page's detail).</summary>
public sealed record BookNoteDetail(BookNoteRow Row, string Body);

/// <summary>The campaign's quarters with the days they open and are due, and how long the notes must be.</summary>
public sealed record BookCalendar(int MinChars, DateOnly Today, IReadOnlyList<BookCalendar.QuarterDays> Quarters)
{
    public sealed record QuarterDays(string Key, string Label, DateOnly Opens, DateOnly Due);
}

/// <summary>One quarter's reading notes as lists and the ledger show them.</summary>
public sealed record BookNoteRow(
    long Id, long PersonId, string Name, long OrganizationId, string Organization, string PeriodKey, string QuarterLabel,
    string Title, string Author, int Characters, DateOnly SubmittedOn, DateOnly DueOn, bool Late,
    TextReviewState State, string StateLabel, string? ReviewComment, string? ReviewedBy, DateTimeOffset? ReviewedAt)
{
    /// <summary>Submitted and not sent back for rework: the quarter's book counts as read.</summary>
    public bool Counts => State != TextReviewState.Returned;
}

/// <summary>
/// 精读一本理论著作: each leading cadre files one book (beyond the required list) and reading notes of
/// at least <see cref="SixOnesRules.TheoryBookMinChars"/> characters per campaign quarter. The notes are a
/// counted text (kind <c>theory-book</c>, period = the quarter's first day); resubmitting replaces them until accepted.
/// </summary>
public sealed class TheoryBookNotes(
    ICountedTexts texts, SixOnesDbContext db, RequiredReadingList requiredList, IRoster roster, IOrganizationDirectory organizations,
    ICurrentUser user, SixOnesCampaign campaign, IObligationRecords obligations)
{
    public const string PluginId = "banner-six-ones";
    public static readonly BlockKind Kind = new(PluginId, "theory-book");

    /// <summary>Whether the caller reviews the person's notes: the office, or an officer over the cadre's organization who is not the author.</summary>
    public async Task<bool> MayReviewAsync(long authorPersonId, CancellationToken ct)
    {
        if (user.IsJurisdictionAdmin) return true;
        var person = await roster.FindAsync(authorPersonId, ct);
        return person is not null && await user.PersonIdAsync(ct) != person.Id && await user.ManagesOrganizationAsync(person.OrganizationId, ct);
    }

    /// <summary>The campaign quarters (clipped to the campaign) with their due days, and the minimum length of the notes.</summary>
    public async Task<BookCalendar> CalendarAsync(CancellationToken ct)
    {
        var rules = await campaign.RulesAsync(ct);
        return new(rules.TheoryBookMinChars, campaign.Today, [.. BookQuarter.Of(rules).Select(q => new BookCalendar.QuarterDays(q.Key, q.Label, q.Opens, q.Due))]);
    }

    /// <summary>
    /// Files (or replaces, until accepted) a leading cadre's book and reading notes for a quarter: the person named, else the
    /// caller's own roster entry; the caller writes for them (themselves, or whoever manages their organization).
    /// </summary>
    public async Task<Result<CountedTextInfo>> SubmitAsync(BookNoteInput input, CancellationToken ct)
    {
        var author = await user.AuthorAsync(input.PersonId,
            Text.Of("只能填写本人的读书笔记（或由所在组织、旗创先争优办代为录入）。", "You can file your own reading notes only (or those of people you manage)."), ct);
        return author.Succeeded ? await SubmitForAsync(author.Value, input, ct) : Refuse.As(author);
    }

    /// <summary><see cref="SubmitAsync"/>, answered with the notes' row as the list shows it.</summary>
    public async Task<Result<BookNoteRow>> FileAsync(BookNoteInput input, CancellationToken ct)
    {
        var filed = await SubmitAsync(input, ct);
        if (!filed.Succeeded) return Refuse.As(filed);
        return Result.Ok((await RowsAsync(filed.Value!.PeriodKey, ct)).First(r => r.Id == filed.Value.Id));
    }

    /// <summary>One person's notes with their text, for whoever may read that person's records.</summary>
    public async Task<Result<BookNoteDetail>> ReadAsync(long id, CancellationToken ct)
    {
        if (await FindAsync(id, ct) is not { } text) return NoSuchNotes;
        if (!await user.MayReadPersonAsync(text.AuthorPersonId, ct)) return Refuse.Forbidden(Text.Of("无权查看他人的读书笔记。", "You may not read these notes."));
        return Result.Ok(new BookNoteDetail((await RowsAsync(text.PeriodKey, ct)).First(r => r.Id == id), text.Body));
    }

    /// <summary>验收: the notes count; by the office or an officer over the cadre's organization.</summary>
    public Task<Result<CountedTextInfo>> AcceptAsync(long id, CancellationToken ct) => ReviewAsync(id, text => texts.AcceptAsync(text.Id, ct), ct);

    /// <summary>退回: sent back for rework with a comment, so the quarter's book is owed again.</summary>
    public Task<Result<CountedTextInfo>> ReturnAsync(long id, string? comment, CancellationToken ct) => ReviewAsync(id, async text =>
    {
        var result = await texts.ReturnAsync(text.Id, comment ?? "", ct);
        if (result.Succeeded && BookQuarter.Find(await campaign.RulesAsync(ct), text.PeriodKey ?? "") is { } quarter)
            await obligations.ClearAsync(TheoryBookObligations.TypeKey, ObligedKind.Person, text.AuthorPersonId, quarter.Opens, ct);
        return result;
    }, ct);

    private async Task<Result<CountedTextInfo>> ReviewAsync(long id, Func<CountedTextInfo, Task<Result<CountedTextInfo>>> review, CancellationToken ct)
    {
        if (await FindAsync(id, ct) is not { } text) return NoSuchNotes;
        if (!await MayReviewAsync(text.AuthorPersonId, ct))
            return Refuse.Forbidden(Text.Of("只有旗创先争优办或该干部所在组织的组织委员可以评审读书笔记，且不能评审本人的。",
                "Only the office or an officer of the cadre's organization reviews reading notes, and not their own."));
        return await review(text);
    }

    private static Refusal NoSuchNotes => Refuse.NotFound(Text.Of("未找到该读书笔记。", "No such reading notes."));

    private async Task<Result<CountedTextInfo>> SubmitForAsync(long personId, BookNoteInput input, CancellationToken ct)
    {
        var rules = await campaign.RulesAsync(ct);
        var person = await roster.FindAsync(personId, ct);
        if (person is null) return Refused("personId", "名册中没有此人。", "No such person on the roster.");
        if (!person.IsLeadingCadre)
            return Refused("personId", $"{person.Name}不是领导干部：精读理论著作是各级领导干部的要求。", $"{person.Name} is not a leading cadre; theory books are for leading cadres.");

        var today = campaign.Today;
        BookQuarter? quarter;
        if (string.IsNullOrWhiteSpace(input.Quarter))
        {
            quarter = BookQuarter.Containing(rules, today);
            if (quarter is null) return Refused("quarter", "今天不在活动期间，请指定季度（如 2011-Q2）。", "Today is outside the campaign; give the quarter (e.g. 2011-Q2).");
        }
        else
        {
            var key = SixOnesQuarterKey(input.Quarter);
            quarter = key is null ? null : BookQuarter.Find(rules, key);
            if (quarter is null) return Refused("quarter", $"“{input.Quarter}”不是活动期间的季度（{string.Join("、", BookQuarter.Of(rules).Select(q => q.Key))}）。", $"“{input.Quarter}” is not a campaign quarter.");
        }
        if (today < quarter.Opens)
            return Refused("quarter", $"{quarter.Label}尚未开始（{quarter.Opens:M月d日}起）。", $"{quarter.Key} has not begun yet (from {quarter.Opens:yyyy-MM-dd}).");

        var title = RequiredReadingList.Clean(input.Title);
        if (title.Length == 0) return Refused("title", "请填写书名。", "Give the book's title.");
        var author = input.Author?.Trim() ?? "";
        if (author.Length == 0) return Refused("author", "请填写作者。", "Give the book's author.");
        if (await requiredList.MatchAsync(title, ct) is { } listed)
            return Refused("title", $"《{listed.Title}》属于必读书目，请在必读书目以外精选一本理论著作。", $"“{listed.Title}” is on the required reading list; choose a book beyond it.");

        var result = await texts.SubmitAsync(new CountedTextInput(Kind, personId, quarter.PeriodDate, input.Body ?? "",
            PeriodKey: quarter.Key, MinimumCharacters: rules.TheoryBookMinChars, Title: title), ct);
        if (!result.Succeeded) return result;

        var text = result.Value!;
        var note = await db.BookNotes.AsTracking().FirstOrDefaultAsync(n => n.TextId == text.Id, ct);
        if (note is null) db.BookNotes.Add(new BookNote { TextId = text.Id, PersonId = personId, PeriodKey = quarter.Key, BookAuthor = author });
        else note.BookAuthor = author;
        await db.SaveChangesAsync(ct);
        await obligations.RecordAsync(TheoryBookObligations.TypeKey, ObligedKind.Person, personId, quarter.Opens, FiledTexts.RecordRef(text), text.SubmittedAt, ct);
        return result;
    }

    /// <summary>The notes with this id, if they are theory-book notes of this jurisdiction.</summary>
    public async Task<CountedTextInfo?> FindAsync(long id, CancellationToken ct) =>
        await texts.FindAsync(id, ct) is { } t && t.PluginId == Kind.PluginId && t.Kind == Kind.Kind ? t : null;

    /// <summary>Every quarter's notes (optionally of one quarter), with names, whoever may see them.</summary>
    public async Task<IReadOnlyList<BookNoteRow>> RowsAsync(string? quarterKey, CancellationToken ct)
    {
        var rules = await campaign.RulesAsync(ct);
        var quarters = BookQuarter.Of(rules).ToDictionary(q => q.Key);
        var query = new CountedTextQuery(Kind) { From = new DateOnly(rules.Year, 1, 1), To = new DateOnly(rules.Year, 12, 31) };
        if (quarterKey is not null && quarters.TryGetValue(quarterKey, out var only)) query = query with { From = only.PeriodDate, To = only.PeriodDate };
        var list = await texts.ListAsync(query, ct);
        var ids = list.Select(t => t.Id).ToList();
        var authors = await db.BookNotes.Where(n => ids.Contains(n.TextId)).ToDictionaryAsync(n => n.TextId, n => n.BookAuthor, ct);
        var people = (await roster.MembersAsync(new RosterQuery(), ct)).ToDictionary(p => p.Id);
        var orgNames = (await organizations.ListAsync(ct)).ToDictionary(o => o.Id, o => o.Name);
        var zone = campaign.Jurisdiction.TimeZone;
        return [.. list.Select(t =>
        {
            var person = people.GetValueOrDefault(t.AuthorPersonId);
            var quarter = quarters.GetValueOrDefault(t.PeriodKey ?? "");
            var submitted = LocalTimes.DayOf(t.SubmittedAt, zone);
            var due = quarter?.Due ?? Quarter.Containing(t.PeriodDate).End;
            return new BookNoteRow(t.Id, t.AuthorPersonId, person?.Name ?? $"#{t.AuthorPersonId}", person?.OrganizationId ?? 0,
                person is null ? "" : orgNames.GetValueOrDefault(person.OrganizationId, ""), t.PeriodKey ?? "", quarter?.Label ?? t.PeriodKey ?? "",
                t.Title ?? "", authors.GetValueOrDefault(t.Id, ""), t.CharacterCount, submitted, due, submitted > due,
                t.State, StateLabel(t.State), t.ReviewComment, t.ReviewedBy, t.ReviewedAt);
        })];
    }

    /// <summary><see cref="RowsAsync"/> narrowed to what the caller may read: their own, and those of organizations they see.</summary>
    public async Task<IReadOnlyList<BookNoteRow>> VisibleRowsAsync(string? quarterKey, CancellationToken ct) =>
        await user.OwnOrSeenAsync(await RowsAsync(quarterKey, ct), r => r.OrganizationId, r => r.PersonId, ct);

    public static string StateLabel(TextReviewState state) => state switch
    {
        TextReviewState.Submitted => "已提交",
        TextReviewState.Resubmitted => "已重新提交",
        TextReviewState.Accepted => "已验收",
        _ => "已退回",
    };

    /// <summary><see cref="StateLabel"/> in the user's language, for the pages (the ledger and the API keep the Chinese).</summary>
    public static string StateText(TextReviewState state) => state switch
    {
        TextReviewState.Submitted => Text.Of("已提交", "Submitted"),
        TextReviewState.Resubmitted => Text.Of("已重新提交", "Resubmitted"),
        TextReviewState.Accepted => Text.Of("已验收", "Accepted"),
        _ => Text.Of("已退回", "Returned"),
    };

    private static string? SixOnesQuarterKey(string raw) => Quarter.TryParse(raw.Trim())?.Key;

    private static Result<CountedTextInfo> Refused(string field, string zh, string en) => Result<CountedTextInfo>.Refused(field, Text.Of(zh, en));
}
