using Modular.Plugins.BannerSixOnes.Common;
using Modular.Plugins.BannerSixOnes.Items;

namespace Modular.Plugins.BannerSixOnes.DailyNotes;

/// <summary><c>/api/j/{jurisdiction}/banner-six-ones/notes</c>: the notebook, the quarter inspections and the year-end result.</summary>
public static class DailyNotesApi
{
    public sealed record NoteInput(long? PersonId, DateOnly? Day, string? Body, decimal? Hours);
    public sealed record BatchInput(IReadOnlyList<NoteInput>? Notes);
    public sealed record DecisionInput(string? Comment, int? Version);
    public sealed record CloseInput(int? Version);
    public sealed record ReopenInput(string? Reason);

    public static void Map(IEndpointRouteBuilder api)
    {
        var notes = api.MapGroup("/notes").WithTags("six-ones: daily notes");

        notes.MapPost("", async (NoteInput input, DailyNoteService service, CancellationToken ct) =>
            (await service.SubmitAsync(input.PersonId, input.Day, input.Body, input.Hours, ct)).ToHttpResult())
            .WithSummary("Writes (or rewrites) a member's note for a day; the member, their secretary or the office.");

        notes.MapPost("/batch", async (BatchInput input, DailyNoteService service, CancellationToken ct) =>
            (await service.SubmitManyAsync([.. (input.Notes ?? []).Select(n => new DailyNoteEntry(n.PersonId, n.Day, n.Body, n.Hours))], ct)).ToHttpResult())
            .WithSummary($"Writes many notes at once (a notebook transcribed by the secretary or the office): all or nothing, at most {DailyNoteService.MaxBatch}; a refusal names the note ([index].field).");

        notes.MapGet("", async (long? personId, DateOnly? from, DateOnly? to, DailyNoteService service, CancellationToken ct) =>
            (await service.ListAsync(personId, from, to, ct)).ToHttpResult());

        notes.MapGet("/calendar", async (long? personId, string? month, Notebook notebook, CancellationToken ct) =>
            (await notebook.MonthAsync(personId, month, ct)).ToHttpResult());

        // The item as the dashboards see it: per organization (office and auditors), and the caller's own line.
        notes.MapGet("/progress", async (DateOnly? asOf, DailyNotesItem item, CallerItems items, CancellationToken ct) =>
            (await items.AllProgressAsync(item, asOf, ct)).ToHttpResult());
        notes.MapGet("/status", async (DailyNotesItem item, CallerItems items, CancellationToken ct) =>
            (await items.MineAsync(item, Refuse.Field("personId", Text.Of("当前账号未关联党员。", "This account is not linked to a member.")), ct)).ToHttpResult());

        var inspections = notes.MapGroup("/inspections");
        inspections.MapGet("", async (string? quarter, InspectionOverview overview, CancellationToken ct) =>
            (await overview.ForQuarterAsync(quarter, ct)).ToHttpResult());        inspections.MapGet("/{organizationId:long}/{quarter}", async (long organizationId, string quarter, InspectionService service, CancellationToken ct) =>
            (await service.SheetAsync(organizationId, quarter, ct)).ToHttpResult());
        inspections.MapPost("/{organizationId:long}/{quarter}/open", async (long organizationId, string quarter, InspectionService service, CancellationToken ct) =>
            (await service.OpenAsync(organizationId, quarter, ct)).ToHttpResult());
        inspections.MapPost("/{organizationId:long}/{quarter}/members/{personId:long}/accept", async (long organizationId, string quarter, long personId, DecisionInput? input, InspectionService service, CancellationToken ct) =>
            (await service.DecideAsync(organizationId, quarter, personId, accept: true, input?.Comment, input?.Version, ct)).ToHttpResult());
        inspections.MapPost("/{organizationId:long}/{quarter}/members/{personId:long}/return", async (long organizationId, string quarter, long personId, DecisionInput? input, InspectionService service, CancellationToken ct) =>
            (await service.DecideAsync(organizationId, quarter, personId, accept: false, input?.Comment, input?.Version, ct)).ToHttpResult());
        inspections.MapPost("/{organizationId:long}/{quarter}/accept-rest", async (long organizationId, string quarter, DecisionInput? input, InspectionService service, CancellationToken ct) =>
            (await service.AcceptRestAsync(organizationId, quarter, input?.Comment, ct)).ToHttpResult())
            .WithSummary("其余全部通过: accepts every member not decided yet.");
        inspections.MapPost("/{organizationId:long}/{quarter}/close", async (long organizationId, string quarter, CloseInput? input, InspectionService service, CancellationToken ct) =>
            (await service.CloseAsync(organizationId, quarter, input?.Version, ct)).ToHttpResult());
        inspections.MapPost("/{organizationId:long}/{quarter}/reopen", async (long organizationId, string quarter, ReopenInput? input, InspectionService service, CancellationToken ct) =>
            (await service.ReopenAsync(organizationId, quarter, input?.Reason, ct)).ToHttpResult());

        notes.MapGet("/year-end", async (long? organizationId, string? name, decimal? below, YearEndSort? sort, bool? desc, int? page, int? pageSize,
                YearEndService service, CancellationToken ct) =>
            (await service.PageAsync(new YearEndFilter(organizationId, name, below, sort ?? YearEndSort.Percent, desc ?? false), new PageRequest(page, pageSize), ct)).ToHttpResult())
            .WithSummary("年终实绩考核: one page of the members' year (pageSize up to 500), filtered and sorted as the page is; the ledger has every line.");
    }
}
