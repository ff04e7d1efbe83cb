using Modular.Plugins.BannerSixOnes.Items;

namespace Modular.Plugins.BannerSixOnes.TheoryBooks;

/// <summary><c>/books/...</c>: the required reading list, each quarter's reading notes, their review and the ledger.</summary>
public static class TheoryBooksApi
{
    public sealed record RequiredBookInput(string? Title, string? Author);
    public sealed record CommentInput(string? Comment);

    public static void Map(IEndpointRouteBuilder api)
    {
        var books = api.MapGroup("/books");

        books.MapGet("/quarters", async (TheoryBookNotes notes, CancellationToken ct) => Results.Ok(await notes.CalendarAsync(ct)))
            .WithSummary("The campaign quarters (clipped to the campaign) with their due days, and the minimum length of the notes.");

        books.MapGet("/required", async (RequiredReadingList list, CancellationToken ct) => Results.Ok(await list.ListAsync(ct)))
            .WithSummary("必读书目: the required reading list (a book on it cannot be filed as the quarter's theory book).");
        books.MapPost("/required", async (RequiredBookInput input, RequiredReadingList list, CancellationToken ct) =>
            (await list.AddAsync(input.Title, input.Author, ct)).ToHttpResult());
        books.MapDelete("/required/{id:long}", async (long id, RequiredReadingList list, CancellationToken ct) =>
            (await list.RemoveAsync(id, ct)).ToHttpResult(_ => Results.NoContent()));

        books.MapGet("/notes", async (string? quarter, TheoryBookNotes notes, CancellationToken ct) =>
            Results.Ok(await notes.VisibleRowsAsync(quarter, ct)))
            .WithSummary("Reading notes the caller may see (their own; their organizations'; all for the office), optionally of one quarter (2011-Q2).");
        books.MapGet("/notes/{id:long}", async (long id, TheoryBookNotes notes, CancellationToken ct) => (await notes.ReadAsync(id, ct)).ToHttpResult());
        books.MapPost("/notes", async (BookNoteInput input, TheoryBookNotes notes, CancellationToken ct) => (await notes.FileAsync(input, ct)).ToHttpResult())
            .WithSummary("Files (or replaces, until accepted) a leading cadre's book and reading notes for a quarter: title, author (the book beyond the required list), body ≥ theoryBook.minChars.");
        books.MapPost("/notes/{id:long}/accept", async (long id, TheoryBookNotes notes, CancellationToken ct) => (await notes.AcceptAsync(id, ct)).ToHttpResult());
        books.MapPost("/notes/{id:long}/return", async (long id, CommentInput input, TheoryBookNotes notes, CancellationToken ct) =>
            (await notes.ReturnAsync(id, input.Comment, ct)).ToHttpResult());

        books.MapGet("/progress", async (DateOnly? asOf, TheoryBookItem item, CallerItems items, CancellationToken ct) =>
            Results.Ok(await items.ProgressSeenAsync(item, asOf, ct)))
            .WithSummary("Item 4 per organization the caller may see: expected (leading cadres × quarters due by asOf), done, overdue, filed per month.");
        books.MapGet("/mine", async (TheoryBookItem item, CallerItems items, CancellationToken ct) => (await items.MineAsync(item, ct)).ToHttpResult())
            .WithSummary("The caller's own item 4 (null unless a leading cadre): state, summary and next due day.");
    }
}
