using System.Globalization;
using Modular.Plugins.CountyFiveActivities.Common;

namespace Modular.Plugins.CountyFiveActivities.Showcase;

/// <summary>An exhibition, seminar or exchange meeting: who holds it, its name, day, hours, place, the typical models it shows, visitors; <paramref name="Version"/> when correcting it.</summary>
public sealed record ShowcaseInput(ShowcaseKind? Kind, long? OrganizationId, string? Title, DateOnly? HeldOn, decimal? Hours, string? Place = null, string? Summary = null,
    IReadOnlyList<long>? ModelIds = null, int? Visitors = null, int? Version = null);

public sealed record ShowcasedModel(long Id, string Name, string Title);

public sealed record ShowcaseView(long Id, ShowcaseKind Kind, string KindName, long OrganizationId, string Organization, string Title, DateOnly HeldOn, decimal Hours,
    string? Place, string? Summary, int? Visitors, IReadOnlyList<ShowcasedModel> Models, bool Held, string StateName, string? RecordedBy, DateTimeOffset RecordedAt, int Version);

/// <summary>展示成果: whoever manages a party organization (the county office for the county) records its stage-4 events; everyone of the jurisdiction reads them. For the API, the pages and the demo.</summary>
public sealed class ShowcaseService(ICampaignEvents events, CountyDbContext db, IRoster roster, IOrganizationDirectory directory, ICurrentUser user, CountyCampaign campaign)
{
    private const string KindKey = "kind", ModelsKey = "models", VisitorsKey = "visitors";

    private static string NoEvent(long id) => Text.Of($"没有编号为 {id} 的展示活动。", $"There is no showcase event {id}.");

    public async Task<IReadOnlyList<ShowcaseView>> ListAsync(CancellationToken ct)
    {
        var all = await events.ListAsync(new EventQuery(ShowcaseRule.Source), ct);
        var models = await ModelsAsync(ct);
        var tree = await directory.TreeAsync(ct);
        return [.. all.OrderBy(e => e.HeldOn).ThenBy(e => e.Id).Select(e => View(e, tree, models))];
    }

    public async Task<Result<ShowcaseView>> FindAsync(long id, CancellationToken ct)
    {
        var found = await events.FindAsync(ShowcaseRule.Source, id, ct);
        return found is null ? Refuse.NotFound(NoEvent(id)) : Result.Ok(View(found, await directory.TreeAsync(ct), await ModelsAsync(ct)));
    }

    public async Task<Result<ShowcaseView>> RecordAsync(ShowcaseInput input, CancellationToken ct)
    {
        var built = await BuildAsync(input, ct);
        if (!built.Succeeded) return Refuse.As(built);
        var saved = await events.CreateAsync(built.Value!, [], ct);
        if (!saved.Succeeded) return Refuse.As(saved);
        var view = View(saved.Value!, await directory.TreeAsync(ct), await ModelsAsync(ct));
        return Result.Created($"showcase/{view.Id}", view);
    }

    /// <summary>Corrects an event read at <see cref="ShowcaseInput.Version"/> (a stale one is 409); its organization stays.</summary>
    public async Task<Result<ShowcaseView>> UpdateAsync(long id, ShowcaseInput input, CancellationToken ct)
    {
        var found = await events.FindAsync(ShowcaseRule.Source, id, ct);
        if (found is null) return Refuse.NotFound(NoEvent(id));
        if (!await user.ManagesOrganizationAsync(found.OrganizationId, ct)) return Refuse.Forbidden();
        if (input.Version is not { } version) return Refuse.Field("version", Text.Of("请带上读取时的版本号。", "Give the version you read."));
        var built = await BuildAsync(input with { OrganizationId = found.OrganizationId }, ct);
        if (!built.Succeeded) return Refuse.As(built);
        var saved = await events.UpdateAsync(id, version, built.Value!, [], ct);
        if (!saved.Succeeded) return Refuse.As(saved);
        return Result.Ok(View(saved.Value!, await directory.TreeAsync(ct), await ModelsAsync(ct)));
    }

