using Modular.Plugins.CountyFiveActivities.Common;

namespace Modular.Plugins.CountyFiveActivities.ServingThePeople;

/// <summary>A service: the member (the caller when none is named), its kind, for whom, when, how many hours, what.</summary>
public sealed record ServiceInput(long? PersonId, ServiceKind? Kind, string? Beneficiary, DateOnly? ServedOn, decimal? Hours, string? Description);

/// <summary>A service as lists and the ledger show it, with the member's and organization's names.</summary>
public sealed record ServiceLine(ServiceRecord Record, string? Person, string? Organization);

/// <summary>Records a service to the people: by the member, or for them by whoever manages their organization; lists what the caller may see. For the API, the page and the demo.</summary>
public sealed class ServiceLog(CountyDbContext db, IRoster roster, ICurrentUser user, IOrganizationDirectory directory, CountyCampaign campaign)
{
    public async Task<Result<ServiceRecord>> RecordAsync(ServiceInput input, CancellationToken ct)
    {
        var personId = input.PersonId ?? await user.PersonIdAsync(ct);
        if (personId is not { } id || await roster.FindAsync(id, ct) is not { } person)
            return Refuse.Field("personId", Text.Of("请选择提供服务的党员。", "Choose the member who served."));
        if (!await user.MayActForPersonAsync(id, ct))
            return Refuse.Forbidden(Text.Of("只能记录本人或所管理组织党员的服务。", "You record your own services or those of the members you manage."));
        if (input.Kind is not { } kind) return Refuse.Field("kind", Text.Of("请选择服务类型。", "Choose the kind of service."));
        if (Entered.Text(input.Beneficiary) is not { } beneficiary) return Refuse.Field("beneficiary", Text.Of("请填写服务对象。", "Say whom the service was for."));
        if (input.ServedOn is not { } servedOn) return Refuse.Field("servedOn", Text.Of("请填写服务日期。", "Give the day of the service."));
        if (servedOn > campaign.Today) return Refuse.Field("servedOn", Text.Of("服务日期不能晚于今天。", "The day cannot be after today."));
        if (input.Hours is not { } hours || !ServiceRule.ValidHours(hours)) return Refuse.Field("hours", Text.Of("服务时长须大于0且不超过24小时。", "Hours are more than 0 and at most 24."));
        var row = new ServiceRecord
        {
            PersonId = id, OrganizationId = person.OrganizationId, Kind = kind, Beneficiary = beneficiary, ServedOn = servedOn, Hours = hours,
            Description = Entered.Text(input.Description), RecordedAt = campaign.Now,
        };
        db.ServiceRecords.Add(row);
        return await db.TrySaveAsync(ct) ? Result.Created($"services/{row.Id}", row) : Refuse.Conflict();
    }

    /// <summary>
    /// Services the caller may see, oldest first: within the organizations they serve or inspect (narrowed to
    /// <paramref name="organizationId"/>'s subtree when given), and their own when no subtree is asked for.
    /// </summary>
    public async Task<IReadOnlyList<ServiceRecord>> VisibleAsync(long? organizationId, CancellationToken ct)
    {
        var tree = await directory.TreeAsync(ct);
        var visible = user.VisibleOrganizations(tree);
        if (organizationId is { } root) visible.IntersectWith(tree.SubtreeIds(root));
        var me = await user.PersonIdAsync(ct);
        return [.. (await db.ServiceRecords.OrderBy(s => s.ServedOn).ThenBy(s => s.Id).ToListAsync(ct))
            .Where(s => visible.Contains(s.OrganizationId) || (organizationId is null && s.PersonId == me))];
    }

    /// <summary><see cref="VisibleAsync"/> with the member's and organization's names.</summary>
    public async Task<IReadOnlyList<ServiceLine>> LinesAsync(long? organizationId, CancellationToken ct)
    {
        var names = (await roster.MembersAsync(new RosterQuery(), ct)).ToDictionary(m => m.Id, m => m.Name);
        var tree = await directory.TreeAsync(ct);
        return [.. (await VisibleAsync(organizationId, ct)).Select(s => new ServiceLine(s, names.GetValueOrDefault(s.PersonId), tree.Find(s.OrganizationId)?.Name))];
    }
}
