using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Modular.Modules;
using Modular.Sdk;
using Modular.Sdk.Blocks;
using Modular.Sdk.Core;

namespace Modular.BuildingBlocks.Api;

/// <summary>
/// <c>/api/j/{jurisdiction}/blocks</c>: what reviewers do across plugins — texts awaiting review
/// (accept / return with a comment), nominations at a level (endorse / drop / approve / report up),
/// and what child jurisdictions reported or submitted (final documents) here; pledges (个人打算 / 公开承诺) and evaluation rounds
/// (民主评议, surveys). Campaign plugins add their own pages.
/// <para>
/// Who may do what: texts and nominations, creating and closing rounds, publishing and reviewing
/// pledges, and named responses need the jurisdiction admin. Any signed-in user of the jurisdiction
/// lists rounds, answers them and reads their results, and reads published pledges (and their own).
/// A member saves their own member or post pledge; an admin saves anyone's.
/// </para>
/// <para>
/// "Their own" and the respondent of an answer are the caller's roster person (<see cref="ICurrentUser.PersonIdAsync"/>),
/// as linked to the user account in <c>identity.person_accounts</c> (<c>PUT /api/j/{jurisdiction}/person-accounts</c>).
/// The body never names the respondent, not even for an admin: nobody answers in another's name,
/// and an account with no linked person is refused (400) rather than answering under its user id.
/// </para>
/// </summary>
internal static class BlocksApi
{
    public sealed record CommentInput(string? Comment);
    public sealed record ReasonInput(string? Reason);
    public sealed record PledgeInput(string? Plugin, string? Kind, PledgeKind? PledgeKind, long? OwnerId, string? PeriodKey, string? Text, bool? Published);
    public sealed record PledgeReviewInput(PledgeFulfilment? Outcome, string? Comment, decimal? Score, DateOnly? ReviewedOn);
    /// <param name="Scale"><c>four-grades</c>, <c>satisfaction</c> or <c>points-N</c> (2..100); or null with <paramref name="Options"/> for a scale of your own.</param>
    public sealed record QuestionInput(string? Key, string? PromptZh, string? PromptEn, string? Scale, List<OptionInput>? Options);
    public sealed record OptionInput(string? Key, string? LabelZh, string? LabelEn, decimal? Score);
    public sealed record RoundInput(string? Plugin, string? Kind, string? RoundKey, string? TitleZh, string? TitleEn, List<QuestionInput>? Questions, bool? Anonymous, DateOnly? Opens, DateOnly? Closes);
    /// <summary>The parent's decision as posted: selected or not, an optional grade, the reason or comment.</summary>
    public sealed record ParentDecisionBody(bool? Selected, string? Grade, string? Reason);
    /// <summary>Optionally the final document, already submitted to the same parent, that carries the nomination in full.</summary>
    public sealed record ReportUpBody(long? DocumentId);
    /// <summary>转报: selected (default yes; no is refused), the grade and the comment.</summary>
    public sealed record ForwardBody(bool? Selected, string? Grade, string? Reason);
    /// <param name="Answers">Question key → option key.</param>
    public sealed record ResponseInput(string? SubjectKey, Dictionary<string, string>? Answers);

