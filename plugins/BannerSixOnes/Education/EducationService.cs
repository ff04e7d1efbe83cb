using Modular.Plugins.BannerSixOnes.Common;

namespace Modular.Plugins.BannerSixOnes.Education;

/// <summary>Every party organization the caller reads, against the day the event is due.</summary>
public sealed record EducationOverview(DateOnly Due, DateOnly Today, IReadOnlyList<EducationRow> Organizations);

/// <summary>
/// Item 1: each party organization records its one education event of the year with attendance, as an SDK event
/// (<see cref="ICampaignEvents"/>, slot = the campaign year); its state follows from the event's day against
/// <c>education.due</c> and today. Officers of the organization (or above) and the office record; the organization's
/// members read it.
/// </summary>
public sealed class EducationService(
    ICampaignEvents events, SixOnesCampaign campaign, ICurrentUser user, IOrganizationDirectory directory, IRoster roster,
    IObligationRecords obligations)
{
    public const int MaxText = 200;

    /// <summary>Every party organization the user may read, with its event's summary and state.</summary>
    public async Task<IReadOnlyList<EducationRow>> OverviewAsync(CancellationToken ct)
    {
        var rules = await campaign.RulesAsync(ct);
        var tree = await directory.TreeAsync(ct);
        var visible = user.VisibleOrganizations(tree);
        return await RowsAsync(tree, visible, rules, campaign.Today, ct);
    }

    /// <summary><see cref="OverviewAsync"/> with the due day and today, as the API lists it.</summary>
    public async Task<EducationOverview> OverviewWithDueAsync(CancellationToken ct) =>
        new((await campaign.RulesAsync(ct)).EducationDue, campaign.Today, await OverviewAsync(ct));

    internal async Task<IReadOnlyList<EducationRow>> RowsAsync(OrganizationTree tree, HashSet<long> visible, SixOnesRules rules, DateOnly today, CancellationToken ct)
    {
        var held = (await events.ListAsync(new EventQuery(EducationRules.Source) { Slot = EducationRules.SlotOf(rules) }, ct))
            .ToDictionary(e => e.OrganizationId);
        return [.. tree.All.Where(o => EducationRules.Owes(o) && visible.Contains(o.Id)).Select(o =>
        {
            var e = held.GetValueOrDefault(o.Id);
            var state = EducationRules.StateOf(e?.HeldOn, rules.EducationDue, today);
            return new EducationRow(o.Id, o.Name, KindLabel(o.Kind), tree.ParentCommittee(o.Id)?.Name, o.Depth,
                e?.Id, e?.Title, e?.HeldOn, e?.Place, e?.Tags ?? [], e?.Expected ?? 0, e?.Attended ?? 0, state, state.Label());
        })];
    }

    /// <summary>The day each organization held this year's event, held by <paramref name="asOf"/> (the dashboards and obligations).</summary>
    internal async Task<IReadOnlyDictionary<long, (long Id, DateOnly HeldOn)>> HeldAsync(SixOnesRules rules, DateOnly? asOf, CancellationToken ct) =>
        (await events.TalliesAsync(new EventQuery(EducationRules.Source) { Slot = EducationRules.SlotOf(rules), To = asOf }, ct))
            .ToDictionary(e => e.OrganizationId, e => (e.Id, e.HeldOn));

    /// <summary>One organization's event and attendance; readable by those who may see the organization and by its members.</summary>
    public async Task<Result<EducationDetail>> DetailAsync(long organizationId, CancellationToken ct)
    {
        var tree = await directory.TreeAsync(ct);
        if (tree.Find(organizationId) is not { } org || !EducationRules.Owes(org))
            return Refuse.NotFound(Text.Of("没有这个党组织。", "No such party organization."));
        if (!await MayReadAsync(tree, organizationId, ct))
            return Refuse.Forbidden(Text.Of("无权查看该组织的教育活动。", "Not yours to read."));
        var rules = await campaign.RulesAsync(ct);
        var detail = await DetailOfAsync(tree, org, await events.FindInSlotAsync(EducationRules.Source, org.Id, EducationRules.SlotOf(rules), ct), ct);
        // Why someone was absent (illness, family) is for the officers who record it, the office and auditors; a member sees their own.
        if (!user.IsAuditor && !await user.ManagesOrganizationAsync(organizationId, ct))
        {
            var me = await user.PersonIdAsync(ct);
            detail = detail with { Attendance = [.. detail.Attendance.Select(a => a.PersonId == me ? a : a with { AbsenceReason = null })] };
        }
        return Result.Ok(detail);
    }

    /// <summary>Members the organization may list as attending: the members of its subtree (a committee's event takes its branches' members).</summary>
    public async Task<IReadOnlyList<PersonInfo>> MembersOfAsync(long organizationId, CancellationToken ct) =>
        await roster.MembersAsync(new RosterQuery { SubtreeRootId = organizationId }, ct);

    /// <summary>Whether the user records the organization's event: its officers (or those above) and the office.</summary>
    public async Task<bool> MayRecordAsync(long organizationId, CancellationToken ct) =>
        user.IsSignedIn && await user.ManagesOrganizationAsync(organizationId, ct);

    /// <summary>The organizations (of these) whose event the user records.</summary>
    public async Task<HashSet<long>> RecordableAsync(IEnumerable<long> organizationIds, CancellationToken ct)
    {
        var recordable = new HashSet<long>();
        foreach (var id in organizationIds)
            if (await MayRecordAsync(id, ct)) recordable.Add(id);
        return recordable;
    }

    /// <summary>Records (or corrects) the organization's one event of the year and its attendance.</summary>
    public async Task<Result<EducationDetail>> RecordAsync(long organizationId, EducationInput input, CancellationToken ct)
    {
        var rules = await campaign.RulesAsync(ct);
        var tree = await directory.TreeAsync(ct);
        if (tree.Find(organizationId) is not { } org)
            return Refuse.NotFound(Text.Of("没有这个组织。", "No such organization."));
        if (!await MayRecordAsync(organizationId, ct))
            return Refuse.Forbidden(Text.Of("只有本组织（或上级）的负责人和旗创先争优办可以记录。", "Only the organization's officers or the office may record."));
        if (!EducationRules.Owes(org))
            return Refuse.Field("organizationId", Text.Of("领导小组、办公室和指导检查组不是党组织，不开展此项活动。", "Only party organizations hold the event."));

        var members = (await MembersOfAsync(organizationId, ct)).ToDictionary(m => m.Id);
        if (Validate(input, rules, campaign.Today, members, org.Name) is { } refusal) return refusal;

        var draft = new EventDraft(EducationRules.Source, EventCategories.Study, organizationId, input.Topic!.Trim(), input.HeldOn!.Value, input.Hours!.Value,
            input.Place!.Trim(), input.Summary, [.. EducationContents.All.Where(c => input.Contents!.Contains(c))],
            Slot: EducationRules.SlotOf(rules), RecordedBy: user.DisplayName);
        var attendance = input.Attendance!.Select(a => new AttendanceEntry(a.PersonId, a.Attended,
            a.Attended || string.IsNullOrWhiteSpace(a.AbsenceReason) ? null : a.AbsenceReason)).ToList();
        var existing = await events.FindInSlotAsync(EducationRules.Source, organizationId, draft.Slot!, ct);
        // Recorded meanwhile by someone else (no version read) or edited meanwhile (a version that moved): both are 409.
        var saved = existing is null
            ? input.Version is null ? await events.CreateAsync(draft, attendance, ct) : Refuse.Conflict()
            : await events.UpdateAsync(existing.Id, input.Version ?? -1, draft, attendance, ct);
        if (!saved.Succeeded) return Refuse.As(saved);
        await obligations.RecordAsync(EducationObligations.TypeKey, ObligedKind.Organization, organizationId, rules.CampaignStart,
            $"education:{saved.Value!.Id}", LocalNoon.Of(saved.Value.HeldOn, campaign.Jurisdiction.TimeZone), ct);
        return Result.Ok(await DetailOfAsync(tree, org, saved.Value, ct));
    }

    /// <summary>Takes the event back (recorded for the wrong organization): the organization owes it again.</summary>
    public async Task<Result<bool>> DeleteAsync(long organizationId, int? version, CancellationToken ct)
    {
        if (!user.IsSignedIn || !await user.ManagesOrganizationAsync(organizationId, ct))
            return Refuse.Forbidden(Text.Of("只有本组织（或上级）的负责人和旗创先争优办可以撤销。", "Only the organization's officers or the office may withdraw it."));
        var rules = await campaign.RulesAsync(ct);
        var ev = await events.FindInSlotAsync(EducationRules.Source, organizationId, EducationRules.SlotOf(rules), ct);
        if (ev is null) return Refuse.NotFound(Text.Of("该组织尚未记录教育活动。", "Nothing recorded."));
        if (version != ev.Version) return Refuse.Conflict();
        if (!await events.DeleteAsync(ev.Id, ct)) return Refuse.Conflict();
        await obligations.ClearAsync(EducationObligations.TypeKey, ObligedKind.Organization, organizationId, rules.CampaignStart, ct);
        return Result.Ok(true);
    }

    /// <summary>The caller's own line: their organization's event and whether they attended; null when their organization owes none.</summary>
    public async Task<Result<EducationMemberView?>> MineAsync(CancellationToken ct)
    {
        if (await user.PersonAsync(roster, ct) is not { } me) return Refuse.Forbidden(Text.Of("账号未关联党员名册。", "Your account is not linked to the roster."));
        return Result<EducationMemberView?>.Ok(await ForMemberAsync(me, await campaign.RulesAsync(ct), campaign.Today, ct));
    }

    /// <summary>Every organization's event as the ledger (台账) lists it.</summary>
    public async Task<LedgerDefinition> LedgerAsync(CancellationToken ct) =>
        EducationLedger.Build((await campaign.RulesAsync(ct)).Year, await OverviewAsync(ct));

    /// <summary>The member's organization's event (the nearest party organization up from where they are on the roster); null for no roster link.</summary>
    public async Task<EducationMemberView?> ForMemberAsync(PersonInfo member, SixOnesRules rules, DateOnly today, CancellationToken ct)
    {
        var tree = await directory.TreeAsync(ct);
        var org = tree.Find(member.OrganizationId);
        if (org is null || !EducationRules.Owes(org)) return null;
        var ev = await events.FindInSlotAsync(EducationRules.Source, org.Id, EducationRules.SlotOf(rules), ct);
        var mine = ev?.Attendance.FirstOrDefault(a => a.PersonId == member.Id);
        var state = EducationRules.StateOf(ev?.HeldOn, rules.EducationDue, today);
        return new EducationMemberView(org.Id, org.Name, rules.EducationDue, state, state.Label(),
            ev?.Title, ev?.HeldOn, ev?.Place, ev is null ? null : mine?.Attended ?? false, mine?.AbsenceReason);
    }

    public static string KindLabel(OrganizationKind kind) => kind switch
    {
        OrganizationKind.PartyCommittee => Text.Of("党委", "Party committee"),
        OrganizationKind.GeneralBranch => Text.Of("党总支", "General branch"),
        OrganizationKind.Branch => Text.Of("党支部", "Branch"),
        OrganizationKind.PartyGroup => Text.Of("党组", "Party group"),
        _ => kind.ToString(),
    };

    private async Task<bool> MayReadAsync(OrganizationTree tree, long organizationId, CancellationToken ct)
    {
        if (await user.MaySeeOrganizationAsync(organizationId, ct)) return true;
        // A member reads the event of the organization they belong to (or one above it).
        return await user.PersonAsync(roster, ct) is { } person && tree.IsWithin(person.OrganizationId, organizationId);
    }

    /// <summary>The organization's event (as just read or saved, null when none) with its attendance named and its state.</summary>
    private async Task<EducationDetail> DetailOfAsync(OrganizationTree tree, OrganizationInfo org, CampaignEvent? ev, CancellationToken ct)
    {
        var rules = await campaign.RulesAsync(ct);
        var state = EducationRules.StateOf(ev?.HeldOn, rules.EducationDue, campaign.Today);
        var names = await roster.FindManyAsync(ev?.Attendance.Select(a => a.PersonId) ?? [], ct);
        var lines = (ev?.Attendance ?? []).Select(a => new AttendanceLine(a.PersonId,
                names.TryGetValue(a.PersonId, out var p) ? p.Name : $"#{a.PersonId}",
                p is null ? "" : tree.NameOf(p.OrganizationId), a.Attended, a.AbsenceReason))
            .OrderBy(l => l.Organization, StringComparer.Ordinal).ThenBy(l => l.PersonId).ToList();
        return new EducationDetail(org.Id, org.Name, rules.EducationDue, state, state.Label(), ev?.Id, ev?.Title, ev?.HeldOn, ev?.Place,
            ev?.Tags ?? [], ev?.Summary, ev?.Hours, ev?.RecordedAt, ev?.RecordedBy, ev?.Version, lines);
    }

    private static Refusal? Validate(EducationInput input, SixOnesRules rules, DateOnly today, Dictionary<long, PersonInfo> members, string orgName)
    {
        Refusal No(string field, string zh, string en) => Refuse.Field(field, Text.Of(zh, en));
        if (string.IsNullOrWhiteSpace(input.Topic)) return No("topic", "请填写活动主题。", "Topic is required.");
        if (input.Topic.Trim().Length > MaxText) return No("topic", $"主题不超过{MaxText}字。", $"At most {MaxText} characters.");
        if (input.HeldOn is not { } held) return No("heldOn", "请填写活动日期。", "Date is required.");
        if (held.Year != rules.Year) return No("heldOn", $"活动日期应在{rules.Year}年内。", $"The date must fall in {rules.Year}.");
        if (held > today) return No("heldOn", "活动日期不能晚于今天：举行后再记录。", "Record the event once it is held.");
        if (string.IsNullOrWhiteSpace(input.Place)) return No("place", "请填写活动地点。", "Place is required.");
        if (input.Place.Trim().Length > MaxText) return No("place", $"地点不超过{MaxText}字。", $"At most {MaxText} characters.");
        if (input.Contents is not { Count: > 0 } contents) return No("contents", "请选择教育内容（反腐倡廉理论、党章等党内法规、国家法律法规）。", "Choose the content.");
        if (contents.FirstOrDefault(c => !EducationContents.All.Contains(c)) is { } unknown)
            return No("contents", $"“{unknown}”不是规定的教育内容（{string.Join("、", EducationContents.All)}）。", "Unknown content.");
        if (input.Hours is not { } hours || hours <= 0 || hours > 24) return No("hours", "学时应大于0、不超过24。", "Hours must be over 0 and at most 24.");
        if (input.Summary is { Length: > 4000 }) return No("summary", "活动内容简介不超过4000字。", "At most 4,000 characters.");
        if (input.Attendance is not { Count: > 0 } attendance) return No("attendance", "请登记出勤情况。", "Record the attendance.");
        if (attendance.GroupBy(a => a.PersonId).FirstOrDefault(g => g.Count() > 1) is { } twice)
            return No("attendance", $"人员 #{twice.Key} 重复登记。", "Listed twice.");
        if (attendance.FirstOrDefault(a => !members.ContainsKey(a.PersonId)) is { } stranger)
            return No("attendance", $"人员 #{stranger.PersonId} 不是{orgName}（含下级组织）的党员，不能登记出勤。", "Not a member of this organization.");
        if (!attendance.Any(a => a.Attended)) return No("attendance", "至少应有一人出席。", "At least one member attended.");
        if (attendance.Any(a => a.AbsenceReason is { Length: > MaxText })) return No("attendance", $"缺席原因不超过{MaxText}字。", $"At most {MaxText} characters.");
        return null;
    }
}
