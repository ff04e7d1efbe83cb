using Modular.Plugins.BannerSixOnes.Common;

namespace Modular.Plugins.BannerSixOnes.DailyNotes;

public enum InspectionStatus { NotOpened, Open, Closed }

/// <summary>One member's line in a quarter inspection: days with a note of the days due, hours, the verdict.</summary>
public sealed record InspectionLine(
    long PersonId, string Name, MemberCategory Category, bool IsOutgoing, int Notes, int DaysDue, decimal Hours,
    bool? Accepted, string? Comment, string? DecidedBy, DateTimeOffset? DecidedAt, int? Version)
{
    public int Percent => DaysDue == 0 ? 100 : (int)Math.Round(100m * Notes / DaysDue, MidpointRounding.AwayFromZero);
    /// <summary>Days written but short on time (under dailyNote.studyHours): not in <see cref="Notes"/>.</summary>
    public int Short { get; init; }
}

public sealed record InspectionEventView(string Action, string? Actor, DateTimeOffset At, string? Comment);

/// <summary>A branch's quarter inspection sheet (季度检查验收表).</summary>
public sealed record InspectionSheet(
    long OrganizationId, string OrganizationName, string QuarterKey, string QuarterLabel, DateOnly DueFrom, DateOnly DueTo,
    InspectionStatus Status, bool MayOpen, string? OpenedBy, DateTimeOffset? OpenedAt, string? ClosedBy, DateTimeOffset? ClosedAt,
    int? Version, IReadOnlyList<InspectionLine> Members, IReadOnlyList<InspectionEventView> Events)
{
    public int Undecided => Members.Count(m => m.Accepted is null);
}

