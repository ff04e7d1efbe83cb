using Microsoft.EntityFrameworkCore;
using Modular.Sdk;
using Modular.Sdk.Blocks;
using Modular.Sdk.Core;
using Modular.Sdk.Data;

namespace Modular.BuildingBlocks;

/// <summary><see cref="ISuggestions"/> over <c>blocks.suggestions</c>.</summary>
internal sealed class SuggestionService(BlocksDbContext db, BlocksActor actor, IRoster roster, IOrganizationDirectory organizations) : ISuggestions
{
    private static string NoSuch => Text.Of("没有这条意见建议。", "No such suggestion.");

    public async Task<Result<SuggestionInfo>> SubmitAsync(SuggestionInput input, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(input.Text)) return Refuse.Field("text", Text.Of("请写下意见建议。", "Write the suggestion."));
        if (Limits.TooLong(input.Text.Trim(), Limits.Note) is { } tooLong) return Refuse.Field("text", tooLong);
        if (Limits.TooLong(input.PeriodKey, Limits.Line) is { } longPeriod) return Refuse.Field("periodKey", longPeriod);
        if (await roster.PersonProblemAsync(input.AuthorPersonId, ct) is { } noAuthor) return Refuse.Field("authorPersonId", noAuthor);
        if (await organizations.OrganizationProblemAsync(input.OrganizationId, ct) is { } noOrganization) return Refuse.Field("organizationId", noOrganization);
        var row = new Suggestion
        {
            PluginId = input.Kind.PluginId, Kind = input.Kind.Kind, AuthorPersonId = input.AuthorPersonId, OrganizationId = input.OrganizationId,
            PeriodKey = string.IsNullOrWhiteSpace(input.PeriodKey) ? null : input.PeriodKey.Trim(), Text = input.Text.Trim(), SubmittedAt = actor.Now, Version = 1,
        };
        db.Suggestions.Add(row);
        await db.SaveChangesAsync(ct);
        return Result.Ok(row.ToInfo());
    }

    public async Task<Result<SuggestionInfo>> ReplyAsync(long id, string reply, int version, CancellationToken ct = default)
    {
        if (await db.Suggestions.AsTracking().SingleOrDefaultAsync(s => s.Id == id, ct) is not { } row) return Refuse.NotFound(NoSuch);
        if (string.IsNullOrWhiteSpace(reply)) return Refuse.Field("reply", Text.Of("请填写答复。", "Write the reply."));
        if (Limits.TooLong(reply.Trim(), Limits.Note) is { } tooLong) return Refuse.Field("reply", tooLong);
        if (version != row.Version) return Refuse.Conflict();
        row.Reply = reply.Trim();
        row.RepliedBy = actor.Name;
        row.RepliedAt = actor.Now;
        row.Version++;
        return await db.TrySaveAsync(ct) ? Result.Ok(row.ToInfo()) : Refuse.Conflict();
    }

    public async Task<SuggestionInfo?> FindAsync(long id, CancellationToken ct = default) =>
        (await db.Suggestions.SingleOrDefaultAsync(s => s.Id == id, ct))?.ToInfo();

    public async Task<IReadOnlyList<SuggestionInfo>> ListAsync(SuggestionQuery query, CancellationToken ct = default) =>
        [.. (await Matching(query).OrderBy(s => s.SubmittedAt).ThenBy(s => s.Id).ToListAsync(ct)).Select(s => s.ToInfo())];

    public async Task<IReadOnlyList<SuggestionTally>> TallyAsync(SuggestionQuery query, CancellationToken ct = default) =>
        await Matching(query).GroupBy(s => new { s.OrganizationId, s.AuthorPersonId })
            .OrderBy(g => g.Key.OrganizationId).ThenBy(g => g.Key.AuthorPersonId)
            .Select(g => new SuggestionTally(g.Key.OrganizationId, g.Key.AuthorPersonId, g.Count(), g.Count(s => s.Reply != null)))
            .ToListAsync(ct);

    private IQueryable<Suggestion> Matching(SuggestionQuery query)
    {
        var rows = db.Suggestions.Where(s => s.PluginId == query.Kind.PluginId && s.Kind == query.Kind.Kind);
        if (query.OrganizationId is { } org) rows = rows.Where(s => s.OrganizationId == org);
        if (query.AuthorPersonId is { } author) rows = rows.Where(s => s.AuthorPersonId == author);
        if (query.PeriodKey is { } period) rows = rows.Where(s => s.PeriodKey == period);
        if (query.UnansweredOnly) rows = rows.Where(s => s.Reply == null);
        return rows;
    }
}