    public static void MapBlocksApi(this IEndpointRouteBuilder app)
    {
        var blocks = app.MapGroup("/api/j/{jurisdiction}/blocks").WithTags("blocks").RequireAuthorization(Policies.JurisdictionAdmin);

        blocks.MapGet("/texts/awaiting-review", async (ICountedTexts texts, string? plugin, int? page, int? pageSize, CancellationToken ct) =>
            ListPage.Of(await texts.AwaitingReviewAsync(plugin, ct), new PageRequest(page, pageSize))).WithSummary("Texts submitted or resubmitted and not yet reviewed, oldest first.");
        blocks.MapPost("/texts/{id:long}/accept", async (long id, ICountedTexts texts, CancellationToken ct) =>
            (await texts.AcceptAsync(id, ct)).ToHttpResult());
        blocks.MapPost("/texts/{id:long}/return", async (long id, CommentInput input, ICountedTexts texts, CancellationToken ct) =>
            (await texts.ReturnAsync(id, input.Comment ?? "", ct)).ToHttpResult());

        blocks.MapGet("/nominations", async (INominations nominations, long? level, string? plugin, NominationStatus? status, int? page, int? pageSize, CancellationToken ct) =>
            ListPage.Of(await nominations.ListAsync(level, plugin, status, ct), new PageRequest(page, pageSize))).WithSummary("This jurisdiction's nominations; level = the organization they wait at.");
        blocks.MapGet("/nominations/reported-to-us", async (INominations nominations, string? plugin, int? page, int? pageSize, CancellationToken ct) =>
            ListPage.Of(await nominations.ReportedToUsAsync(plugin, ct), new PageRequest(page, pageSize))).WithSummary("Approved nominations child jurisdictions reported to this one (read-only).");
        blocks.MapPost("/nominations/{id:long}/endorse", async (long id, ReasonInput? input, INominations nominations, CancellationToken ct) =>
            (await nominations.EndorseAsync(id, input?.Reason, ct)).ToHttpResult());
        blocks.MapPost("/nominations/{id:long}/drop", async (long id, ReasonInput input, INominations nominations, CancellationToken ct) =>
            (await nominations.DropAsync(id, input.Reason ?? "", ct)).ToHttpResult());
        blocks.MapPost("/nominations/{id:long}/approve", async (long id, ReasonInput? input, INominations nominations, CancellationToken ct) =>
            (await nominations.ApproveAsync(id, input?.Reason, ct)).ToHttpResult());
        blocks.MapPost("/nominations/{id:long}/report-up", async (long id, ReportUpBody? input, INominations nominations, CancellationToken ct) =>
            (input?.DocumentId is { } documentId ? await nominations.ReportToParentAsync(id, documentId, ct) : await nominations.ReportToParentAsync(id, ct)).ToHttpResult());
        blocks.MapPost("/nominations/reported-to-us/{from:int}/{id:long}/decision", async (int from, long id, ParentDecisionBody input, INominations nominations, CancellationToken ct) =>
            input.Selected is not { } selected
                ? Results.ValidationProblem(new Dictionary<string, string[]> { ["selected"] = [Text.Of("请说明是否入选。", "Say whether it is selected.")] })
                : (await nominations.DecideReportedAsync(from, id, new ParentDecisionInput(selected, input.Grade, input.Reason), ct)).ToHttpResult())
            .WithSummary("The parent decides a nomination a child jurisdiction reported here: selected, or not with a reason, optionally graded; once (409 after). 404 for one not reported here.");
        blocks.MapPost("/nominations/reported-to-us/{from:int}/{id:long}/forward", async (int from, long id, ForwardBody input, INominations nominations, CancellationToken ct) =>
                (await nominations.ForwardReportedAsync(from, id, new ForwardInput(input.Selected ?? true, input.Grade, input.Reason), ct)).ToHttpResult())
            .WithSummary("转报: decides a nomination a child reported here (selected, graded) and reports it on to this jurisdiction's parent, in one transaction. 404 not reported here; 400 not selected (selected) or no parent (jurisdiction); 409 already decided or forwarded.");

        blocks.MapGet("/documents/submitted-to-us", async (IVersionedDocuments documents, string? plugin, int? page, int? pageSize, CancellationToken ct) =>
            ListPage.Of(await documents.SubmittedToUsAsync(plugin, ct), new PageRequest(page, pageSize))).WithSummary("Final documents child jurisdictions submitted to this one, with the submitted text (read-only).");
        blocks.MapGet("/documents/submitted-to-us/{from:int}/{id:long}", async (int from, long id, IVersionedDocuments documents, CancellationToken ct) =>
            await documents.FindSubmittedToUsAsync(from, id, ct) is { } submitted ? Results.Ok(submitted) : Results.NotFound())
            .WithSummary("One document a child jurisdiction submitted here; 404 for one not submitted here.");

        var open = app.MapGroup("/api/j/{jurisdiction}/blocks").WithTags("blocks").RequireAuthorization();
        MapPledges(open);
        MapEvaluations(open);
    }

