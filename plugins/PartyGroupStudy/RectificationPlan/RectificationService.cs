using Modular.Plugins.PartyGroupStudy.LeadingGroup;

namespace Modular.Plugins.PartyGroupStudy.RectificationPlan;

/// <summary>The special meeting's adoption: its day, who attended, the target and a note for each of the 四突出; <paramref name="Version"/> 0 for the first.</summary>
public sealed record PlanInput(DateOnly? MeetingOn, string? Attendance, string? Target, string? Targeted, string? TimeBound, string? Operable, string? Effective, int Version)
{
    public IReadOnlyDictionary<string, string?> Emphases => new Dictionary<string, string?>
    {
        ["targeted"] = Targeted, ["timeBound"] = TimeBound, ["operable"] = Operable, ["effective"] = Effective,
    };
}

/// <summary>An item of the plan (整改事项): the problem, where it came up, the lead member, at once or by a deadline, the measures.</summary>
public sealed record ItemInput(string? Problem, string? FoundIn, long? LeadPersonId, RectificationMode Mode, DateOnly? Deadline, string? Measures, int? Version = null);

/// <summary>An item done (整改结果): the day and the evidence, at the version read.</summary>
public sealed record CompletionInput(DateOnly CompletedOn, string? Evidence, int Version);

/// <summary>A round of opinions on the adopted plan.</summary>
public sealed record OpinionInput(DateOnly HeldOn, OpinionForm Form, int OpinionsReceived, string? Opinions);

public sealed record ItemView(long Id, string Problem, string? FoundIn, long? LeadPersonId, string? Lead, RectificationMode Mode, string ModeName, DateOnly? Deadline,
    string? Measures, bool Published, DateOnly? CompletedOn, string? Evidence, ItemState State, string StateName, int Version);

public sealed record OpinionView(long Id, DateOnly HeldOn, OpinionForm Form, string FormName, int OpinionsReceived, string Opinions, string? RecordedBy);

public sealed record PlanDetails(DateOnly MeetingOn, string Attendance, string Target, string Targeted, string TimeBound, string Operable, string Effective,
    DateOnly FirstAdoptedOn, DateOnly? PublishedOn, string? SavedBy, int Version);

/// <summary>The plan as the user reads it: adopted or not, its items and where each stands, the opinion rounds.</summary>
public sealed record PlanView(PlanDetails? Plan, IReadOnlyList<ItemView> Items, IReadOnlyList<OpinionView> Opinions)
{
    public bool Adopted => Plan is not null;
    public int Count(ItemState state) => Items.Count(i => i.State == state);
}

/// <summary>
/// 四(三)1–2: the office drafts the items, the special meeting adopts the plan (四有、四突出), it is put out for opinions and
/// published as a public pledge; each item is then completed with its evidence by its lead member or the office.
/// </summary>
public sealed class RectificationService(PartyGroupStudyDbContext db, IRectifications rectifications, GroupOffice office, ICurrentUser user, PartyGroupStudyCampaign campaign)
{
    public static readonly BlockKind Kind = new(PartyGroupStudyStartup.PluginId, "rectification");

    public static string NoItem(long id) => Text.Of($"没有编号为 {id} 的整改事项。", $"There is no rectification item {id}.");

    private static string NotAdopted => Text.Of("整改落实方案尚未经专题会议通过。", "The plan has not been adopted by the special meeting yet.");

    public async Task<Result<PlanView>> GetAsync(CancellationToken ct)
    {
        if (!await office.MayReadGroupAsync(ct)) return Refuse.Forbidden(Text.Of("只有党组成员和领导小组办公室可以查看整改落实方案。", "Only the party group's members and the office may read the plan."));
        return Result.Ok(await ViewAsync(ct));
    }

    /// <summary>Adds an item (a draft until the plan is adopted; once adopted it must be complete).</summary>
    public Task<Result<ItemView>> AddItemAsync(ItemInput input, CancellationToken ct) => SaveItemAsync(null, input, ct);

    /// <summary>Changes an item at the version read; refused once done.</summary>
    public Task<Result<ItemView>> UpdateItemAsync(long id, ItemInput input, CancellationToken ct) => SaveItemAsync(id, input, ct);

