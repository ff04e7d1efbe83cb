using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Modular.Jurisdictions;
using Modular.Schedules.Rules;
using Modular.Sdk.Scheduling;
using Modular.Sdk;
using Modular.Sdk.Core;

namespace Modular.Schedules;

internal sealed record CampaignInput(string? PluginId, string? Name, DateOnly? StartsOn, DateOnly? EndsOn, Dictionary<string, string>? Settings = null);
internal sealed record StageInput(string? Name, DateOnly? StartsOn, DateOnly? EndsOn);
internal sealed record MilestoneInput(string? Name, DateOnly? OccurredOn);
internal sealed record DeadlineInput(string? TypeKey, string? Name, string? Rule, string? Assignees, long? SubtreeRootId = null, string? OrganizationKind = null);

internal sealed record DeadlineView(long Id, string TypeKey, string Name, string Rule, string Assignees, long? SubtreeRootId, string? OrganizationKind, IReadOnlyList<Occurrence> Occurrences);
internal sealed record CampaignDetail(Campaign Campaign, IReadOnlyDictionary<string, string> Settings, IReadOnlyList<Stage> Stages, IReadOnlyList<Milestone> Milestones, IReadOnlyList<DeadlineView> Deadlines);

/// <summary>
/// Campaign instances with their stages, milestones and deadline rules. Every change to what rules
/// read (dates, stages, milestones, settings) re-resolves the campaign's deadlines and stores the new
/// due days on their obligations.
/// </summary>
internal sealed class CampaignService(SchedulesDbContext db, ObligationStore store, Assignees assignees, IOrganizationDirectory organizations)
{
    public async Task<IReadOnlyList<Campaign>> ListAsync(CancellationToken ct = default) =>
        await db.Campaigns.OrderByDescending(c => c.StartsOn).ThenBy(c => c.Id).ToListAsync(ct);