    private static void MapPledges(RouteGroupBuilder api)
    {
        api.MapGet("/pledges", async (string? plugin, string? kind, string? period, long? owner, bool? publishedOnly, int? page, int? pageSize,
            IPledges pledges, ICurrentUser user, CancellationToken ct) =>
        {
            if (KindOf(plugin, kind) is not { } blockKind) return KindRequired();
            var list = await pledges.ListAsync(blockKind, period, owner, publishedOnly is true, ct);
            if (!user.IsJurisdictionAdmin)
            {
                var me = await user.PersonIdAsync(ct);
                list = [.. list.Where(p => p.Published || IsOwn(p.PledgeKind, p.OwnerId, me))];
            }
            return Results.Ok(ListPage.Of(list, new PageRequest(page, pageSize)));
        }).WithSummary("Pledges of a plugin's kind (plugin, kind), optionally of a period, an owner, published only. Non-admins see published pledges and their own.");
        api.MapGet("/pledges/{id:long}", async (long id, IPledges pledges, ICurrentUser user, CancellationToken ct) =>
            await pledges.FindAsync(id, ct) is { } p && (p.Published || user.IsJurisdictionAdmin || IsOwn(p.PledgeKind, p.OwnerId, await user.PersonIdAsync(ct)))
                ? Results.Ok(p) : Results.NotFound());
        api.MapPost("/pledges", async (PledgeInput input, IPledges pledges, ICurrentUser user, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            if (KindOf(input.Plugin, input.Kind) is not { } blockKind) errors["kind"] = [KindMessage];
            if (input.PledgeKind is null) errors["pledgeKind"] = [Text.Of("请选择承诺类型（Member、Post 或 Organization）。", "Choose the pledge kind (Member, Post or Organization).")];
            if (input.OwnerId is not > 0) errors["ownerId"] = [Text.Of("请指定承诺人。", "Give the pledge's owner.")];
            if (errors.Count > 0) return Results.ValidationProblem(errors);
            if (!user.IsJurisdictionAdmin && !IsOwn(input.PledgeKind!.Value, input.OwnerId!.Value, await user.PersonIdAsync(ct)))
                return Forbidden(Text.Of("只能填写本人的党员承诺或岗位承诺。", "You can save your own member or post pledge only."));
            return (await pledges.SaveAsync(new(KindOf(input.Plugin, input.Kind)!, input.PledgeKind!.Value, input.OwnerId!.Value,
                input.PeriodKey?.Trim() ?? "", input.Text ?? "", input.Published is true), ct)).ToHttpResult();
        }).WithSummary("Creates or replaces the owner's pledge for the period; refused once reviewed.");
        api.MapPost("/pledges/{id:long}/publish", async (long id, IPledges pledges, CancellationToken ct) =>
            (await pledges.PublishAsync(id, true, ct)).ToHttpResult()).RequireAuthorization(Policies.JurisdictionAdmin);
        api.MapPost("/pledges/{id:long}/unpublish", async (long id, IPledges pledges, CancellationToken ct) =>
            (await pledges.PublishAsync(id, false, ct)).ToHttpResult()).RequireAuthorization(Policies.JurisdictionAdmin);
        api.MapPost("/pledges/{id:long}/review", async (long id, PledgeReviewInput input, IPledges pledges, IJurisdictionContext j, TimeProvider clock, CancellationToken ct) =>
        {
            if (input.Outcome is null)
                return Invalid("outcome", "请评定兑现情况（Fulfilled、Partly 或 NotFulfilled）。", "Give the outcome (Fulfilled, Partly or NotFulfilled).");
            var today = j.Required.Today(clock);
            return (await pledges.ReviewAsync(id, new(input.Outcome.Value, string.IsNullOrWhiteSpace(input.Comment) ? null : input.Comment.Trim(), input.Score, input.ReviewedOn ?? today), ct)).ToHttpResult();
        }).RequireAuthorization(Policies.JurisdictionAdmin).WithSummary("The fulfilment review: outcome, comment (required unless fulfilled), score 0..100, reviewedOn (default today).");
    }

