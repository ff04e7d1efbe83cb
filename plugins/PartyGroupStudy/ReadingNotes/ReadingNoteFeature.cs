using Modular.Plugins.PartyGroupStudy.Common;

namespace Modular.Plugins.PartyGroupStudy.ReadingNotes;

/// <summary>四(一)2 读书笔记: each member's notes, their characters against the minimum, the office's returns.</summary>
public static class ReadingNoteFeature
{
    public static void Register(IPluginBuilder plugin)
    {
        plugin.Services.AddScoped<ReadingNoteService>();
        plugin.Services.AddScoped<ReadingNoteSteps>();
        plugin.AddPlanSteps<ReadingNoteSteps>();
        plugin.AddMenuEntry(new MenuEntry(new("读书笔记", "Reading notes"), "/ReadingNotes/Index", 11) { Group = PartyGroupStudyStartup.Group });
        plugin.AddLedger<ReadingNoteService>("reading-notes", new("读书笔记台账", "Reading notes"),
            async (service, query, ct) => (await service.OverviewAsync(ct)).Map(Ledger));
    }

    /// <summary>读书笔记台账: one row per note (a member without one: a row of their figures), with the member's sum and state.</summary>
    public static LedgerDefinition Ledger(NotesOverview overview) => new(Text.Of("读书笔记台账", "Reading notes"),
        [new(Text.Of("党组成员", "Member"), LedgerColumnType.Person), new(Text.Of("计入字数", "Characters counted"), LedgerColumnType.Integer),
         new(Text.Of("要求字数", "Required"), LedgerColumnType.Integer), new(Text.Of("达到要求", "Met"), LedgerColumnType.Boolean), new(Text.Of("达到日期", "Met on"), LedgerColumnType.Date),
         new(Text.Of("状态", "State")), new(Text.Of("笔记日期", "Note's day"), LedgerColumnType.Date), new(Text.Of("书目或篇目", "Book or text"), Width: 30),
         new(Text.Of("字数", "Characters"), LedgerColumnType.Integer), new(Text.Of("退回意见", "Returned, why"), Width: 30)],
        [.. from m in overview.Members
            let notes = overview.Notes.Where(n => n.PersonId == m.PersonId).OrderBy(n => n.Date).ToList()
            from n in notes.Count == 0 ? new NoteView?[] { null } : notes.Cast<NoteView?>()
            select (IReadOnlyList<object?>)[m.Name, m.Characters, m.Minimum, m.Met, m.MetOn, m.StateName, n?.Date, n?.Title, n?.Characters,
                n is { Counts: false } ? n.ReviewComment : null]]);

    /// <summary><c>/api/j/{jurisdiction}/party-group-study/reading-notes</c>.</summary>
    public static void Map(IEndpointRouteBuilder api)
    {
        var notes = api.MapGroup("/reading-notes").WithTags("party-group-study: reading notes");
        notes.MapGet("", async (ReadingNoteService service, CancellationToken ct) => (await service.OverviewAsync(ct)).ToHttpResult())
            .WithSummary("Every member's counted characters against the minimum (one's own for a member) and the notes, latest first.");
        notes.MapPost("", async (NoteInput input, ReadingNoteService service, CancellationToken ct) => (await service.SubmitAsync(input, ct)).ToHttpResult())
            .WithSummary("Hands in a reading note (the member's own, or the office's record of one: personId); the same day again replaces that day's note.");
        notes.MapGet("/{id:long}", async (long id, ReadingNoteService service, CancellationToken ct) => (await service.FindAsync(id, ct)).ToHttpResult());
        notes.MapPost("/{id:long}/return", async (long id, ReturnInput input, ReadingNoteService service, CancellationToken ct) => (await service.ReturnAsync(id, input, ct)).ToHttpResult())
            .WithSummary("The office returns a note with its comment; it stops counting until handed in again.");
    }
}
