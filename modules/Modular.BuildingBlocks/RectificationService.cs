using Microsoft.EntityFrameworkCore;
using Modular.Sdk;
using Modular.Sdk.Blocks;
using Modular.Sdk.Core;
using Modular.Sdk.Data;

namespace Modular.BuildingBlocks;

/// <summary><see cref="IRectifications"/> over <c>blocks.rectifications</c>.</summary>
internal sealed class RectificationService(BlocksDbContext db, IRoster roster, IOrganizationDirectory organizations, IJurisdictionContext jurisdiction, TimeProvider clock)
    : IRectifications
{
    public async Task<Result<RectificationInfo>> SaveAsync(long? id, RectificationInput input, CancellationToken ct = default)
    {
        if (await InvalidAsync(input, ct) is { } refused) return refused;
        Rectification row;
        if (id is { } existing)
        {
            if (await db.Rectifications.AsTracking().SingleOrDefaultAsync(r => r.Id == existing && r.PluginId == input.Kind.PluginId && r.Kind == input.Kind.Kind, ct) is not { } found)
                return Refuse.NotFound(Text.Of("没有这条问题清单。", "No such problem on the list."));
            if (found.CompletedOn is not null)
                return Refuse.Field("problem", Text.Of("该问题已整改完成，不能再修改。", "This problem is rectified; it can no longer be changed."));
            if (input.Version != found.Version) return Refuse.Conflict();
            row = found;
            row.Version++;
        }
        else
        {
            row = new Rectification { PluginId = input.Kind.PluginId, Kind = input.Kind.Kind, Problem = "", Version = 1 };
            db.Rectifications.Add(row);
        }
        row.OrganizationId = input.OrganizationId;
        row.Problem = input.Problem.Trim();
        row.FoundIn = Clean(input.FoundIn);
        row.LeadPersonId = input.LeadPersonId;
        row.Mode = input.Mode;
        row.Deadline = input.Mode == RectificationMode.Deadline ? input.Deadline : null;
        row.Cause = Clean(input.Cause);
        row.Target = Clean(input.Target);
        row.Measures = Clean(input.Measures);
        row.Published = input.Published;
        return await db.TrySaveAsync(ct) ? Result.Ok(row.ToInfo()) : Refuse.Conflict();
    }

    public async Task<Result<RectificationInfo>> CompleteAsync(BlockKind kind, long id, DateOnly completedOn, string evidence, int version, CancellationToken ct = default)
    {
        if (await db.Rectifications.AsTracking().SingleOrDefaultAsync(r => r.Id == id && r.PluginId == kind.PluginId && r.Kind == kind.Kind, ct) is not { } row)
            return Refuse.NotFound(Text.Of("没有这条问题清单。", "No such problem on the list."));
        if (row.CompletedOn is not null) return Refuse.Field("completedOn", Text.Of("该问题已整改完成。", "This problem is already rectified."));
        if (string.IsNullOrWhiteSpace(evidence)) return Refuse.Field("evidence", Text.Of("请填写整改结果（做了什么、效果如何）。", "Say what was done and with what result."));
        if (Limits.TooLong(evidence.Trim(), Limits.Note) is { } tooLong) return Refuse.Field("evidence", tooLong);
        if (Limits.DateProblem(completedOn) is { } badDay) return Refuse.Field("completedOn", badDay);
        if (completedOn > jurisdiction.Required.Today(clock))
            return Refuse.Field("completedOn", Text.Of("整改完成日期不能晚于今天。", "The day it was put right cannot be after today."));
        if (version != row.Version) return Refuse.Conflict();
        row.CompletedOn = completedOn;
        row.Evidence = evidence.Trim();
        row.Version++;
        return await db.TrySaveAsync(ct) ? Result.Ok(row.ToInfo()) : Refuse.Conflict();
    }

    public async Task<RectificationInfo?> FindAsync(BlockKind kind, long id, CancellationToken ct = default) =>
        (await db.Rectifications.SingleOrDefaultAsync(r => r.Id == id && r.PluginId == kind.PluginId && r.Kind == kind.Kind, ct))?.ToInfo();

    public async Task<IReadOnlyList<RectificationInfo>> ListAsync(RectificationQuery query, CancellationToken ct = default)
    {
        var rows = db.Rectifications.Where(r => r.PluginId == query.Kind.PluginId && r.Kind == query.Kind.Kind);
        if (query.OrganizationId is { } org) rows = rows.Where(r => r.OrganizationId == org);
        if (query.PublishedOnly) rows = rows.Where(r => r.Published);
        return [.. (await rows.OrderBy(r => r.Id).ToListAsync(ct)).Select(r => r.ToInfo())];
    }

    private async Task<Refusal?> InvalidAsync(RectificationInput input, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(input.Problem)) return Refuse.Field("problem", Text.Of("请写明问题。", "Say what the problem is."));
        foreach (var (field, text, max) in new[] { ("problem", input.Problem, Limits.Note), ("foundIn", input.FoundIn, Limits.Line), ("cause", input.Cause, Limits.Note), ("target", input.Target, Limits.Note), ("measures", input.Measures, Limits.Note) })
            if (Limits.TooLong(Clean(text), max) is { } tooLong) return Refuse.Field(field, tooLong);
        if (input.Mode == RectificationMode.Deadline && input.Deadline is null)
            return Refuse.Field("deadline", Text.Of("限时整改须写明完成期限。", "A rectification by a deadline needs the deadline."));
        if (Limits.DateProblem(input.Deadline) is { } badDay) return Refuse.Field("deadline", badDay);
        if (await organizations.OrganizationProblemAsync(input.OrganizationId, ct) is { } noOrganization) return Refuse.Field("organizationId", noOrganization);
        if (input.LeadPersonId is { } lead && await roster.PersonProblemAsync(lead, ct) is { } noPerson) return Refuse.Field("leadPersonId", noPerson);
        return null;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