    private static void MapEvaluations(RouteGroupBuilder api)
    {
        api.MapGet("/evaluations/rounds", async (string? plugin, string? kind, int? page, int? pageSize, IEvaluations evaluations, CancellationToken ct) =>
            KindOf(plugin, kind) is { } blockKind ? Results.Ok(ListPage.Of(await evaluations.ListRoundsAsync(blockKind, ct), new PageRequest(page, pageSize))) : KindRequired())
            .WithSummary("The rounds of a plugin's kind (plugin, kind), with their questions and scales.");
        api.MapGet("/evaluations/rounds/{id:long}", async (long id, IEvaluations evaluations, CancellationToken ct) =>
            await evaluations.FindRoundAsync(id, ct) is { } round ? Results.Ok(round) : Results.NotFound());
        api.MapPost("/evaluations/rounds", async (RoundInput input, IEvaluations evaluations, IJurisdictionContext j, CancellationToken ct) =>
        {
            var (round, errors) = ToRound(input);
            if (round is null) return Results.ValidationProblem(errors);
            var result = await evaluations.CreateRoundAsync(round, ct);
            return result.Succeeded ? Results.Created($"/api/j/{j.Required.Code}/blocks/evaluations/rounds/{result.Value!.Id}", result.Value) : result.ToHttpResult();
        }).RequireAuthorization(Policies.JurisdictionAdmin).WithSummary("Creates a round: questions on a standard scale (four-grades, satisfaction, points-N) or options of their own; anonymous or named.");
        api.MapPost("/evaluations/rounds/{id:long}/close", async (long id, IEvaluations evaluations, CancellationToken ct) =>
            (await evaluations.CloseRoundAsync(id, ct)).ToHttpResult()).RequireAuthorization(Policies.JurisdictionAdmin);
        api.MapPost("/evaluations/rounds/{id:long}/responses", async (long id, ResponseInput input, IEvaluations evaluations, ICurrentUser user, CancellationToken ct) =>
        {
            if (await evaluations.FindRoundAsync(id, ct) is null) return Results.NotFound();
            if (await user.PersonIdAsync(ct) is not { } me)
                return Invalid("respondent", "您的账号尚未关联党员名册中的人员，请联系管理员。", "Your account is not linked to a person on the roster; ask the administrator.");
            var result = await evaluations.RespondAsync(new(id, input.SubjectKey?.Trim() ?? "", me, input.Answers ?? []), ct);
            return result.Succeeded ? Results.NoContent() : result.ToHttpResult();
        }).WithSummary("Answers a round for one subject as the caller's linked roster person; once per subject. Anonymous rounds keep only counts.");
        api.MapGet("/evaluations/rounds/{id:long}/answered", async (long id, string? subject, IEvaluations evaluations, ICurrentUser user, CancellationToken ct) =>
        {
            if (await evaluations.FindRoundAsync(id, ct) is null) return Results.NotFound();
            if (string.IsNullOrWhiteSpace(subject)) return Invalid("subject", "请指定评议对象。", "Give the subject.");
            var me = await user.PersonIdAsync(ct);
            return Results.Ok(new { answered = me is { } person && await evaluations.HasAnsweredAsync(id, subject.Trim(), person, ct) });
        }).WithSummary("Whether the caller has answered the round for the subject.");
        api.MapGet("/evaluations/rounds/{id:long}/results", async (long id, int? page, int? pageSize, IEvaluations evaluations, CancellationToken ct) =>
            await evaluations.FindRoundAsync(id, ct) is null ? Results.NotFound() : Results.Ok(ListPage.Of(await evaluations.ResultsAsync(id, ct), new PageRequest(page, pageSize))))
            .RequireAuthorization(Policies.AuditReader).WithSummary("Per subject and question: the count and share of each option, and the average score (the office and auditors).");
        api.MapGet("/evaluations/rounds/{id:long}/named-responses", async (long id, int? page, int? pageSize, IEvaluations evaluations, CancellationToken ct) =>
            await evaluations.FindRoundAsync(id, ct) is null ? Results.NotFound() : Results.Ok(ListPage.Of(await evaluations.NamedResponsesAsync(id, ct), new PageRequest(page, pageSize))))
            .RequireAuthorization(Policies.JurisdictionAdmin).WithSummary("Who answered what, for named rounds; always empty for anonymous ones.");
    }

