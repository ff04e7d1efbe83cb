using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Modular.Audit;
using Modular.Identity;
using Modular.Jurisdictions;
using Modular.Jurisdictions.Api;
using Modular.Modules;
using Modular.Sdk;
using Modular.Sdk.Blocks;
using Modular.Sdk.Core;

namespace Modular.Schedules.Api;

/// <summary>
/// <c>/api/j/{jurisdiction}/...</c>: campaigns with stages, milestones, settings and deadlines;
/// obligations with their computed status and the records that meet them; events and attendance;
/// calendars and feed tokens; reminders; compliance rollups. And the anonymous feed <c>/ics/{token}.ics</c>.
/// Reading needs a user of the jurisdiction; writing needs its admin.
/// </summary>
internal static class SchedulesApi
{
    public sealed record RecordInput(string? Kind, string? Reference, DateTimeOffset? MetAt);
    public sealed record GenerateInput(DateOnly From, DateOnly To);
    public sealed record TokenInput(long? PersonId);
    public sealed record ReminderSettingsInput(int Days);

    public static void MapSchedulesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/j/{jurisdiction}").WithTags("schedules").RequireAuthorization();
        const string Admin = Policies.JurisdictionAdmin;

        api.MapGet("/campaigns", async (int? page, int? pageSize, CampaignService s, CancellationToken ct) => ListPage.Of(await s.ListAsync(ct), new PageRequest(page, pageSize)));
        api.MapPost("/campaigns", async (CampaignInput input, CampaignService s, IJurisdictionContext j, CancellationToken ct) =>
        {
            var (c, errors) = await s.CreateAsync(input, ct);
            return c is null ? Results.ValidationProblem(errors) : Results.Created($"/api/j/{j.Required.Code}/campaigns/{c.Id}", c);
        }).RequireAuthorization(Admin);
        api.MapGet("/campaigns/{id:long}", async (long id, CampaignService s, CancellationToken ct) =>
            await s.GetAsync(id, ct) is { } d ? Results.Ok(d) : Results.NotFound());
        api.MapPut("/campaigns/{id:long}/settings", async (long id, Dictionary<string, string?> settings, CampaignService s, CancellationToken ct) =>
            ApiResults.From(await s.SetSettingsAsync(id, settings, ct))).RequireAuthorization(Admin);
        api.MapPost("/campaigns/{id:long}/stages", async (long id, StageInput input, CampaignService s, CancellationToken ct) =>
        {
            var (stage, errors) = await s.AddStageAsync(id, input, ct);
            return stage is null ? Results.ValidationProblem(errors) : Results.Ok(stage);
        }).RequireAuthorization(Admin);
        api.MapPut("/campaigns/{id:long}/milestones/{key}", async (long id, string key, MilestoneInput input, CampaignService s, CancellationToken ct) =>
            ApiResults.From(await s.SetMilestoneAsync(id, key, input, ct))).RequireAuthorization(Admin);
        api.MapPost("/campaigns/{id:long}/deadlines", async (long id, DeadlineInput input, CampaignService s, CancellationToken ct) =>
        {
            var (deadline, errors) = await s.AddDeadlineAsync(id, input, ct);
            return deadline is null ? Results.ValidationProblem(errors) : Results.Ok(deadline);
        }).RequireAuthorization(Admin);

