using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Modular.Plugins.BannerSixOnes.Common;
using Modular.Sdk.Blocks;
using Modular.Sdk.Core;

namespace Modular.Plugins.BannerSixOnes.Contest;

public sealed record AnswersInput(Dictionary<int, string?>? Answers, bool Submit = false);

/// <summary>
/// <c>/contest/…</c>: the bank and contest setup for the office (旗委组织部, the jurisdiction admin), answering for
/// members (for themselves only), rankings for the office at any time and for everyone once published.
/// </summary>
public static class ContestApi
{
    private static readonly IResult NotOffice = SixOnesApi.Forbidden("仅旗委组织部（本辖区管理员）可以操作 (office only)");
    private static readonly IResult Conflict = Results.Problem(statusCode: StatusCodes.Status409Conflict,
        title: "已被他人修改，请刷新后重试 (changed by someone else; reload and try again)");

    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/contest");
        MapBank(group);
        MapContests(group);
        MapAnswering(group);
        MapResults(group);
    }

    private static bool IsOffice(ICurrentUser user) => user.IsJurisdictionAdmin;
    private static bool ReadsAll(ICurrentUser user) => user.IsJurisdictionAdmin || user.IsAuditor;

    private static async Task<IResult> Guarded(Func<Task<IResult>> action)
    {
        try { return await action(); }
        catch (DbUpdateConcurrencyException) { return Conflict; }
    }

    private static void MapBank(RouteGroupBuilder group)
    {
        group.MapGet("/questions", async (string? category, string? kind, ICurrentUser user, QuestionBank bank, CancellationToken ct) =>
        {
            if (!ReadsAll(user)) return NotOffice;
            var k = QuestionRules.ParseKind(kind);
            if (!string.IsNullOrEmpty(kind) && k is null) return SixOnesApi.Refused("kind", $"“{kind}”不是有效题型（单选/多选/判断）");
            var c = string.IsNullOrEmpty(category) ? null : QuestionRules.ParseCategory(category);
            if (!string.IsNullOrEmpty(category) && c is null) return SixOnesApi.Refused("category", $"“{category}”不是有效类别");
            var questions = await bank.ListAsync(c, k, ct);
            return Results.Ok(new { counts = await bank.CountsAsync(ct), questions = questions.Select(QuestionBank.View) });
        });

        // Multipart with one file (any field name); the bearer-token API needs no antiforgery token.
        group.MapPost("/questions/import", async (HttpRequest request, ICurrentUser user, QuestionBank bank, CancellationToken ct) =>
        {
            if (!IsOffice(user)) return NotOffice;
            if (!request.HasFormContentType) return SixOnesApi.Refused("file", "请以 multipart/form-data 上传题库文件（.xlsx 或 .csv）");
            var form = await request.ReadFormAsync(ct);
            if (form.Files.FirstOrDefault() is not { } file) return SixOnesApi.Refused("file", "没有上传文件 (no file)");
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            var outcome = await bank.ImportAsync(buffer.ToArray(), file.FileName, ct);
            return outcome.Succeeded
                ? Results.Ok(new { created = outcome.Created, updated = outcome.Updated })
                : Results.Problem(title: "题库文件有误，未导入任何题目 (the file has errors; nothing was imported)",
                    detail: string.Join("\n", outcome.Errors), statusCode: StatusCodes.Status400BadRequest,
                    extensions: new Dictionary<string, object?> { ["errors"] = outcome.Errors });
        }).DisableAntiforgery();

        group.MapPost("/questions", async (QuestionInput input, ICurrentUser user, QuestionBank bank, CancellationToken ct) =>
            IsOffice(user) ? SixOnesApi.From(await bank.CreateAsync(input, ct)) : NotOffice);

        group.MapPut("/questions/{id:long}", (long id, QuestionInput input, ICurrentUser user, QuestionBank bank, CancellationToken ct) => Guarded(async () =>
            !IsOffice(user) ? NotOffice : await bank.UpdateAsync(id, input, ct) is { } result ? SixOnesApi.From(result) : Results.NotFound()));

        group.MapDelete("/questions/{id:long}", async (long id, ICurrentUser user, QuestionBank bank, CancellationToken ct) =>
            !IsOffice(user) ? NotOffice : await bank.DeleteAsync(id, ct) ? Results.NoContent() : Results.NotFound());
    }

    private static void MapContests(RouteGroupBuilder group)
    {
        // Members see published contests; the office sees drafts too.
        group.MapGet("/contests", async (ICurrentUser user, ContestDbContext db, ContestSetup setup, CancellationToken ct) =>
        {
            var query = db.Contests.AsNoTracking();
            if (!ReadsAll(user)) query = query.Where(c => c.PublishedAt != null);
            var views = new List<ContestView>();
            foreach (var c in await query.OrderByDescending(c => c.Date).ThenByDescending(c => c.Id).ToListAsync(ct)) views.Add(await setup.ViewAsync(c, ct));
            return Results.Ok(views);
        });

        group.MapGet("/contests/{id:long}", async (long id, ICurrentUser user, ContestDbContext db, ContestSetup setup, CancellationToken ct) =>
            await Visible(id, user, db, ct) is { } contest ? Results.Ok(await setup.ViewAsync(contest, ct)) : Results.NotFound());

        group.MapPost("/contests", async (ContestInput input, ICurrentUser user, ContestSetup setup, CancellationToken ct) =>
        {
            if (!IsOffice(user)) return NotOffice;
            var result = await setup.CreateAsync(input, ct);
            return result.Succeeded ? Results.Ok(await setup.ViewAsync(result.Value!, ct)) : SixOnesApi.From(result);
        });

        group.MapPut("/contests/{id:long}", (long id, ContestInput input, ICurrentUser user, ContestSetup setup, CancellationToken ct) => Guarded(async () =>
        {
            if (!IsOffice(user)) return NotOffice;
            return await setup.UpdateAsync(id, input, ct) is not { } result ? Results.NotFound()
                : result.Succeeded ? Results.Ok(await setup.ViewAsync(result.Value!, ct)) : SixOnesApi.From(result);
        }));

        group.MapPost("/contests/{id:long}/publish", async (long id, ICurrentUser user, ContestSetup setup, CancellationToken ct) =>
        {
            if (!IsOffice(user)) return NotOffice;
            return await setup.PublishAsync(id, ct) is not { } result ? Results.NotFound()
                : result.Succeeded ? Results.Ok(await setup.ViewAsync(result.Value!, ct)) : SixOnesApi.From(result);
        });

        group.MapPost("/contests/{id:long}/publish-rankings", async (long id, ICurrentUser user, ContestSetup setup, CancellationToken ct) =>
        {
            if (!IsOffice(user)) return NotOffice;
            return await setup.PublishRankingsAsync(id, ct) is not { } result ? Results.NotFound()
                : result.Succeeded ? Results.Ok(await setup.ViewAsync(result.Value!, ct)) : SixOnesApi.From(result);
        });
    }

    private static void MapAnswering(RouteGroupBuilder group)
    {
        // Start (or resume) the caller's own attempt: the paper without answers and the deadline.
        group.MapPost("/contests/{id:long}/attempt", async (long id, ICurrentUser user, ContestDbContext db, Answering answering, CancellationToken ct) =>
        {
            if (await Visible(id, user, db, ct) is not { PublishedAt: not null } contest) return Results.NotFound();
            if (await user.PersonIdAsync(ct) is not { } personId) return SixOnesApi.Forbidden("只有名册中的党员可以答题 (only members on the roster take part)");
            return SixOnesApi.From(await answering.StartAsync(contest, personId, ct));
        });

        group.MapGet("/contests/{id:long}/attempt", async (long id, ICurrentUser user, ContestDbContext db, Answering answering, CancellationToken ct) =>
        {
            if (await user.PersonIdAsync(ct) is not { } personId) return Results.NotFound();
            var attempt = await db.Attempts.AsNoTracking().FirstOrDefaultAsync(a => a.ContestId == id && a.PersonId == personId, ct);
            return attempt is null ? Results.NotFound() : Results.Ok(await answering.ViewAsync(attempt, withPaper: true, ct));
        });

        // Save answers (and hand in with submit = true) — accepted up to the deadline, inclusive.
        group.MapPut("/contests/{id:long}/attempt", (long id, AnswersInput input, ICurrentUser user, ContestDbContext db, Answering answering, CancellationToken ct) => Guarded(async () =>
        {
            if (await user.PersonIdAsync(ct) is not { } personId) return SixOnesApi.Forbidden("只有名册中的党员可以答题");
            var attempt = await db.Attempts.AsTracking().FirstOrDefaultAsync(a => a.ContestId == id && a.PersonId == personId, ct);
            if (attempt is null) return SixOnesApi.Refused("attempt", "尚未开始答题 (start the attempt first)");
            return SixOnesApi.From(await answering.SaveAsync(attempt, input.Answers ?? [], input.Submit, ct));
        }));
    }

    private static void MapResults(RouteGroupBuilder group)
    {
        // Item 6 as the dashboards see it, per organization (own members), as of a day (default today).
        group.MapGet("/progress", async (string? asOf, ICurrentUser user, SixOnesCampaign campaign, ContestItem item, CancellationToken ct) =>
        {
            if (!ReadsAll(user)) return NotOffice;
            DateOnly day;
            if (string.IsNullOrEmpty(asOf)) day = campaign.Today;
            else if (ContestCalendar.ParseDate(asOf) is { } parsed) day = parsed;
            else return SixOnesApi.Refused("asOf", $"“{asOf}”不是有效日期（yyyy-MM-dd）");
            return Results.Ok(await item.ProgressAsync(await campaign.RulesAsync(ct), day, ct));
        });

        // The caller's own item 6: the upcoming contest with its window, or their score.
        group.MapGet("/me", async (ICurrentUser user, IRoster roster, SixOnesCampaign campaign, ContestItem item, CancellationToken ct) =>
        {
            if (await user.PersonIdAsync(ct) is not { } personId || await roster.FindAsync(personId, ct) is not { } person) return Results.NotFound();
            return Results.Ok(await item.ForMemberAsync(await campaign.RulesAsync(ct), person, campaign.Today, ct));
        });

        group.MapGet("/contests/{id:long}/participation", async (long id, ICurrentUser user, ContestDbContext db, Rankings rankings, CancellationToken ct) =>
        {
            if (!ReadsAll(user)) return NotOffice;
            return await db.Contests.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct) is { } contest
                ? Results.Ok(await rankings.ParticipationAsync(contest, ct)) : Results.NotFound();
        });

        group.MapGet("/contests/{id:long}/rankings", async (long id, ICurrentUser user, ContestDbContext db, Rankings rankings, CancellationToken ct) =>
        {
            if (await Visible(id, user, db, ct) is not { } contest) return Results.NotFound();
            if (!MaySeeRankings(user, contest)) return SixOnesApi.Forbidden("排名尚未公布，公布前只能查看本人成绩 (rankings are not published yet)");
            return Results.Ok(await rankings.ForAsync(contest, ct));
        });

        group.MapGet("/contests/{id:long}/ledger", async (long id, string? kind, string? format, ICurrentUser user, ContestDbContext db, Rankings rankings, CancellationToken ct) =>
        {
            if (await Visible(id, user, db, ct) is not { } contest) return Results.NotFound();
            if (!MaySeeRankings(user, contest)) return SixOnesApi.Forbidden("排名尚未公布 (rankings are not published yet)");
            var ranked = await rankings.ForAsync(contest, ct);
            var total = await db.Papers.Where(p => p.ContestId == id).SumAsync(p => p.Points, ct);
            var ledger = kind switch
            {
                "teams" => ContestLedgers.Teams(contest, ranked),
                "organizations" => ContestLedgers.Organizations(contest, ranked),
                _ => ContestLedgers.Results(contest, ranked, total),
            };
            return Results.Extensions.Ledger(ledger, LedgerFormats.Parse(format));
        });

        group.MapPut("/contests/{id:long}/teams", async (long id, TeamScoreInput input, ICurrentUser user, ContestDbContext db, TeamScoring teams, CancellationToken ct) =>
        {
            if (!IsOffice(user)) return NotOffice;
            if (await db.Contests.FirstOrDefaultAsync(c => c.Id == id, ct) is not { } contest) return Results.NotFound();
            var result = await teams.RecordAsync(contest, input, ct);
            return result.Succeeded ? Results.Ok(new { result.Value!.Id, result.Value.OrganizationId, result.Value.Round, result.Value.Points }) : SixOnesApi.From(result);
        });

        group.MapDelete("/contests/{id:long}/teams/{scoreId:long}", async (long id, long scoreId, ICurrentUser user, ContestDbContext db, TeamScoring teams, CancellationToken ct) =>
        {
            if (!IsOffice(user)) return NotOffice;
            if (await db.Contests.FirstOrDefaultAsync(c => c.Id == id, ct) is not { } contest) return Results.NotFound();
            return await teams.DeleteAsync(contest, scoreId, ct) ? Results.NoContent() : Results.NotFound();
        });
    }

    /// <summary>The office (and auditors) see every contest; others only published ones.</summary>
    public static async Task<KnowledgeContest?> Visible(long id, ICurrentUser user, ContestDbContext db, CancellationToken ct)
    {
        var contest = await db.Contests.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        return contest is null || (contest.PublishedAt is null && !ReadsAll(user)) ? null : contest;
    }

    /// <summary>Before publication only the office sees rankings (members see their own score); after, everyone in the banner.</summary>
    public static bool MaySeeRankings(ICurrentUser user, KnowledgeContest contest) => ReadsAll(user) || contest.RankingsPublishedAt is not null;
}