    private static string KindMessage => Text.Of("请指定插件和类别（plugin、kind）。", "Give the plugin and the kind (plugin, kind).");
    private static IResult KindRequired() => Results.ValidationProblem(new Dictionary<string, string[]> { ["kind"] = [KindMessage] });
    private static BlockKind? KindOf(string? plugin, string? kind) =>
        string.IsNullOrWhiteSpace(plugin) || string.IsNullOrWhiteSpace(kind) ? null : new BlockKind(plugin.Trim(), kind.Trim());
    private static IResult Invalid(string field, string zh, string en) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [Text.Of(zh, en)] });
    private static IResult Forbidden(string detail) => Results.Problem(detail: detail, statusCode: StatusCodes.Status403Forbidden);

    /// <summary>A member or post pledge of the caller's own person (organization pledges belong to no one person).</summary>
    private static bool IsOwn(PledgeKind kind, long ownerId, long? me) => kind != PledgeKind.Organization && me == ownerId;

    private static (EvaluationRoundInput? Round, Dictionary<string, string[]> Errors) ToRound(RoundInput input)
    {
        var errors = new Dictionary<string, string[]>();
        void Add(string field, string zh, string en) => errors[field] = [Text.Of(zh, en)];
        var kind = KindOf(input.Plugin, input.Kind);
        if (kind is null) errors["kind"] = [KindMessage];
        if (string.IsNullOrWhiteSpace(input.RoundKey)) Add("roundKey", "请填写轮次编号（如 2011-H1）。", "Give the round key (e.g. 2011-H1).");
        if (string.IsNullOrWhiteSpace(input.TitleZh) || string.IsNullOrWhiteSpace(input.TitleEn)) Add("title", "请填写中英文标题。", "Give the title in Chinese and English.");
        if (input.Anonymous is null) Add("anonymous", "请说明是否匿名。", "Say whether the round is anonymous.");
        if (input.Opens is { } opens && input.Closes is { } closes && closes < opens) Add("closes", "结束日期不能早于开始日期。", "The round cannot close before it opens.");
        if (input.Questions is not { Count: > 0 }) Add("questions", "至少需要一个问题。", "At least one question is required.");
        var questions = new List<EvaluationQuestion>();
        for (var i = 0; i < (input.Questions?.Count ?? 0); i++)
        {
            var q = input.Questions![i];
            var field = $"questions[{i}]";
            if (q is null || string.IsNullOrWhiteSpace(q.Key) || string.IsNullOrWhiteSpace(q.PromptZh) || string.IsNullOrWhiteSpace(q.PromptEn))
            {
                Add(field, "每个问题都需要编号和中英文题目。", "Every question needs a key and a prompt in Chinese and English.");
                continue;
            }
            if (ScaleOf(q) is not { } scale)
            {
                Add($"{field}.scale", "评价等次应为 four-grades、satisfaction、points-N（N 为 2 到 100），或给出各选项（编号唯一，中英文名称）。",
                    "The scale must be four-grades, satisfaction or points-N (N 2 to 100), or options with unique keys and labels in Chinese and English.");
                continue;
            }
            questions.Add(new EvaluationQuestion(q.Key.Trim(), new LocalizedText(q.PromptZh.Trim(), q.PromptEn.Trim()), scale));
        }
        if (errors.Count > 0) return (null, errors);
        return (new EvaluationRoundInput(kind!, input.RoundKey!.Trim(), new LocalizedText(input.TitleZh!.Trim(), input.TitleEn!.Trim()), questions,
            input.Anonymous!.Value, input.Opens, input.Closes), errors);
    }

    private static Scale? ScaleOf(QuestionInput q)
    {
        switch (q.Scale?.Trim())
        {
            case "four-grades": return Scale.FourGrades;
            case "satisfaction": return Scale.Satisfaction;
            case { } points when points.StartsWith("points-", StringComparison.Ordinal):
                return int.TryParse(points["points-".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var max) && max is >= 2 and <= 100 ? Scale.Points(max) : null;
            case null or "":
                if (q.Options is not { Count: > 0 } options || options.Any(o => o is null || string.IsNullOrWhiteSpace(o.Key) || string.IsNullOrWhiteSpace(o.LabelZh) || string.IsNullOrWhiteSpace(o.LabelEn))
                    || options.Select(o => o.Key!.Trim()).Distinct(StringComparer.Ordinal).Count() != options.Count)
                    return null;
                return new Scale($"custom:{q.Key!.Trim()}", [.. options.Select(o => new ScaleOption(o.Key!.Trim(), new LocalizedText(o.LabelZh!.Trim(), o.LabelEn!.Trim()), o.Score))]);
            default: return null;
        }
    }
}