/// <summary>
/// 季度检查验收: at (or after) the quarter's last day the branch secretary opens the inspection,
/// accepts each member or returns them with a comment, and closes it once everyone is decided —
/// which locks the quarter's notes for that branch. Only the office reopens a closed one.
/// </summary>
public sealed class InspectionService(
    SixOnesCampaign campaign, ICurrentUser user, IRoster roster, IOrganizationDirectory organizations,
    SixOnesDbContext db, NoteFigures figures, ICountedTexts texts)
{
    public async Task<Result<InspectionSheet>> SheetAsync(long organizationId, string? quarterKey, CancellationToken ct)
    {
        var rules = await campaign.RulesAsync(ct);
        if (rules.CampaignQuarter(quarterKey) is not { } quarter)
            return Result<InspectionSheet>.Refused("quarter", Text.Of($"季度应为活动年度内的季度，如 {rules.Year}-Q2。", $"Give a quarter of the campaign, e.g. {rules.Year}-Q2."));
        if (await organizations.FindAsync(organizationId, ct) is not { } organization)
            return Result<InspectionSheet>.NotFound(Text.Of("没有这个组织。", "No such organization."));
        if (!await user.MaySeeOrganizationAsync(organizationId, ct))
            return Result<InspectionSheet>.Forbidden(Text.Of("无权查看该组织的检查验收。", "You may not see this organization's inspection."));
        return Result<InspectionSheet>.Ok(await BuildAsync(rules, organization, quarter, ct));
    }

    private async Task<InspectionSheet> BuildAsync(SixOnesRules rules, OrganizationInfo organization, Quarter quarter, CancellationToken ct)
    {
        var due = rules.DueDays(quarter)!.Value;
        var members = await DirectMembersAsync(organization.Id, ct);
        var counts = await figures.PerMemberAsync([.. members.Select(m => m.Id)], due.From, due.To, ct);
        var inspection = await FindAsync(organization.Id, quarter, ct);
        var verdicts = inspection is null ? [] : await db.Verdicts.Where(v => v.InspectionId == inspection.Id).ToDictionaryAsync(v => v.PersonId, ct);
        var events = inspection is null ? [] : await db.InspectionEvents.Where(e => e.InspectionId == inspection.Id).OrderBy(e => e.At).ThenBy(e => e.Id)
            .Select(e => new InspectionEventView(e.Action, e.Actor, e.At, e.Comment)).ToListAsync(ct);
        var lines = members.Select(m =>
        {
            counts.TryGetValue(m.Id, out var c);
            verdicts.TryGetValue(m.Id, out var v);
            return new InspectionLine(m.Id, m.Name, m.Category, m.IsOutgoing, c?.Notes ?? 0, due.Length(), c?.Hours ?? 0,
                v?.Accepted, v?.Comment, v?.DecidedBy, v?.DecidedAt, v?.Version) { Short = c?.Short ?? 0 };
        }).OrderBy(l => l.Name, StringComparer.Ordinal).ToList();
        var status = inspection is null ? InspectionStatus.NotOpened : inspection.IsClosed ? InspectionStatus.Closed : InspectionStatus.Open;
        return new InspectionSheet(organization.Id, organization.Name, quarter.Key, quarter.Label, due.From, due.To, status,
            rules.InspectionMayOpen(quarter, campaign.Today), inspection?.OpenedBy, inspection?.OpenedAt, inspection?.ClosedBy, inspection?.ClosedAt,
            inspection?.Version, lines, events);
    }

    /// <summary>Members whose own organization this is (not its subtree): the branch's notebooks.</summary>
    public async Task<IReadOnlyList<PersonInfo>> DirectMembersAsync(long organizationId, CancellationToken ct) =>
        [.. (await roster.MembersAsync(new RosterQuery { SubtreeRootId = organizationId }, ct)).Where(p => p.OrganizationId == organizationId)];

    private Task<NoteInspection?> FindAsync(long organizationId, Quarter quarter, CancellationToken ct) =>
        db.Inspections.AsTracking().FirstOrDefaultAsync(i => i.OrganizationId == organizationId && i.QuarterKey == quarter.Key, ct);

    public Task<Result<InspectionSheet>> OpenAsync(long organizationId, string? quarterKey, CancellationToken ct) =>
        ManageAsync(organizationId, quarterKey, async (rules, organization, quarter, inspection) =>
        {
            if (inspection is not null)
                return inspection.IsClosed ? Result<InspectionSheet>.Refused("quarter", Text.Of($"{quarter.Label}的检查验收已结束。", $"The inspection of {quarter.Name} is closed.")) : null;
            if (!rules.InspectionMayOpen(quarter, campaign.Today))
                return Result<InspectionSheet>.Refused("quarter",
                    Text.Of($"{quarter.Label}的检查验收自 {rules.DueDays(quarter)!.Value.To:yyyy-MM-dd}（季度末）起开始。", $"The inspection of {quarter.Name} opens on {rules.DueDays(quarter)!.Value.To:yyyy-MM-dd} (the quarter's last day)."));
            var opened = new NoteInspection { OrganizationId = organization.Id, QuarterKey = quarter.Key, OpenedBy = user.DisplayName, OpenedAt = campaign.Now };
            db.Inspections.Add(opened);
            if (await SaveAsync(ct) is { } conflict) return conflict;
            Log(opened, "opened", null);
            return await SaveAsync(ct);
        }, ct);

    /// <summary>Accepts the member (comment optional) or returns them (comment required). <paramref name="version"/> guards against a concurrent decision.</summary>
    public Task<Result<InspectionSheet>> DecideAsync(long organizationId, string? quarterKey, long personId, bool accept, string? comment, int? version, CancellationToken ct) =>
        ManageAsync(organizationId, quarterKey, async (rules, organization, quarter, inspection) =>
        {
            if (OpenRequired(inspection, quarter) is { } refused) return refused;
            if (!accept && string.IsNullOrWhiteSpace(comment))
                return Result<InspectionSheet>.Refused("comment", Text.Of("退回时请填写意见。", "Say why the notes are returned."));
            if ((await DirectMembersAsync(organization.Id, ct)).All(m => m.Id != personId))
                return Result<InspectionSheet>.Refused("personId", Text.Of("该党员不在本支部。", "Not a member of this organization."));
            var verdict = await db.Verdicts.AsTracking().FirstOrDefaultAsync(v => v.InspectionId == inspection!.Id && v.PersonId == personId, ct);
            if (version is { } expected && (verdict?.Version ?? -1) != expected)
                return Result<InspectionSheet>.Conflict(Text.Of("该党员的验收结论已被他人修改，请刷新后再试。", "Changed by someone else; reload."));
            if (verdict is null)
                db.Verdicts.Add(verdict = new NoteVerdict { InspectionId = inspection!.Id, PersonId = personId });
            else
                verdict.Version++;
            verdict.Accepted = accept;
            verdict.Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
            verdict.DecidedBy = user.DisplayName;
            verdict.DecidedAt = campaign.Now;
            return await SaveAsync(ct);
        }, ct);

    /// <summary>其余全部通过: accepts every member not decided yet (the secretary has returned those whose notes fall short).</summary>
    public Task<Result<InspectionSheet>> AcceptRestAsync(long organizationId, string? quarterKey, string? comment, CancellationToken ct) =>
        ManageAsync(organizationId, quarterKey, async (rules, organization, quarter, inspection) =>
        {
            if (OpenRequired(inspection, quarter) is { } refused) return refused;
            var decided = (await db.Verdicts.Where(v => v.InspectionId == inspection!.Id).Select(v => v.PersonId).ToListAsync(ct)).ToHashSet();
            var rest = (await DirectMembersAsync(organization.Id, ct)).Where(m => !decided.Contains(m.Id)).ToList();
            if (rest.Count == 0)
                return Result<InspectionSheet>.Refused("members", Text.Of("全部党员已作结论。", "Every member is decided already."));
            foreach (var member in rest)
                db.Verdicts.Add(new NoteVerdict
                {
                    InspectionId = inspection!.Id, PersonId = member.Id, Accepted = true, Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(),
                    DecidedBy = user.DisplayName, DecidedAt = campaign.Now,
                });
            return await SaveAsync(ct);
        }, ct);

    /// <summary>Closes the inspection once every member is decided; the quarter is then locked for this branch.</summary>
    public Task<Result<InspectionSheet>> CloseAsync(long organizationId, string? quarterKey, int? version, CancellationToken ct) =>
        ManageAsync(organizationId, quarterKey, async (rules, organization, quarter, inspection) =>
        {
            if (OpenRequired(inspection, quarter) is { } refused) return refused;
            if (version is { } expected && inspection!.Version != expected)
                return Result<InspectionSheet>.Conflict(Text.Of("检查验收已被他人修改，请刷新后再试。", "Changed by someone else; reload."));
            var members = await DirectMembersAsync(organization.Id, ct);
            var decided = await db.Verdicts.Where(v => v.InspectionId == inspection!.Id).Select(v => v.PersonId).ToListAsync(ct);
            var undecided = members.Where(m => !decided.Contains(m.Id)).Select(m => m.Name).Order(StringComparer.Ordinal).ToList();
            if (undecided.Count > 0)
                return Result<InspectionSheet>.Refused("members", Text.Of($"还有 {undecided.Count} 名党员未作验收结论：{string.Join("、", undecided)}。",
                    $"{undecided.Count} member(s) have no verdict yet: {string.Join(", ", undecided)}."));
            // The quarter closes for this branch's members in the SDK's counted texts too, where a note being
            // saved at this moment is either in before the lock or refused (InspectionLocks only reads).
            var locked = await texts.LockAsync(DailyNoteService.Kind, quarter.Start, quarter.End, $"{quarter.Label}检查验收已结束",
                organizationId: organization.Id, withSubtree: false, cancellationToken: ct);
            if (!locked.Succeeded) return Result<InspectionSheet>.Refused("quarter", string.Join(" ", locked.Errors.SelectMany(e => e.Value)));
            inspection!.ClosedBy = user.DisplayName;
            inspection.ClosedAt = campaign.Now;
            inspection.PeriodLockId = locked.Value!.Id;
            inspection.Version++;
            Log(inspection, "closed", null);
            if (await SaveAsync(ct) is { } conflict)
            {
                await texts.UnlockAsync(locked.Value.Id, CancellationToken.None);
                return conflict;
            }
            return null;
        }, ct);

    /// <summary>The office reopens a closed inspection (with a reason, kept in the log); the quarter is writable again.</summary>
    public async Task<Result<InspectionSheet>> ReopenAsync(long organizationId, string? quarterKey, string? reason, CancellationToken ct)
    {
        if (!user.IsJurisdictionAdmin)
            return Result<InspectionSheet>.Forbidden(Text.Of("只有旗创先争优办可以重新打开已结束的检查验收。", "Only the banner office reopens a closed inspection."));
        return await ManageAsync(organizationId, quarterKey, async (rules, organization, quarter, inspection) =>
        {
            if (inspection is not { IsClosed: true })
                return Result<InspectionSheet>.Refused("quarter", Text.Of($"{quarter.Label}的检查验收尚未结束。", $"The inspection of {quarter.Name} is not closed yet."));
            if (string.IsNullOrWhiteSpace(reason))
                return Result<InspectionSheet>.Refused("reason", Text.Of("请填写重新打开的原因。", "Give a reason."));
            if (inspection.PeriodLockId is { } lockId) await texts.UnlockAsync(lockId, ct);
            inspection.PeriodLockId = null;
            inspection.ClosedAt = null;
            inspection.ClosedBy = null;
            inspection.Version++;
            Log(inspection, "reopened", reason.Trim());
            return await SaveAsync(ct);
        }, ct);
    }

    private static Result<InspectionSheet>? OpenRequired(NoteInspection? inspection, Quarter quarter) => inspection switch
    {
        null => Result<InspectionSheet>.Refused("quarter", Text.Of($"{quarter.Label}的检查验收尚未开始。", $"The inspection of {quarter.Name} is not open yet.")),
        { IsClosed: true } => Result<InspectionSheet>.Refused("quarter", Text.Of($"{quarter.Label}的检查验收已结束。", $"The inspection of {quarter.Name} is closed.")),
        _ => null,
    };

    private void Log(NoteInspection inspection, string action, string? comment) =>
        db.InspectionEvents.Add(new NoteInspectionEvent { InspectionId = inspection.Id, Action = action, Actor = user.DisplayName, At = campaign.Now, Comment = comment });

    private async Task<Result<InspectionSheet>?> SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateException failure) when (SaveConflicts.IsConflict(failure))
        {
            // A concurrent decision or a second open of the same inspection (version or unique key).
            return Result<InspectionSheet>.Conflict(Text.Of("检查验收已被他人修改，请刷新后再试。", "Changed by someone else; reload."));
        }
    }

    // Checks the quarter, the organization and that the caller manages it; runs the action in a
    // transaction; answers with the sheet as it now stands (or the action's refusal).
    private async Task<Result<InspectionSheet>> ManageAsync(long organizationId, string? quarterKey,
        Func<SixOnesRules, OrganizationInfo, Quarter, NoteInspection?, Task<Result<InspectionSheet>?>> action, CancellationToken ct)
    {
        var rules = await campaign.RulesAsync(ct);
        if (rules.CampaignQuarter(quarterKey) is not { } quarter)
            return Result<InspectionSheet>.Refused("quarter", Text.Of($"季度应为活动年度内的季度，如 {rules.Year}-Q2。", $"Give a quarter of the campaign, e.g. {rules.Year}-Q2."));
        if (await organizations.FindAsync(organizationId, ct) is not { } organization)
            return Result<InspectionSheet>.NotFound(Text.Of("没有这个组织。", "No such organization."));
        if (!await user.ManagesOrganizationAsync(organizationId, ct))
            return Result<InspectionSheet>.Forbidden(Text.Of("只有本支部书记（组织委员）或旗创先争优办可以检查验收。", "Only the branch's secretary (organization officer) or the banner office inspects."));
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            var inspection = await FindAsync(organizationId, quarter, ct);
            if (await action(rules, organization, quarter, inspection) is { } refused) return refused;
            await tx.CommitAsync(ct);
        }
        db.ChangeTracker.Clear();
        return Result<InspectionSheet>.Ok(await BuildAsync(rules, organization, quarter, ct));
    }
}