    private async Task<Result<ItemView>> SaveItemAsync(long? id, ItemInput input, CancellationToken ct)
    {
        if (!await office.MayRunAsync(ct)) return Refuse.Forbidden(GroupOffice.OnlyOffice);
        var found = id is { } itemId ? await FindItemAsync(itemId, ct) : null;
        if (id is not null && found is null) return Refuse.NotFound(NoItem(id.Value));
        if (await office.GroupAsync(ct) is not { } group) return Refuse.Field("organizationId", Text.Of("本辖区还没有党组。", "The jurisdiction has no party group."));
        var rules = await campaign.RulesAsync(ct);
        var plan = await db.RectificationPlans.SingleOrDefaultAsync(ct);
        var measures = Entered.Text(input.Measures);
        var errors = RectificationRule.ItemProblems(rules, input.Mode, input.Deadline, plan is not null, input.LeadPersonId, measures);
        if (input.LeadPersonId is { } lead && await office.ParticipantAsync(lead, ct) is null) errors["leadPersonId"] = [GroupOffice.NoParticipant(lead)];
        if (errors.Count > 0) return Refuse.Fields(errors);
        var saved = await rectifications.SaveAsync(id, new RectificationInput(Kind, group.Id, Entered.Text(input.Problem) ?? "", Entered.Text(input.FoundIn), input.LeadPersonId,
            input.Mode, input.Deadline, plan?.Target, measures, plan?.PublishedOn is not null, id is null ? null : input.Version ?? -1), ct);
        if (!saved.Succeeded) return Refuse.As(saved);
        // An at-once item entering the adopted plan is due the days after today; one already due keeps its day.
        if (plan is not null && input.Mode == RectificationMode.Immediate && !await db.ImmediateDues.AnyAsync(d => d.RectificationId == saved.Value!.Id, ct))
        {
            db.ImmediateDues.Add(new ImmediateDue { RectificationId = saved.Value!.Id, DueOn = RectificationRule.ImmediateDue(rules, campaign.Today) });
            await db.SaveChangesAsync(ct);
        }
        var view = await ItemViewAsync(saved.Value!, ct);
        return id is null ? Result.Created($"rectification/items/{view.Id}", view) : Result.Ok(view);
    }

    /// <summary>
    /// 召开党组成员专题会议: adopts the plan (or a new edition of it, at the version read) when it meets the 四有 and the
    /// 四突出; at-once items without a due day get it from the meeting.
    /// </summary>
    public async Task<Result<PlanView>> AdoptAsync(PlanInput input, CancellationToken ct)
    {
        if (!await office.MayRunAsync(ct)) return Refuse.Forbidden(GroupOffice.OnlyOffice);
        if (await office.GroupAsync(ct) is not { } group) return Refuse.Field("organizationId", Text.Of("本辖区还没有党组。", "The jurisdiction has no party group."));
        var rules = await campaign.RulesAsync(ct);
        var items = await ItemsAsync(ct);
        var (target, attendance) = (Entered.Text(input.Target), Entered.Text(input.Attendance));
        var errors = RectificationRule.AdoptionProblems(rules, campaign.Today, input.MeetingOn, attendance, target, input.Emphases, items);
        foreach (var (field, text) in input.Emphases.Append(new("target", target)).Append(new("attendance", attendance)))
            if (Limits.TooLong(Entered.Text(text), Limits.Body) is { } tooLong) errors[field] = [tooLong];
        if (errors.Count > 0) return Refuse.Fields(errors);

        var found = await db.RectificationPlans.AsTracking().SingleOrDefaultAsync(ct);
        var plan = db.RectificationPlans.Edit(found, found is null && input.Version == 0 ? null : input.Version, () => new RectificationPlanRecord { FirstAdoptedOn = input.MeetingOn!.Value });
        if (plan is null) return Refuse.Conflict();
        (plan.OrganizationId, plan.Target, plan.MeetingOn, plan.Attendance) = (group.Id, target!, input.MeetingOn!.Value, attendance!);
        (plan.Targeted, plan.TimeBound, plan.Operable, plan.Effective) = (Entered.Text(input.Targeted)!, Entered.Text(input.TimeBound)!, Entered.Text(input.Operable)!, Entered.Text(input.Effective)!);
        (plan.SavedBy, plan.SavedAt) = (user.DisplayName, campaign.Now);
        // At-once items get their due day from the meeting that first adopted them.
        var due = await db.ImmediateDues.Select(d => d.RectificationId).ToListAsync(ct);
        db.ImmediateDues.AddRange(items.Where(i => i.Mode == RectificationMode.Immediate && !due.Contains(i.Id))
            .Select(i => new ImmediateDue { RectificationId = i.Id, DueOn = RectificationRule.ImmediateDue(rules, plan.MeetingOn) }));
        if (!await db.TrySaveAsync(ct)) return Refuse.Conflict();
        // Every open line carries the plan's target.
        foreach (var item in items.Where(i => i.CompletedOn is null && i.Target != plan.Target))
        {
            var saved = await rectifications.SaveAsync(item.Id, new RectificationInput(Kind, item.OrganizationId, item.Problem, item.FoundIn, item.LeadPersonId, item.Mode,
                item.Deadline, plan.Target, item.Measures, item.Published, item.Version), ct);
            if (!saved.Succeeded) return Refuse.As(saved);
        }
        return Result.Ok(await ViewAsync(ct));
    }