    public async Task<(Campaign? Campaign, ValidationErrors Errors)> CreateAsync(CampaignInput input, CancellationToken ct = default)
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(input.PluginId)) errors.Add("pluginId", Text.Of("请填写活动模块。", "Enter the campaign module."));
        else if (Limits.TooLong(input.PluginId.Trim(), Limits.Line) is { } longPlugin) errors.Add("pluginId", longPlugin);
        if (string.IsNullOrWhiteSpace(input.Name)) errors.Add("name", Text.Of("请填写名称。", "Enter a name."));
        else if (Limits.TooLong(input.Name.Trim(), Limits.Line) is { } longName) errors.Add("name", longName);
        CheckSettings(input.Settings?.Select(kv => (kv.Key, (string?)kv.Value)), errors);
        if (input.StartsOn is null) errors.Add("startsOn", Text.Of("请填写开始日期。", "Enter the start date."));
        if (input.EndsOn is null) errors.Add("endsOn", Text.Of("请填写结束日期。", "Enter the end date."));
        else if (input.StartsOn is { } s && input.EndsOn < s) errors.Add("endsOn", Text.Of("结束日期不能早于开始日期。", "The end cannot be before the start."));
        if (!errors.IsValid) return (null, errors);
        var campaign = new Campaign
        {
            PluginId = input.PluginId!.Trim(), Name = input.Name!.Trim(), StartsOn = input.StartsOn!.Value, EndsOn = input.EndsOn!.Value,
            Settings = JsonSerializer.Serialize(input.Settings ?? []),
        };
        db.Campaigns.Add(campaign);
        await db.SaveChangesAsync(ct);
        return (campaign, errors);
    }

    public async Task<CampaignDetail?> GetAsync(long id, CancellationToken ct = default)
    {
        var campaign = await db.Campaigns.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (campaign is null) return null;
        var stages = await db.Stages.Where(s => s.CampaignId == id).OrderBy(s => s.StartsOn).ThenBy(s => s.Id).ToListAsync(ct);
        var milestones = await db.Milestones.Where(m => m.CampaignId == id).OrderBy(m => m.Key).ToListAsync(ct);
        var facts = Facts(campaign, stages, milestones);
        var deadlines = await db.Deadlines.Where(d => d.CampaignId == id).OrderBy(d => d.Id).ToListAsync(ct);
        var views = deadlines.Select(d => new DeadlineView(d.Id, d.TypeKey, d.Name, d.Rule, d.Assignees, d.SubtreeRootId, d.OrganizationKind,
            DeadlineResolver.Resolve(DeadlineRule.Parse(d.Rule), facts, campaign.StartsOn, campaign.EndsOn))).ToList();
        return new CampaignDetail(campaign, facts.Settings, stages, milestones, views);
    }

    public async Task<(Stage? Stage, ValidationErrors Errors)> AddStageAsync(long campaignId, StageInput input, CancellationToken ct = default)
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(input.Name)) errors.Add("name", Text.Of("请填写阶段名称。", "Enter the stage's name."));
        else if (Limits.TooLong(input.Name.Trim(), Limits.Line) is { } longName) errors.Add("name", longName);
        if (input.StartsOn is null) errors.Add("startsOn", Text.Of("请填写开始日期。", "Enter the start date."));
        if (input.EndsOn is null) errors.Add("endsOn", Text.Of("请填写结束日期。", "Enter the end date."));
        else if (input.StartsOn is { } s && input.EndsOn < s) errors.Add("endsOn", Text.Of("结束日期不能早于开始日期。", "The end cannot be before the start."));
        if (!errors.IsValid) return (null, errors);
        if (!await db.Campaigns.AnyAsync(c => c.Id == campaignId, ct)) return (null, errors.Add("campaignId", Text.Of("没有这个活动。", "No such campaign.")));
        if (await db.Stages.AnyAsync(s => s.CampaignId == campaignId && s.Name == input.Name!.Trim(), ct))
            return (null, errors.Add("name", Text.Of("已有同名阶段。", "A stage of that name exists.")));
        var stage = new Stage { CampaignId = campaignId, Name = input.Name!.Trim(), StartsOn = input.StartsOn!.Value, EndsOn = input.EndsOn!.Value };
        db.Stages.Add(stage);
        await db.SaveChangesAsync(ct);
        await ResolveAsync(campaignId, ct);
        return (stage, errors);
    }

    /// <summary>Names a milestone or records (or clears) its date; then re-resolves.</summary>
    public async Task<EditResult> SetMilestoneAsync(long campaignId, string key, MilestoneInput input, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(key) || key.Length > 100) return EditResult.Invalid("key", Text.Of("请填写事件标识。", "Enter the event's key."));
        if (Limits.TooLong(input.Name?.Trim(), Limits.Line) is { } longName) return EditResult.Invalid("name", longName);
        if (!await db.Campaigns.AnyAsync(c => c.Id == campaignId, ct)) return EditResult.Invalid("campaignId", Text.Of("没有这个活动。", "No such campaign."));
        var row = await db.Milestones.AsTracking().SingleOrDefaultAsync(m => m.CampaignId == campaignId && m.Key == key, ct);
        if (row is null) db.Milestones.Add(row = new Milestone { CampaignId = campaignId, Key = key, Name = input.Name?.Trim() is { Length: > 0 } n ? n : key });
        else if (input.Name?.Trim() is { Length: > 0 } name) row.Name = name;
        row.OccurredOn = input.OccurredOn;
        await db.SaveChangesAsync(ct);
        await ResolveAsync(campaignId, ct);
        return EditResult.Ok;
    }

    /// <summary>Sets (null value: removes) campaign settings; then re-resolves.</summary>
    public async Task<EditResult> SetSettingsAsync(long campaignId, Dictionary<string, string?> changes, CancellationToken ct = default)
    {
        var errors = new ValidationErrors();
        if (!CheckSettings(changes.Select(kv => (kv.Key, kv.Value)), errors)) return EditResult.Invalid(errors);
        var campaign = await db.Campaigns.AsTracking().SingleOrDefaultAsync(c => c.Id == campaignId, ct);
        if (campaign is null) return EditResult.Invalid("campaignId", Text.Of("没有这个活动。", "No such campaign."));
        var settings = JsonSerializer.Deserialize<Dictionary<string, string>>(campaign.Settings) ?? [];
        foreach (var (key, value) in changes)
            if (value is null) settings.Remove(key); else settings[key] = value;
        campaign.Settings = JsonSerializer.Serialize(settings);
        await db.SaveChangesAsync(ct);
        await ResolveAsync(campaignId, ct);
        return EditResult.Ok;
    }

    public async Task<(Deadline? Deadline, ValidationErrors Errors)> AddDeadlineAsync(long campaignId, DeadlineInput input, CancellationToken ct = default)
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(input.TypeKey)) errors.Add("typeKey", Text.Of("请填写义务类型。", "Enter the obligation type."));
        else if (Limits.TooLong(input.TypeKey.Trim(), Limits.Line) is { } longType) errors.Add("typeKey", longType);
        if (string.IsNullOrWhiteSpace(input.Name)) errors.Add("name", Text.Of("请填写名称。", "Enter a name."));
        else if (Limits.TooLong(input.Name.Trim(), Limits.Line) is { } longName) errors.Add("name", longName);
        if (Limits.TooLong(input.Rule?.Trim(), Limits.Line) is { } longRule) errors.Add("rule", longRule);
        else if (!DeadlineRule.TryParse(input.Rule, out _, out var why)) errors.Add("rule", Text.Of($"期限规则无法识别：{why}", $"Cannot read the deadline rule: {why}"));
        if (input.Assignees is null || !Assignees.All.Contains(input.Assignees))
            errors.Add("assignees", Text.Of("请选择对象：leading-cadres、members 或 organizations。", "Choose whom: leading-cadres, members or organizations."));
        if (input.SubtreeRootId is { } root && await organizations.OrganizationProblemAsync(root, ct) is { } noOrganization)
            errors.Add("subtreeRootId", noOrganization);
        if (input.OrganizationKind is { } kind && !Enum.TryParse<OrganizationKind>(kind, ignoreCase: true, out _))
            errors.Add("organizationKind", Text.Of($"“{kind}”不是组织类别（{string.Join("、", Enum.GetNames<OrganizationKind>())}）。", $"\"{kind}\" is not an organization kind ({string.Join(", ", Enum.GetNames<OrganizationKind>())})."));
        if (!errors.IsValid) return (null, errors);
        if (!await db.Campaigns.AnyAsync(c => c.Id == campaignId, ct)) return (null, errors.Add("campaignId", Text.Of("没有这个活动。", "No such campaign.")));
        var deadline = new Deadline
        {
            CampaignId = campaignId, TypeKey = input.TypeKey!.Trim(), Name = input.Name!.Trim(), Rule = input.Rule!.Trim(),
            Assignees = input.Assignees!, SubtreeRootId = input.SubtreeRootId, OrganizationKind = input.OrganizationKind,
        };
        db.Deadlines.Add(deadline);
        await db.SaveChangesAsync(ct);
        await ResolveAsync(campaignId, ct);
        return (deadline, errors);
    }

    /// <summary>Resolves every deadline of the campaign again and upserts its obligations (new due days, new assignees). Returns rows touched.</summary>
    public async Task<int> ResolveAsync(long campaignId, CancellationToken ct = default)
    {
        var campaign = await db.Campaigns.SingleAsync(c => c.Id == campaignId, ct);
        var facts = Facts(campaign,
            await db.Stages.Where(s => s.CampaignId == campaignId).ToListAsync(ct),
            await db.Milestones.Where(m => m.CampaignId == campaignId).ToListAsync(ct));
        var touched = 0;
        foreach (var deadline in await db.Deadlines.Where(d => d.CampaignId == campaignId).ToListAsync(ct))
        {
            var occurrences = DeadlineResolver.Resolve(DeadlineRule.Parse(deadline.Rule), facts, campaign.StartsOn, campaign.EndsOn);
            var who = await assignees.ExpandAsync(deadline.Assignees, deadline.SubtreeRootId, deadline.OrganizationKind, ct);
            var rows = (from w in who from o in occurrences
                        select new ObligationRow("deadline", deadline.Id, deadline.TypeKey, w.Kind, w.Id, w.OrganizationId, o.PeriodStart, o.DueOn)).ToList();
            foreach (var chunk in rows.Chunk(10_000)) touched += await store.UpsertAsync(chunk, ct);
        }
        return touched;
    }

    // Settings are short values (dates, rules, numbers): keys and values are held to a line.
    private static bool CheckSettings(IEnumerable<(string Key, string? Value)>? settings, ValidationErrors errors)
    {
        foreach (var (key, value) in settings ?? [])
            if ((Limits.TooLong(key, Limits.Line) ?? Limits.TooLong(value, Limits.Line)) is { } tooLong) errors.Add($"settings.{key[..Math.Min(key.Length, 40)]}", tooLong);
        return errors.IsValid;
    }

    internal static CampaignFacts Facts(Campaign campaign, IEnumerable<Stage> stages, IEnumerable<Milestone> milestones) => new(
        campaign.StartsOn, campaign.EndsOn,
        milestones.ToDictionary(m => m.Key, m => m.OccurredOn),
        stages.ToDictionary(s => s.Name, s => (s.StartsOn, s.EndsOn)),
        JsonSerializer.Deserialize<Dictionary<string, string>>(campaign.Settings) ?? []);
}
