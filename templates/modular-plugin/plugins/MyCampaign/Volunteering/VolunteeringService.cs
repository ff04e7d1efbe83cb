namespace Modular.Plugins.MyCampaign.Volunteering;

/// <summary>An activity as a branch records it (the page's form and the API's body alike).</summary>
public sealed record ActivityInput(long? OrganizationId, DateOnly? HeldOn, string? Title, int? Participants, string? Note);

/// <summary>An activity as read back.</summary>
public sealed record ActivityView(long Id, long OrganizationId, string Organization, DateOnly HeldOn, string Title, int Participants,
    string? Note, string? RecordedBy, DateTimeOffset RecordedAt);

/// <summary>One branch's month: the day it is due by, its first activity, how many it held, where it stands.</summary>
public sealed record BranchMonth(long OrganizationId, string Organization, DateOnly Month, DateOnly DueOn, ActivityView? First, int Held, DueState State);

/// <summary>
/// Recording and reading the branches' volunteer service, for the API, the page and the demo alike: who may do what is
/// checked here, so every way in goes through the same checks.
/// </summary>
public sealed class VolunteeringService(MyCampaignDbContext db, ICurrentUser user, IOrganizationDirectory directory, MyCampaignCampaign campaign,
    IObligationRecords obligations)
{
    /// <summary>A branch's activity, recorded by its officers, those above it or the office: 201 with the activity, or why not by field.</summary>
    public async Task<Result<ActivityView>> RecordAsync(ActivityInput input, CancellationToken ct)
    {
        if (input.OrganizationId is not { } organizationId)
            return Refuse.Field("organizationId", Text.Of("请选择党支部。", "Choose the party branch."));
        var tree = await directory.TreeAsync(ct);
        if (tree.Find(organizationId) is not { } branch)
            return Refuse.Field("organizationId", References.NoOrganization(organizationId));
        if (branch.Kind != OrganizationKind.Branch)
            return Refuse.Field("organizationId", Text.Of("党员志愿服务由党支部组织，请选择党支部。", "Party branches organize the service; choose a branch."));
        if (!await user.ManagesOrganizationAsync(organizationId, ct))
            return Refuse.Forbidden(Text.Of("只有本支部、上级党组织的负责人或办公室可以登记。", "Only the branch's officers, those above it or the office record its service."));

        var rule = await campaign.RulesAsync(ct);
        var errors = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        if (input.HeldOn is not { } heldOn) errors["heldOn"] = [Text.Of("请填写服务日期。", "Give the day of the service.")];
        else if (!rule.InCampaign(heldOn))
            errors["heldOn"] = [Text.Of($"服务日期应在 {rule.Start:yyyy-MM-dd} 至 {rule.End:yyyy-MM-dd} 之间。", $"The day is between {rule.Start:yyyy-MM-dd} and {rule.End:yyyy-MM-dd}.")];
        else if (heldOn > campaign.Today) errors["heldOn"] = [Text.Of("不能登记尚未开展的活动。", "An activity not held yet cannot be recorded.")];
        var title = Entered.Text(input.Title);
        if (title is null) errors["title"] = [Text.Of("请填写服务内容。", "Say what was done.")];
        else if (Limits.TooLong(title, Limits.Line) is { } longTitle) errors["title"] = [longTitle];
        if (input.Participants is not { } participants) errors["participants"] = [Text.Of("请填写参加党员人数。", "Give the number of members who took part.")];
        else if (rule.ParticipantsProblem(participants) is { } few) errors["participants"] = [few];
        var note = Entered.Text(input.Note);
        if (Limits.TooLong(note, Limits.Note) is { } longNote) errors["note"] = [longNote];
        if (errors.Count > 0) return Refuse.Fields(errors);

        var row = new VolunteerActivity
        {
            OrganizationId = organizationId, HeldOn = input.HeldOn!.Value, Title = title!, Participants = input.Participants!.Value, Note = note,
            RecordedBy = user.DisplayName, RecordedAt = campaign.Now,
        };
        db.VolunteerActivities.Add(row);
        await db.SaveChangesAsync(ct); // one save: one transaction

        // The month's first activity meets the branch's obligation for the month at once (calendars and rollups change now);
        // a later one in the same month changes nothing there.
        var month = VolunteeringRule.MonthOf(row.HeldOn);
        var first = await db.VolunteerActivities.Where(a => a.OrganizationId == organizationId && a.HeldOn >= month && a.HeldOn < month.AddMonths(1))
            .OrderBy(a => a.HeldOn).ThenBy(a => a.Id).Select(a => a.Id).FirstAsync(ct);
        if (first == row.Id)
            await obligations.RecordAsync(VolunteeringObligations.Monthly.Key, ObligedKind.Organization, organizationId, month,
                VolunteeringObligations.RecordRef(row.Id), VolunteeringObligations.MetAt(row.HeldOn, campaign.Jurisdiction), ct);
        return Result.Created($"volunteering/{row.Id}", View(row, tree));
    }

    /// <summary>One activity, for whoever sees its branch; anyone else is told there is none.</summary>
    public async Task<Result<ActivityView>> FindAsync(long id, CancellationToken ct)
    {
        var row = await db.VolunteerActivities.SingleOrDefaultAsync(a => a.Id == id, ct);
        if (row is null || !await user.MaySeeOrganizationAsync(row.OrganizationId, ct))
            return Refuse.NotFound(Text.Of($"没有编号为 {id} 的志愿服务记录。", $"There is no volunteer service record {id}."));
        return Result.Ok(View(row, await directory.TreeAsync(ct)));
    }

    /// <summary>The activities of the branches the user sees (<see cref="Visibility.VisibleOrganizations"/>), latest first, a page at a time.</summary>
    public async Task<ListPage<ActivityView>> ListAsync(PageRequest page, CancellationToken ct)
    {
        var tree = await directory.TreeAsync(ct);
        var visible = user.VisibleOrganizations(tree).ToArray();
        var rows = await db.VolunteerActivities.Where(a => visible.Contains(a.OrganizationId))
            .OrderByDescending(a => a.HeldOn).ThenByDescending(a => a.Id).ToListPageAsync(page, ct);
        return rows.Map(r => View(r, tree));
    }

    /// <summary>Every branch the user sees, month by month from the campaign's start to this month: the ledger's and the page's rows.</summary>
    public async Task<IReadOnlyList<BranchMonth>> MonthsAsync(CancellationToken ct)
    {
        var rule = await campaign.RulesAsync(ct);
        var today = campaign.Today;
        var tree = await directory.TreeAsync(ct);
        var visible = user.VisibleOrganizations(tree);
        var branches = tree.All.Where(o => o.Kind == OrganizationKind.Branch && visible.Contains(o.Id)).ToList();
        var ids = branches.Select(b => b.Id).ToArray();
        var held = (await db.VolunteerActivities.Where(a => ids.Contains(a.OrganizationId)).OrderBy(a => a.HeldOn).ThenBy(a => a.Id).ToListAsync(ct))
            .ToLookup(a => (a.OrganizationId, VolunteeringRule.MonthOf(a.HeldOn)));
        return [.. from month in rule.MonthsUpTo(today)
                   from branch in branches
                   let inMonth = held[(branch.Id, month)].ToList()
                   let first = inMonth.FirstOrDefault()
                   select new BranchMonth(branch.Id, branch.Name, month, rule.DueOn(month), first is null ? null : View(first, tree), inMonth.Count,
                       rule.StateOf(month, first?.HeldOn, today))];
    }

    /// <summary>The branches whose service the user records (the page offers these): those they manage.</summary>
    public async Task<IReadOnlyList<OrganizationInfo>> RecordableBranchesAsync(CancellationToken ct)
    {
        var branches = new List<OrganizationInfo>();
        foreach (var branch in (await directory.TreeAsync(ct)).All.Where(o => o.Kind == OrganizationKind.Branch))
            if (await user.ManagesOrganizationAsync(branch.Id, ct)) branches.Add(branch);
        return branches;
    }

    private static ActivityView View(VolunteerActivity a, OrganizationTree tree) =>
        new(a.Id, a.OrganizationId, tree.NameOf(a.OrganizationId), a.HeldOn, a.Title, a.Participants, a.Note, a.RecordedBy, a.RecordedAt);
}