    /// <summary>公开承诺: the adopted plan and every item are published, on today.</summary>
    public async Task<Result<PlanView>> PublishAsync(int version, CancellationToken ct)
    {
        if (!await office.MayRunAsync(ct)) return Refuse.Forbidden(GroupOffice.OnlyOffice);
        var found = await db.RectificationPlans.AsTracking().SingleOrDefaultAsync(ct);
        if (found is null) return Refuse.Field("version", NotAdopted);
        if (found.PublishedOn is not null) return Refuse.Conflict(Text.Of("整改落实方案已公开承诺。", "The plan is published already."));
        var plan = db.RectificationPlans.Edit(found, version, () => throw new InvalidOperationException());
        if (plan is null) return Refuse.Conflict();
        plan.PublishedOn = campaign.Today;
        if (!await db.TrySaveAsync(ct)) return Refuse.Conflict();
        foreach (var item in (await ItemsAsync(ct)).Where(i => !i.Published && i.CompletedOn is null))
        {
            var saved = await rectifications.SaveAsync(item.Id, new RectificationInput(Kind, item.OrganizationId, item.Problem, item.FoundIn, item.LeadPersonId, item.Mode,
                item.Deadline, item.Target, item.Measures, true, item.Version), ct);
            if (!saved.Succeeded) return Refuse.As(saved);
        }
        return Result.Ok(await ViewAsync(ct));
    }

    /// <summary>A round of opinions on the adopted plan (座谈会 or 书面征求意见), held after the adoption and not after today.</summary>
    public async Task<Result<OpinionView>> AddOpinionsAsync(OpinionInput input, CancellationToken ct)
    {
        if (!await office.MayRunAsync(ct)) return Refuse.Forbidden(GroupOffice.OnlyOffice);
        if (await db.RectificationPlans.SingleOrDefaultAsync(ct) is not { } plan) return Refuse.Field("heldOn", NotAdopted);
        var opinions = Entered.Text(input.Opinions);
        var errors = new Dictionary<string, string[]>();
        if (input.HeldOn < plan.FirstAdoptedOn || input.HeldOn > campaign.Today)
            errors["heldOn"] = [Text.Of($"征求意见应在方案通过（{plan.FirstAdoptedOn:yyyy-MM-dd}）之后、不晚于今天。", $"Opinions are sought after the adoption ({plan.FirstAdoptedOn:yyyy-MM-dd}) and not after today.")];
        if (!Enum.IsDefined(input.Form)) errors["form"] = [Text.Of("请选择征求意见的形式。", "Choose how opinions were sought.")];
        if (input.OpinionsReceived < 0) errors["opinionsReceived"] = [Text.Of("收到的意见条数不能为负。", "The number of opinions cannot be negative.")];
        if (opinions is null) errors["opinions"] = [Text.Of("请概述收到的意见（没有意见也请写明）。", "Sum up the opinions received (say so if there were none).")];
        else if (Limits.TooLong(opinions, Limits.Body) is { } tooLong) errors["opinions"] = [tooLong];
        if (errors.Count > 0) return Refuse.Fields(errors);
        var round = new PlanOpinionRound { HeldOn = input.HeldOn, Form = input.Form, OpinionsReceived = input.OpinionsReceived, Opinions = opinions!, RecordedBy = user.DisplayName, RecordedAt = campaign.Now };
        db.PlanOpinionRounds.Add(round);
        await db.SaveChangesAsync(ct);
        return Result.Created($"rectification/opinions/{round.Id}", OpinionOf(round));
    }

