using Modular.Plugins.CountyFiveActivities.Common;
using Modular.Plugins.CountyFiveActivities.Data;

namespace Modular.Plugins.CountyFiveActivities.Activities;

/// <summary>
/// 五项活动之四 “亮牌示范”: 党员先锋岗、示范户、责任区、示范车、示范单位、示范基地 assigned to members by
/// their organization and listed publicly (every user of the jurisdiction reads the list).
/// </summary>
public static class BadgesFeature
{
    public sealed record BadgeInput(BadgeKind? Kind, string? Name, long? PersonId, DateOnly? AssignedOn, string? Note);

    public sealed record BadgeRow(long Id, BadgeKind Kind, string KindName, string Name, long PersonId, string PersonName, long OrganizationId, string OrganizationName, DateOnly AssignedOn, string? Note);

    public static void Register(IPluginBuilder plugin)
    {
        plugin.AddLedger<BadgeList>("badges", new("亮牌示范公示台账", "Badges shown"), async (s, q, ct) => Result.Ok(Ledger(await s.RowsAsync(ct))));
        plugin.Services.AddScoped<BadgeList>();
        plugin.Services.AddScoped<BadgeService>();
    }

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/badges", async (BadgeInput input, BadgeService badges, CancellationToken ct) => (await badges.AssignAsync(input, ct)).ToHttpResult());

        api.MapDelete("/badges/{id:long}", async (long id, BadgeService badges, CancellationToken ct) =>
            (await badges.RemoveAsync(id, ct)).ToHttpResult(_ => Results.NoContent()));

        api.MapGet("/badges", async (BadgeList list, CancellationToken ct) => Results.Ok(await list.RowsAsync(ct)));
    }

    /// <summary>亮牌示范公示台账: one row per badge.</summary>
    public static LedgerDefinition Ledger(IReadOnlyList<BadgeRow> rows) => new("亮牌示范公示台账",
        [new("类型"), new("名称", Width: 24), new("党员"), new("所在党组织", Width: 24), new("设立日期", LedgerColumnType.Date), new("备注", Width: 24)],
        [.. rows.Select(r => (IReadOnlyList<object?>)[r.KindName, r.Name, r.PersonName, r.OrganizationName, r.AssignedOn, r.Note])]);

    public static string KindName(BadgeKind kind) => kind switch
    {
        BadgeKind.PioneerPost => "党员先锋岗",
        BadgeKind.DemonstrationHousehold => "党员示范户",
        BadgeKind.ResponsibilityZone => "党员责任区",
        BadgeKind.DemonstrationVehicle => "党员示范车",
        BadgeKind.DemonstrationUnit => "示范单位",
        _ => "示范基地",
    };
}

/// <summary>The public list (公示): every badge of the jurisdiction with the member's and organization's names.</summary>
public sealed class BadgeList(CountyDbContext db, IRoster roster, IOrganizationDirectory directory)
{
    public async Task<IReadOnlyList<BadgesFeature.BadgeRow>> RowsAsync(CancellationToken ct)
    {
        var names = (await roster.MembersAsync(new RosterQuery(), ct)).ToDictionary(m => m.Id, m => m.Name);
        var tree = await directory.TreeAsync(ct);
        return [.. (await db.Badges.ToListAsync(ct)).OrderBy(b => (int)b.Kind).ThenBy(b => b.Id).Select(b => new BadgesFeature.BadgeRow(
            b.Id, b.Kind, BadgesFeature.KindName(b.Kind), b.Name, b.PersonId, names.GetValueOrDefault(b.PersonId) ?? "", b.OrganizationId, tree.Find(b.OrganizationId)?.Name ?? "", b.AssignedOn, b.Note))];
    }
}

/// <summary>亮牌: the member's organization (or above) assigns a post, household, zone, vehicle, unit or base to a member, or takes it back. For the API and the demo.</summary>
public sealed class BadgeService(CountyDbContext db, IRoster roster, ICurrentUser user, CountyCampaign campaign)
{
    public async Task<Result<Badge>> AssignAsync(BadgesFeature.BadgeInput input, CancellationToken ct)
    {
        if (input.Kind is not { } kind) return Refuse.Field("kind", Text.Of("请选择亮牌类型。", "Choose the kind of badge."));
        if (Entered.Text(input.Name) is not { } name) return Refuse.Field("name", Text.Of("请填写岗、户、区、车、单位或基地的名称。", "Give the name of the post, household, zone, vehicle, unit or base."));
        if (input.PersonId is not { } personId || await roster.FindAsync(personId, ct) is not { } person)
            return Refuse.Field("personId", Text.Of("请选择承担的党员。", "Choose the member who holds it."));
        if (!await user.ManagesOrganizationAsync(person.OrganizationId, ct))
            return Refuse.Forbidden(Text.Of("亮牌示范岗位由党组织设置。", "The member's organization assigns badges."));
        var row = new Badge { Kind = kind, Name = name, PersonId = personId, OrganizationId = person.OrganizationId, AssignedOn = input.AssignedOn ?? campaign.Today, Note = Entered.Text(input.Note) };
        db.Badges.Add(row);
        return await db.TrySaveAsync(ct) ? Result.Created($"badges/{row.Id}", row) : Refuse.Conflict();
    }

    /// <summary>Takes a badge back: whoever manages the member's organization.</summary>
    public async Task<Result<bool>> RemoveAsync(long id, CancellationToken ct)
    {
        var row = await db.Badges.AsTracking().SingleOrDefaultAsync(b => b.Id == id, ct);
        if (row is null) return Refuse.NotFound(Text.Of("未找到该亮牌记录。", "No such badge."));
        if (!await user.ManagesOrganizationAsync(row.OrganizationId, ct)) return Refuse.Forbidden();
        db.Badges.Remove(row);
        return await db.TrySaveAsync(ct) ? Result.Ok(true) : Refuse.Conflict();
    }
}
