namespace Modular.Plugins.InstituteBranchPlan.ReadingNotes;

/// <summary>三(一)三 读书笔记、心得体会: every member's notes and reflections, counted against the minimum by the due day.</summary>
public static class ReadingNoteFeature
{
    public static void Register(IPluginBuilder plugin)
    {
        plugin.Services.AddScoped<ReadingNoteService>();
        plugin.AddObligationProvider<ReadingNoteObligations>();
        plugin.AddLedger<ReadingNoteService>("reading-notes", new("读书笔记台账", "Reading notes and reflections"),
            async (service, query, ct) => Result.Ok(Ledger(await service.BranchesAsync(ct), service.WallClock)));
        plugin.AddMenuEntry(new MenuEntry(new("读书笔记、心得体会", "Reading notes"), "/ReadingNotes/Index", 25) { Group = InstituteBranchPlanStartup.Group });
    }

    /// <summary>读书笔记台账: one row per member of each branch seen (counts and state), then one per text.</summary>
    public static LedgerDefinition Ledger(IReadOnlyList<BranchNotes> branches, Func<DateTimeOffset, DateTime> local) => new(Text.Of("读书笔记台账", "Reading notes and reflections"),
        [new(Text.Of("党支部", "Branch"), Width: 20), new(Text.Of("姓名", "Name"), LedgerColumnType.Person),
         new(Text.Of("读书笔记（按期/应交）", "Reading notes (on time / owed)")), new(Text.Of("读书笔记状态", "Reading notes")),
         new(Text.Of("心得体会（按期/应交）", "Reflections (on time / owed)")), new(Text.Of("心得体会状态", "Reflections")),
         new(Text.Of("篇目", "Text")), new(Text.Of("题目", "Title"), Width: 30), new(Text.Of("字数", "Characters"), LedgerColumnType.Integer),
         new(Text.Of("提交时间", "Handed in"), LedgerColumnType.DateTime)],
        [.. from b in branches from m in b.Members
            let notes = b.Notes.Where(n => n.PersonId == m.PersonId).OrderBy(n => n.SubmittedAt).ToList()
            from n in notes.Count == 0 ? new NoteView?[] { null } : notes.Cast<NoteView?>()
            select (IReadOnlyList<object?>)[b.Branch, m.Name, $"{m.ReadingNotes.OnTime}/{m.ReadingNotes.Minimum}", m.ReadingNotes.StateName,
                $"{m.Reflections.OnTime}/{m.Reflections.Minimum}", m.Reflections.StateName, n?.KindName, n?.Title, n?.Characters, n is null ? null : local(n.SubmittedAt)]]);

    public static void Map(IEndpointRouteBuilder api)
    {
        var notes = api.MapGroup("/reading-notes").WithTags("institute-branch-plan: reading notes");
        notes.MapPost("", async (NoteInput input, ReadingNoteService service, CancellationToken ct) => (await service.SubmitAsync(input, ct)).ToHttpResult())
            .WithSummary("Hands in a reading note or reflection (kind ReadingNote or Reflection): the member's own, or the branch's record of one (personId).");
        notes.MapGet("", async (ReadingNoteService service, CancellationToken ct) => Results.Ok(await service.BranchesAsync(ct)))
            .WithSummary("Each branch the caller sees: every member's counts against the minimum by the due day (short: true) and the texts.");
        notes.MapGet("/mine", async (ReadingNoteService service, CancellationToken ct) => Results.Ok(await service.MineAsync(ct)));
    }
}