        api.MapGet("/obligations", async (long? person, long? organization, string? type, DateOnly? from, DateOnly? to, int? page, int? pageSize,
                ObligationStore s, ScheduleAccess access, CancellationToken ct) =>
            await MayReadAsync(access, person, organization, ct)
                ? Results.Ok(await s.ListAsync(new ObligationFilter(person, organization, type, from, to), new PageRequest(page, pageSize), ct))
                : Results.Forbid())
            .WithSummary("Obligations with their status by due day, a page at a time with the total. The office and auditors read all; others give person= (themselves or someone of a subtree they see) or organization=.");
        api.MapGet("/obligations/ledger", async (long? person, long? organization, string? type, DateOnly? from, DateOnly? to, string? format,
                ObligationLedger ledger, ScheduleAccess access, CancellationToken ct) =>
            await MayReadAsync(access, person, organization, ct)
                ? Results.Extensions.Ledger(await ledger.BuildAsync(new ObligationFilter(person, organization, type, from, to), ct), LedgerFormats.Parse(format))
                : Results.Forbid())
            .WithSummary("The obligation list as a 台账 download: format=xlsx (default) or csv, with the same filters and access as /obligations.");
        api.MapPost("/obligations/generate", async (GenerateInput input, IObligationSource source, CancellationToken ct) =>
            input.To < input.From || input.To.DayNumber - input.From.DayNumber > 731
                ? Results.ValidationProblem(new Dictionary<string, string[]> { ["to"] = [Text.Of("日期范围应在两年以内。", "The range must be within two years.")] })
                : Results.Ok(new { touched = await source.GenerateAsync(input.From, input.To, ct) })).RequireAuthorization(Admin);
        api.MapPost("/obligations/{id:long}/record", async (long id, RecordInput input, ObligationStore s, CancellationToken ct) =>
        {
            if (string.IsNullOrWhiteSpace(input.Kind) || string.IsNullOrWhiteSpace(input.Reference))
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["kind"] = [Text.Of("请填写记录类型和编号。", "Enter the record's kind and reference.")] });
            foreach (var (field, value) in new[] { ("kind", input.Kind), ("reference", input.Reference) })
                if (Limits.TooLong(value.Trim(), Limits.Line) is { } tooLong)
                    return Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [tooLong] });
            return await s.RecordAsync(id, input.Kind.Trim(), input.Reference.Trim(), input.MetAt, ct) is { } o ? Results.Ok(o) : Results.NotFound();
        }).RequireAuthorization(Admin);

        api.MapGet("/events", async (long? organization, int? page, int? pageSize, EventService s, CancellationToken ct) => await s.ListAsync(organization, new PageRequest(page, pageSize), ct));
        api.MapPost("/events", async (EventInput input, EventService s, IJurisdictionContext j, CancellationToken ct) =>
        {
            var (ev, errors) = await s.CreateAsync(input, ct);
            return ev is null ? Results.ValidationProblem(errors) : Results.Created($"/api/j/{j.Required.Code}/events/{ev.Id}", ev);
        }).RequireAuthorization(Admin);
        api.MapGet("/events/{id:long}/attendance", async (long id, int? page, int? pageSize, EventService s, ScheduleAccess access, CancellationToken ct) =>
            await s.FindAsync(id, ct) is not { } ev ? Results.NotFound()
            : !await MayReadAsync(access, null, ev.OrganizationId, ct) ? Results.Forbid()
            : Results.Ok(ListPage.Of(await s.AttendanceAsync(id, ct), new PageRequest(page, pageSize))))
            .WithSummary("Who attended (and why others were absent): the office, auditors and the officers of the event's organization or above.");
        api.MapPut("/events/{id:long}/attendance", async (long id, AttendanceInput input, EventService s, CancellationToken ct) =>
            ApiResults.From(await s.SetAttendanceAsync(id, input, ct))).RequireAuthorization(Admin);
        api.MapDelete("/events/{id:long}/attendance/{personId:long}", async (long id, long personId, EventService s, CancellationToken ct) =>
            await s.RemoveAttendanceAsync(id, personId, ct) ? Results.NoContent() : Results.NotFound()).RequireAuthorization(Admin);
        api.MapGet("/attendance/totals", async (long? person, int? page, int? pageSize, EventService s, ScheduleAccess access, CancellationToken ct) =>
            await MayReadAsync(access, person, null, ct) ? Results.Ok(await s.TotalsAsync(new PageRequest(page, pageSize), person, ct: ct)) : Results.Forbid())
            .WithSummary("Hours attended per person: everyone's for the office and auditors; others give person= (themselves or someone they may read).");

        api.MapGet("/calendar", async (long? person, long? organization, string? month, CalendarService s, ObligationStore store, ScheduleAccess access, CancellationToken ct) =>
        {
            if (person is null == organization is null)
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["person"] = [Text.Of("请指定人员或组织之一。", "Give a person or an organization.")] });
            if (!await MayReadAsync(access, person, organization, ct)) return Results.Forbid();
            var first = CalendarService.MonthOf(month, store.Today);
            return Results.Ok(await s.ItemsAsync(person, organization, first, first.AddMonths(1).AddDays(-1), ct));
        });
        api.MapPost("/calendar-tokens", async (TokenInput input, ClaimsPrincipal user, CalendarService s, ScheduleAccess access, IPublicUrls urls, CancellationToken ct) =>
        {
            var own = await access.OwnPersonAsync(ct);
            var person = user.HasRole(Roles.JurisdictionAdmin) ? input.PersonId ?? own : own;
            if (person is null || (!user.HasRole(Roles.JurisdictionAdmin) && input.PersonId is { } asked && asked != own))
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["personId"] = [Text.Of("只能为本人创建日历订阅。", "You can create a feed for yourself only.")] });
            if (await s.CreateTokenAsync(person.Value, ct) is not { } created)
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["personId"] = [References.NoPerson(person.Value)] });
            return Results.Ok(new { created.Id, personId = person, created.Token, url = urls.Feed(created.Token) });
        });
        api.MapDelete("/calendar-tokens/{id:long}", async (long id, ClaimsPrincipal user, CalendarService s, ScheduleAccess access, TimeProvider clock, CancellationToken ct) =>
        {
            // The office revokes any feed; everyone else their own.
            long? own = user.HasRole(Roles.JurisdictionAdmin) ? null : await access.OwnPersonAsync(ct) ?? -1;
            return await s.RevokeTokenAsync(id, clock.GetUtcNow(), own, ct) ? Results.NoContent() : Results.NotFound();
        });

        api.MapGet("/reminders/mine", async (ReminderService s, ScheduleAccess access, CancellationToken ct) =>
            await access.OwnPersonAsync(ct) is { } person ? Results.Ok(await s.ForAsync(person, access.OfficerOf, ct)) : Results.NoContent())
            .WithSummary("What the signed-in user's roster person (and the organizations they are an officer of) has due soon and overdue, from the obligations; 204 when the account is not linked.");
        api.MapPut("/reminders/settings", async (ReminderSettingsInput input, ReminderService s, CancellationToken ct) =>
        {
            if (input.Days is < 0 or > 366) return Results.ValidationProblem(new Dictionary<string, string[]> { ["days"] = [Text.Of("天数应在 0 到 366 之间。", "Days must be 0 to 366.")] });
            await s.SetReminderDaysAsync(input.Days, ct);
            return Results.NoContent();
        }).RequireAuthorization(Admin);
        api.MapGet("/compliance", async (long? organization, long? person, DateOnly? from, DateOnly? to, ComplianceRollup rollup, ObligationStore store, ScheduleAccess access, CancellationToken ct) =>
        {
            if (organization is not null && person is not null)
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["person"] = [Text.Of("请指定人员或组织之一。", "Give a person or an organization.")] });
            if (organization is null && person is null) (organization, person) = await access.DefaultSubjectAsync(preferPerson: false, ct);
            if ((organization ?? person) is null) return Results.NoContent();
            if (!await MayReadAsync(access, person, organization, ct)) return Results.Forbid();
            var today = store.Today;
            // The default range costs a query: read only when the caller left a bound out (the read-API benchmark's finding).
            var range = from is null || to is null ? await rollup.DefaultRangeAsync(today, ct) : default;
            var (start, end) = (from ?? range.From, to ?? range.To);
            var lines = organization is { } root ? await rollup.RollupAsync(root, start, end, today, ct) : await rollup.RollupPersonAsync(person!.Value, start, end, today, ct);
            return Results.Ok(new { organization, person, from = start, to = end, today, lines });
        }).WithSummary("Done, late, missed and pending per obligation type for an organization's subtree or one person; by default the user's own scope (the root for the office, their branch for a secretary, themselves for a member) and every due day stored, at least this year.");

        // The phone's calendar subscribes here: no sign-in, the 32-byte token is the key. Malformed: 400; unknown or revoked: 404.
        app.MapGet("/ics/{token}.ics", async (string token, HttpContext http, CancellationToken ct) =>
        {
            if (CalendarService.ParseToken(token) is not { } bytes) return Results.BadRequest();
            var services = http.RequestServices;
            await using var lookup = services.GetRequiredService<PlatformDatabase>().DataSource.CreateCommand( // the token names the jurisdiction
                "select jurisdiction_id, person_id from schedules.calendar_tokens where token_hash = $1 and revoked_at is null");
            lookup.Parameters.Add(new() { Value = CalendarService.HashToken(bytes) });
            int jurisdictionId;
            long personId;
            await using (var reader = await lookup.ExecuteReaderAsync(ct))
            {
                if (!await reader.ReadAsync(ct)) return Results.NotFound();
                (jurisdictionId, personId) = (reader.GetInt32(0), reader.GetInt64(1));
            }
            var row = (await services.GetRequiredService<JurisdictionDirectory>().ListAsync(ct: ct)).FirstOrDefault(j => j.Id == jurisdictionId);
            if (row is null) return Results.NotFound();
            var jurisdiction = row.ToResolved();
            services.GetRequiredService<JurisdictionContext>().Set(jurisdiction);
            var today = services.GetRequiredService<ObligationStore>().Today;
            var items = await services.GetRequiredService<CalendarService>().FeedItemsAsync(personId, today, ct);
            var body = ICalendar.Write(jurisdiction.Name, items, $"{jurisdiction.Code}.modular", services.GetRequiredService<TimeProvider>().GetUtcNow());
            return Results.Text(body, "text/calendar; charset=utf-8");
        }).AllowAnonymous().WithTags("schedules");
    }

    /// <summary>A person's or an organization's schedule (or, asking for neither, the whole jurisdiction's) is readable by this user.</summary>
    private static async Task<bool> MayReadAsync(ScheduleAccess access, long? person, long? organization, CancellationToken ct) =>
        person is { } p ? await access.MayReadPersonAsync(p, ct) && (organization is not { } o1 || await access.MayReadOrganizationAsync(o1, ct))
        : organization is { } o ? await access.MayReadOrganizationAsync(o, ct)
        : access.ReadsAll;
}