    /// <summary>集中解决: an item done with its evidence, by its lead member or the office; after the adoption, not after today.</summary>
    public async Task<Result<ItemView>> CompleteAsync(long id, CompletionInput input, CancellationToken ct)
    {
        if (await FindItemAsync(id, ct) is not { } item || !await office.MayReadGroupAsync(ct)) return Refuse.NotFound(NoItem(id));
        var me = (await office.MeAsync(ct))?.PersonId;
        if (item.LeadPersonId != me && !await office.MayRunAsync(ct))
            return Refuse.Forbidden(Text.Of("只有该事项的责任领导或领导小组办公室可以登记整改结果。", "Only the item's lead member or the office records it done."));
        if (await db.RectificationPlans.SingleOrDefaultAsync(ct) is not { } plan) return Refuse.Field("completedOn", NotAdopted);
        if (input.CompletedOn < plan.FirstAdoptedOn || input.CompletedOn > campaign.Today)
            return Refuse.Field("completedOn", Text.Of($"完成日期应在方案通过（{plan.FirstAdoptedOn:yyyy-MM-dd}）之后、不晚于今天。", $"The day falls after the adoption ({plan.FirstAdoptedOn:yyyy-MM-dd}) and not after today."));
        var done = await rectifications.CompleteAsync(Kind, id, input.CompletedOn, Entered.Text(input.Evidence) ?? "", input.Version, ct);
        return done.Succeeded ? Result.Ok(await ItemViewAsync(done.Value!, ct)) : Refuse.As(done);
    }

    /// <summary>The plan's lines (no permission check: the steps read them too).</summary>
    public async Task<IReadOnlyList<RectificationInfo>> ItemsAsync(CancellationToken ct) =>
        [.. (await rectifications.ListAsync(new RectificationQuery(Kind), ct)).OrderBy(i => i.Id)];

    private async Task<RectificationInfo?> FindItemAsync(long id, CancellationToken ct) =>
        await rectifications.FindAsync(Kind, id, ct);

    public async Task<PlanView> ViewAsync(CancellationToken ct)
    {
        var plan = await db.RectificationPlans.SingleOrDefaultAsync(ct);
        var names = (await office.ParticipantsAsync(ct)).ToDictionary(p => p.PersonId, p => p.Name);
        var dues = await DuesAsync(ct);
        var items = (await ItemsAsync(ct)).Select(i => View(i, names, dues)).ToList();
        var opinions = await db.PlanOpinionRounds.OrderBy(r => r.HeldOn).ThenBy(r => r.Id).ToListAsync(ct);
        return new(plan is null ? null : new PlanDetails(plan.MeetingOn, plan.Attendance, plan.Target, plan.Targeted, plan.TimeBound, plan.Operable, plan.Effective,
            plan.FirstAdoptedOn, plan.PublishedOn, plan.SavedBy, plan.Version), items, [.. opinions.Select(OpinionOf)]);
    }

    private async Task<ItemView> ItemViewAsync(RectificationInfo item, CancellationToken ct) =>
        View(item, (await office.ParticipantsAsync(ct)).ToDictionary(p => p.PersonId, p => p.Name), await DuesAsync(ct));

    /// <summary>The at-once items' due days (no permission check: the steps read them too).</summary>
    public async Task<IReadOnlyDictionary<long, DateOnly>> DuesAsync(CancellationToken ct) =>
        await db.ImmediateDues.ToDictionaryAsync(d => d.RectificationId, d => d.DueOn, ct);

    /// <summary>An item's due day: its deadline, or an at-once item's day from the plan; null for an at-once item before the adoption.</summary>
    public static DateOnly? DueOf(RectificationInfo item, IReadOnlyDictionary<long, DateOnly> dues) =>
        item.Mode == RectificationMode.Deadline ? item.Deadline : dues.TryGetValue(item.Id, out var due) ? due : null;

    private ItemView View(RectificationInfo i, IReadOnlyDictionary<long, string> names, IReadOnlyDictionary<long, DateOnly> dues)
    {
        var deadline = DueOf(i, dues);
        var state = RectificationRule.StateOf(deadline, i.CompletedOn, campaign.Today);
        return new(i.Id, i.Problem, i.FoundIn, i.LeadPersonId, i.LeadPersonId is { } lead ? names.GetValueOrDefault(lead, $"#{lead}") : null, i.Mode,
            RectificationRule.ModeName(i.Mode).ToString(), deadline, i.Measures, i.Published, i.CompletedOn, i.Evidence, state, RectificationRule.StateName(state).ToString(), i.Version);
    }

    private static OpinionView OpinionOf(PlanOpinionRound r) => new(r.Id, r.HeldOn, r.Form, RectificationRule.FormName(r.Form).ToString(), r.OpinionsReceived, r.Opinions, r.RecordedBy);
}
