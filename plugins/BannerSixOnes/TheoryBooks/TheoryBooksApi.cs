using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Modular.Plugins.BannerSixOnes.Common;
using Modular.Sdk;
using Modular.Sdk.Blocks;
using Modular.Sdk.Core;

namespace Modular.Plugins.BannerSixOnes.TheoryBooks;

/// <summary><c>/books/...</c>: the required reading list, each quarter's reading notes, their review and the ledger.</summary>
public static class TheoryBooksApi
{
    public sealed record RequiredBookInput(string? Title, string? Author);
    public sealed record CommentInput(string? Comment);

    public static void Map(IEndpointRouteBuilder api)
    {
        var books = api.MapGroup("/books");

        books.MapGet("/quarters", async (SixOnesCampaign campaign, CancellationToken ct) =>
        {
            var rules = await campaign.RulesAsync(ct);
            return Results.Ok(new
            {
                minChars = rules.TheoryBookMinChars,
                today = campaign.Today,
                quarters = BookQuarter.Of(rules).Select(q => new { key = q.Key, label = q.Label, opens = q.Opens, due = q.Due }),
            });
        }).WithSummary("The campaign quarters (clipped to the campaign) with their due days, and the minimum length of the notes.");

        books.MapGet("/required", async (RequiredReadingList list, CancellationToken ct) => Results.Ok(await list.ListAsync(ct)))
            .WithSummary("必读书目: the required reading list (a book on it cannot be filed as the quarter's theory book).");
        books.MapPost("/required", async (RequiredBookInput input, RequiredReadingList list, ICurrentUser user, CancellationToken ct) =>
            !user.IsJurisdictionAdmin ? OfficeOnly() : SixOnesApi.From(await list.AddAsync(input.Title, input.Author, ct)));
        books.MapDelete("/required/{id:long}", async (long id, RequiredReadingList list, ICurrentUser user, CancellationToken ct) =>
            !user.IsJurisdictionAdmin ? OfficeOnly() : await list.RemoveAsync(id, ct) ? Results.NoContent() : Results.NotFound());

        books.MapGet("/notes", async (string? quarter, TheoryBookNotes notes, CancellationToken ct) =>
            Results.Ok(await notes.VisibleRowsAsync(quarter, ct)))
            .WithSummary("Reading notes the caller may see (their own; their organizations'; all for the office), optionally of one quarter (2011-Q2).");
        books.MapGet("/notes/{id:long}", async (long id, TheoryBookNotes notes, CancellationToken ct) =>
        {
            if (await notes.FindAsync(id, ct) is not { } text) return Results.NotFound();
            if (!await notes.MayReadAsync(text.AuthorPersonId, ct)) return SixOnesApi.Forbidden(Text.Of("无权查看他人的读书笔记。", "You may not read these notes."));
            var row = (await notes.RowsAsync(text.PeriodKey, ct)).First(r => r.Id == id);
            return Results.Ok(new { row, body = text.Body });
        });
        books.MapPost("/notes", async (BookNoteInput input, TheoryBookNotes notes, CancellationToken ct) =>
        {
            if (await notes.AuthorOfAsync(input.PersonId, ct) is not { } personId)
                return SixOnesApi.Refused("personId", Text.Of("您的账号未关联党员名册，请指定领导干部。", "Your account is not linked to the roster; give the person."));
            if (await notes.WriteRefusalAsync(personId, ct) is { } why) return SixOnesApi.Forbidden(why);
            var result = await notes.SubmitAsync(personId, input, ct);
            if (!result.Succeeded) return SixOnesApi.From(result);
            var row = (await notes.RowsAsync(result.Value!.PeriodKey, ct)).First(r => r.Id == result.Value.Id);
            return Results.Ok(row);
        }).WithSummary("Files (or replaces, until accepted) a leading cadre's book and reading notes for a quarter: title, author (the book beyond the required list), body ≥ theoryBook.minChars.");
        books.MapPost("/notes/{id:long}/accept", async (long id, TheoryBookNotes notes, CancellationToken ct) =>
            await ReviewAsync(id, notes, text => notes.AcceptAsync(text, ct), ct));
        books.MapPost("/notes/{id:long}/return", async (long id, CommentInput input, TheoryBookNotes notes, CancellationToken ct) =>
            await ReviewAsync(id, notes, text => notes.ReturnAsync(text, input.Comment, ct), ct));

        books.MapGet("/progress", async (DateOnly? asOf, TheoryBookItem item, SixOnesCampaign campaign, ICurrentUser user, CancellationToken ct) =>
            Results.Ok(await item.VisibleProgressAsync(await campaign.RulesAsync(ct), asOf ?? campaign.Today, user, ct)))
            .WithSummary("Item 4 per organization the caller may see: expected (leading cadres × quarters due by asOf), done, overdue, filed per month.");
        books.MapGet("/mine", async (TheoryBookItem item, SixOnesCampaign campaign, ICurrentUser user, IRoster roster, CancellationToken ct) =>
            await user.PersonIdAsync(ct) is { } me && await roster.FindAsync(me, ct) is { } person
                && await item.ForMemberAsync(await campaign.RulesAsync(ct), person, campaign.Today, ct) is { } status
                ? Results.Ok(status)
                : Results.Content("null", "application/json")) // not a leading cadre: the item does not apply
            .WithSummary("The caller's own item 4 (null unless a leading cadre): state, summary and next due day.");

        books.MapGet("/ledger", async (string? quarter, string? format, TheoryBookNotes notes, CancellationToken ct) =>
            Results.Extensions.Ledger(TheoryBookLedger.Build(await notes.VisibleRowsAsync(quarter, ct), quarter), LedgerFormats.Parse(format)))
            .WithSummary("精读理论著作台账 (.xlsx, or format=csv): 姓名, 单位, 季度, 书名, 作者, 字数, 提交日期, 状态.");
    }

    private static async Task<IResult> ReviewAsync(long id, TheoryBookNotes notes, Func<CountedTextInfo, Task<Result<CountedTextInfo>>> review, CancellationToken ct)
    {
        if (await notes.FindAsync(id, ct) is not { } text) return Results.NotFound();
        if (await notes.ReviewRefusalAsync(text, ct) is { } why) return SixOnesApi.Forbidden(why);
        return SixOnesApi.From(await review(text));
    }

    private static IResult OfficeOnly() => SixOnesApi.Forbidden(Text.Of("必读书目由旗创先争优办维护。", "The office keeps the required reading list."));
}
