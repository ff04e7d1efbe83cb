using Microsoft.EntityFrameworkCore;
using Modular.Plugins.BannerSixOnes.Common;
using Modular.Sdk;
using Modular.Sdk.Blocks;
using Modular.Sdk.Core;
using Modular.Sdk.Scheduling;

namespace Modular.Plugins.BannerSixOnes.TheoryBooks;

/// <param name="PersonId">The leading cadre; the caller's own roster person when null.</param>
/// <param name="Quarter">e.g. <c>2011-Q2</c>; the quarter of today when null.</param>
public sealed record BookNoteInput(long? PersonId, string? Quarter, string? Title, string? Author, string? Body);

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
    ICountedTexts texts, TheoryBooksDbContext db, RequiredReadingList requiredList, IRoster roster, IOrganizationDirectory organizations,
    ICurrentUser user, SixOnesCampaign campaign, IObligationRecords obligations)
{
    public const string PluginId = "banner-six-ones";
    public static readonly BlockKind Kind = new(PluginId, "theory-book");

    /// <summary>The person the caller writes for: the given one, else their own roster entry.</summary>
    public async Task<long?> AuthorOfAsync(long? personId, CancellationToken ct) => personId ?? await user.PersonIdAsync(ct);

    /// <summary>Null when the caller may write for the person (themselves, or whoever manages their organization); else why not.</summary>
    public async Task<string?> WriteRefusalAsync(long personId, CancellationToken ct) =>
        await user.MayActForPersonAsync(personId, ct) ? null
            : Text.Of("只能填写本人的读书笔记（或由所在组织、旗创先争优办代为录入）。", "You can file your own reading notes only (or those of people you manage).");

    /// <summary>Null when the caller may review the person's notes: the office or an officer over the cadre's organization, not the author.</summary>
    public async Task<string?> ReviewRefusalAsync(CountedTextInfo text, CancellationToken ct) =>
        await MayReviewAsync(text.AuthorPersonId, ct) ? null
            : Text.Of("只有旗创先争优办或该干部所在组织的组织委员可以评审读书笔记，且不能评审本人的。", "Only the office or an officer of the cadre's organization reviews reading notes, and not their own.");

    public async Task<bool> MayReviewAsync(long authorPersonId, CancellationToken ct)
    {
        if (user.IsJurisdictionAdmin) return true;
        var person = await roster.FindAsync(authorPersonId, ct);
        return person is not null && await user.PersonIdAsync(ct) != person.Id && await user.ManagesOrganizationAsync(person.OrganizationId, ct);
    }

    public async Task<Result<CountedTextInfo>> SubmitAsync(long personId, BookNoteInput input, CancellationToken ct)
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

    public async Task<Result<CountedTextInfo>> ReturnAsync(CountedTextInfo text, string? comment, CancellationToken ct)
    {
        var result = await texts.ReturnAsync(text.Id, comment ?? "", ct);
        if (result.Succeeded && BookQuarter.Find(await campaign.RulesAsync(ct), text.PeriodKey ?? "") is { } quarter) // sent back for rework: owed again
            await obligations.ClearAsync(TheoryBookObligations.TypeKey, ObligedKind.Person, text.AuthorPersonId, quarter.Opens, ct);
        return result;
    }

    public Task<Result<CountedTextInfo>> AcceptAsync(CountedTextInfo text, CancellationToken ct) => texts.AcceptAsync(text.Id, ct);

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

    /// <summary>Whether the caller may read this person's notes.</summary>
    public Task<bool> MayReadAsync(long personId, CancellationToken ct) => user.MayReadPersonAsync(personId, ct);

    public static string StateLabel(TextReviewState state) => state switch
    {
        TextReviewState.Submitted => "已提交",
        TextReviewState.Resubmitted => "已重新提交",
        TextReviewState.Accepted => "已验收",
        _ => "已退回",
    };

    private static string? SixOnesQuarterKey(string raw) => Quarter.TryParse(raw.Trim())?.Key;

    private static Result<CountedTextInfo> Refused(string field, string zh, string en) => Result<CountedTextInfo>.Refused(field, Text.Of(zh, en));
}