    /// <summary>The organizations the user may hold showcase events for: the party organizations they manage.</summary>
    public async Task<IReadOnlyList<OrganizationInfo>> HoldersAsync(CancellationToken ct)
    {
        var tree = await directory.TreeAsync(ct);
        var holders = new List<OrganizationInfo>();
        foreach (var o in tree.All.Where(o => o.Kind == OrganizationKind.PartyCommittee))
            if (await user.ManagesOrganizationAsync(o.Id, ct)) holders.Add(o);
        return holders;
    }

    private async Task<Result<EventDraft>> BuildAsync(ShowcaseInput input, CancellationToken ct)
    {
        var tree = await directory.TreeAsync(ct);
        if (input.OrganizationId is not { } orgId) return Refuse.Field("organizationId", Text.Of("请选择举办的党组织。", "Choose the organization holding it."));
        if (tree.Find(orgId) is not { } org || !OrganizationTree.IsPartyOrganization(org)) return Refuse.Field("organizationId", References.NoOrganization(orgId));
        if (!await user.ManagesOrganizationAsync(orgId, ct))
            return Refuse.Forbidden(Text.Of("展示活动由举办的党组织或上级登记。", "The organization holding it, or a level above, records it."));
        var title = Entered.Text(input.Title);
        var errors = ShowcaseRule.Problems(await campaign.RulesAsync(ct), input.Kind, title, input.HeldOn, input.Hours, input.Visitors);
        if (Limits.TooLong(Entered.Text(input.Place), Limits.Line) is { } place) errors["place"] = [place];
        if (Limits.TooLong(Entered.Text(input.Summary), Limits.Note) is { } summary) errors["summary"] = [summary];
        var modelIds = (input.ModelIds ?? []).Distinct().ToList();
        var known = await db.TypicalModels.Where(m => modelIds.Contains(m.Id)).Select(m => m.Id).ToListAsync(ct);
        if (modelIds.FirstOrDefault(id => !known.Contains(id)) is > 0 and var unknown)
            errors["modelIds"] = [Text.Of($"没有编号为 {unknown} 的先进典型。", $"There is no typical model {unknown}.")];
        if (errors.Count > 0) return Refuse.Fields(errors);
        var details = new Dictionary<string, string>
        {
            [KindKey] = input.Kind!.Value.ToString(),
            [ModelsKey] = string.Join(',', modelIds.Order().Select(i => i.ToString(CultureInfo.InvariantCulture))),
        };
        if (input.Visitors is { } visitors) details[VisitorsKey] = visitors.ToString(CultureInfo.InvariantCulture);
        return Result.Ok(new EventDraft(ShowcaseRule.Source, input.Kind == ShowcaseKind.Exhibition ? EventCategories.Other : EventCategories.Meeting, orgId, title!,
            input.HeldOn!.Value, input.Hours!.Value, Entered.Text(input.Place), Entered.Text(input.Summary), Details: details, RecordedBy: user.DisplayName));
    }

    private async Task<Dictionary<long, ShowcasedModel>> ModelsAsync(CancellationToken ct)
    {
        var models = await db.TypicalModels.ToListAsync(ct);
        var names = await roster.FindManyAsync(models.Select(m => m.PersonId).OfType<long>(), ct);
        var tree = await directory.TreeAsync(ct);
        return models.ToDictionary(m => m.Id, m => new ShowcasedModel(m.Id, m.PersonId is { } p ? names.GetValueOrDefault(p)?.Name ?? $"#{p}" : tree.NameOf(m.OrganizationId), m.Title));
    }

    private ShowcaseView View(CampaignEvent e, OrganizationTree tree, IReadOnlyDictionary<long, ShowcasedModel> models)
    {
        var kind = Enum.TryParse<ShowcaseKind>(e.Detail(KindKey), out var k) ? k : ShowcaseKind.ExchangeMeeting;
        var shown = (e.Detail(ModelsKey) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => long.Parse(s, CultureInfo.InvariantCulture))
            .Select(id => models.GetValueOrDefault(id)).OfType<ShowcasedModel>().ToList();
        int? visitors = int.TryParse(e.Detail(VisitorsKey), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;
        var held = e.HeldOn <= campaign.Today;
        return new(e.Id, kind, ShowcaseRule.KindName(kind), e.OrganizationId, tree.NameOf(e.OrganizationId), e.Title, e.HeldOn, e.Hours, e.Place, e.Summary, visitors,
            shown, held, ShowcaseRule.StateName(held), e.RecordedBy, e.RecordedAt, e.Version);
    }
}
