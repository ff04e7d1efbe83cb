using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Modular.Sdk;
using Modular.Sdk.Blocks;
using Modular.Sdk.Core;
using Modular.Sdk.Data;
using Modular.Sdk.Scheduling;

namespace Modular.BuildingBlocks;

/// <summary><see cref="IUnitSchedules"/> over <c>blocks.unit_schedules</c>.</summary>
internal sealed class UnitScheduleService(BlocksDbContext db, BlocksActor actor, IOrganizationDirectory organizations) : IUnitSchedules
{
    public async Task<Result<UnitSchedule>> SaveAsync(BlockKind kind, IReadOnlyList<PhasePlan> phases, UnitScheduleInput input, CancellationToken ct = default)
    {
        if (await organizations.OrganizationProblemAsync(input.OrganizationId, ct) is { } noOrganization) return Refuse.Field("organizationId", noOrganization);
        if (input.Start is not { } start) return Refuse.Field("start", Text.Of("请填写本单位开始的日期。", "Give the day the unit starts."));
        var chosen = input.ChosenEnds ?? new Dictionary<string, DateOnly>();
        var timeline = UnitTimeline.Plan(start, phases, chosen);
        if (!timeline.Succeeded) return Refuse.As(timeline);
        if (input.FinishedOn is { } finished && finished < start)
            return Refuse.Field("finishedOn", Text.Of($"结束日期 {finished:yyyy-MM-dd} 早于开始日期 {start:yyyy-MM-dd}。", $"It cannot finish ({finished:yyyy-MM-dd}) before it starts ({start:yyyy-MM-dd})."));

        var found = await db.UnitSchedules.AsTracking()
            .SingleOrDefaultAsync(u => u.PluginId == kind.PluginId && u.Kind == kind.Kind && u.OrganizationId == input.OrganizationId, ct);
        var row = db.UnitSchedules.Edit(found, input.Version, () => new UnitScheduleRow { PluginId = kind.PluginId, Kind = kind.Kind, OrganizationId = input.OrganizationId });
        if (row is null) return Refuse.Conflict();
        row.StartsOn = start;
        row.ChosenEnds = JsonSerializer.Serialize(chosen.ToDictionary(c => c.Key, c => c.Value.ToString("yyyy-MM-dd")));
        row.FinishedOn = input.FinishedOn;
        row.RecordedAt = actor.Now;
        row.RecordedBy = actor.Name;
        return await db.SaveVersionedAsync(row.ToModel, ct);
    }

    public async Task<UnitSchedule?> FindAsync(BlockKind kind, long organizationId, CancellationToken ct = default) =>
        (await db.UnitSchedules.SingleOrDefaultAsync(u => u.PluginId == kind.PluginId && u.Kind == kind.Kind && u.OrganizationId == organizationId, ct))?.ToModel();

    public async Task<IReadOnlyList<UnitSchedule>> ListAsync(BlockKind kind, CancellationToken ct = default) =>
        [.. (await db.UnitSchedules.Where(u => u.PluginId == kind.PluginId && u.Kind == kind.Kind).OrderBy(u => u.OrganizationId).ToListAsync(ct)).Select(u => u.ToModel())];
}

internal sealed class UnitScheduleRow : IJurisdictionScoped, IVersioned
{
    public int JurisdictionId { get; set; }
    public required string PluginId { get; set; }
    public required string Kind { get; set; }
    public long OrganizationId { get; set; }
    public DateOnly StartsOn { get; set; }
    /// <summary>Phase key → its chosen last day, as JSON (<c>{"concentrated":"2010-03-31"}</c>).</summary>
    public string ChosenEnds { get; set; } = "{}";
    public DateOnly? FinishedOn { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public string? RecordedBy { get; set; }
    public int Version { get; set; }

    public UnitSchedule ToModel() => new(OrganizationId, StartsOn,
        (JsonSerializer.Deserialize<Dictionary<string, string>>(ChosenEnds) ?? []).ToDictionary(e => e.Key, e => DateOnly.ParseExact(e.Value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
        FinishedOn, RecordedAt, RecordedBy, Version);
}
