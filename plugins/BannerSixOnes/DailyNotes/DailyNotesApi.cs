using Modular.Sdk;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Modular.Plugins.BannerSixOnes.Common;
using Modular.Sdk.Blocks;
using Modular.Sdk.Core;

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

        notes.MapPost("", async (NoteInput input, DailyNoteService service, ICurrentUser user, CancellationToken ct) =>
        {
            if ((input.PersonId ?? await user.PersonIdAsync(ct)) is not { } person)
                return SixOnesApi.Refused("personId", "请指定党员（当前账号未关联党员）。 / Give the member.");
            return (await service.SubmitAsync(person, input.Day, input.Body, input.Hours, ct)).ToHttpResult();
        }).WithSummary("Writes (or rewrites) a member's note for a day; the member, their secretary or the office.");

        notes.MapPost("/batch", async (BatchInput input, DailyNoteService service, CancellationToken ct) =>
            (await service.SubmitManyAsync([.. (input.Notes ?? []).Select(n => new DailyNoteEntry(n.PersonId, n.Day, n.Body, n.Hours))], ct)).ToHttpResult())
            .WithSummary($"Writes many notes at once (a notebook transcribed by the secretary or the office): all or nothing, at most {DailyNoteService.MaxBatch}; a refusal names the note ([index].field).");

        notes.MapGet("", async (long? personId, DateOnly? from, DateOnly? to, DailyNoteService service, SixOnesCampaign campaign, ICurrentUser user, IRoster roster, CancellationToken ct) =>
        {
            if (await MemberAsync(personId, user, roster, ct) is not { } member) return SixOnesApi.Refused("personId", "没有这名党员。 / No such member.");
            var rules = await campaign.RulesAsync(ct);
            var list = await service.ListAsync(member, from ?? rules.CampaignStart, to ?? rules.CampaignEnd, ct);
            return list is null ? SixOnesApi.Forbidden("无权查看该党员的学习笔记。") : Results.Ok(list);
        });

        notes.MapGet("/calendar", async (long? personId, string? month, Notebook notebook, SixOnesCampaign campaign, ICurrentUser user, IRoster roster, CancellationToken ct) =>
        {
            if (await MemberAsync(personId, user, roster, ct) is not { } member) return SixOnesApi.Refused("personId", "没有这名党员。 / No such member.");
            DateOnly first;
            if (month is null) first = campaign.Today;
            else if (!DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", out first)) return SixOnesApi.Refused("month", "月份格式应为 2011-06。");
            return (await notebook.MonthAsync(member, first, ct)).ToHttpResult();
        });

        // The item as the dashboards see it: per organization (office and auditors), and the caller's own line.
        notes.MapGet("/progress", async (DateOnly? asOf, DailyNotesItem item, SixOnesCampaign campaign, ICurrentUser user, CancellationToken ct) =>
            user.IsJurisdictionAdmin || user.IsAuditor
                ? Results.Ok(await item.ProgressAsync(await campaign.RulesAsync(ct), asOf ?? campaign.Today, ct))
                : SixOnesApi.Forbidden("全旗进度仅限旗创先争优办查看。"));
        notes.MapGet("/status", async (DailyNotesItem item, SixOnesCampaign campaign, ICurrentUser user, IRoster roster, CancellationToken ct) =>
            await MemberAsync(null, user, roster, ct) is { } member
                ? Results.Ok(await item.ForMemberAsync(await campaign.RulesAsync(ct), member, campaign.Today, ct))
                : SixOnesApi.Refused("personId", "当前账号未关联党员。 / This account is not linked to a member."));

        var inspections = notes.MapGroup("/inspections");
        inspections.MapGet("", async (string? quarter, InspectionOverview overview, CancellationToken ct) =>
            (await overview.ForQuarterAsync(quarter, ct)).ToHttpResult());
        inspections.MapGet("/ledger", async (string? quarter, string? format, InspectionOverview overview, SixOnesCampaign campaign, CancellationToken ct) =>
        {
            var result = await overview.ForQuarterAsync(quarter, ct);
            if (!result.Succeeded) return result.ToHttpResult();
            var rules = await campaign.RulesAsync(ct);
            return Results.Extensions.Ledger(NoteLedgers.Inspections(rules.CampaignQuarter(quarter)!.Label, result.Value!), LedgerFormats.Parse(format));
        });
        inspections.MapGet("/{organizationId:long}/{quarter}", async (long organizationId, string quarter, InspectionService service, CancellationToken ct) =>
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

        notes.MapGet("/year-end", async (long? organizationId, YearEndService service, CancellationToken ct) =>
            (await service.ReportAsync(organizationId, ct)).ToHttpResult());
        notes.MapGet("/year-end/ledger", async (long? organizationId, string? format, YearEndService service, CancellationToken ct) =>
        {
            var result = await service.ReportAsync(organizationId, ct);
            return result.Succeeded ? Results.Extensions.Ledger(NoteLedgers.YearEnd(result.Value!), LedgerFormats.Parse(format)) : result.ToHttpResult();
        });
    }

    // The member asked for, or the caller's own roster entry.
    private static async Task<PersonInfo?> MemberAsync(long? personId, ICurrentUser user, IRoster roster, CancellationToken ct) =>
        (personId ?? await user.PersonIdAsync(ct)) is { } id ? await roster.FindAsync(id, ct) : null;
}
