using Microsoft.AspNetCore.Mvc;
using Modular.Jurisdictions;
using Modular.Modules.Web;
using Modular.Sdk;

namespace Modular.Organizations.Pages.Roster;

internal sealed class OrganizationModel(OrganizationService organizations, PeopleService people, IJurisdictionContext jurisdiction) : FormPageModel
{
    public OrganizationService.Node Node { get; private set; } = null!;
    public IReadOnlyList<OrganizationService.Node> All { get; private set; } = [];
    public IReadOnlyList<Officer> Officers { get; private set; } = [];
    public IReadOnlyList<PeopleService.View> Members { get; private set; } = [];
    public string Code => jurisdiction.Required.Code;
    public RosterActor Actor => RosterActor.From(User);
    public bool MayEdit { get; private set; }

    private async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        All = await organizations.NodesAsync(ct);
        if (All.FirstOrDefault(n => n.Id == id) is not { } node) return false;
        Node = node;
        Officers = await organizations.OfficersAsync(id, ct);
        Members = await people.ListAllAsync(Actor, new PeopleService.Filter { OrganizationId = id }, ct);
        MayEdit = Actor.MayEdit(await organizations.TreeAsync(ct), id);
        return true;
    }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(long id, string? code, string? name, string? kind, string? sector, DateOnly? establishedOn, string? contact, int? version, CancellationToken ct) =>
        await Done(id, await organizations.UpdateAsync(Actor, id, new(code, name, kind, sector, null, establishedOn, contact, version), ct), Text.Of("已保存。", "Saved."), ct);

    public async Task<IActionResult> OnPostMoveAsync(long id, long? parentId, int? version, CancellationToken ct) =>
        await Done(id, await organizations.MoveAsync(Actor, id, parentId, version, ct), Text.Of("已移动。", "Moved."), ct);

    public async Task<IActionResult> OnPostOfficerAsync(long id, long personId, string? post, bool remove, CancellationToken ct) =>
        await Done(id, await organizations.SetOfficerAsync(Actor, id, personId, post, !remove, ct), Text.Of("已更新班子成员。", "Officers updated."), ct);

    public async Task<IActionResult> OnPostMatchSecretaryAsync(long id, CancellationToken ct)
    {
        var (matches, result) = await organizations.MatchPendingSecretariesAsync(Actor, id, ct);
        var notice = matches.FirstOrDefault() is { } m
            ? m.PersonId is not null ? Text.Of($"已任命{m.Secretary}为书记。", $"{m.Secretary} is now the secretary.") : Text.Of($"仍待匹配：{m.Problem}。", $"Still pending: {m.Problem}.")
            : Text.Of("没有待匹配的书记。", "No secretary is pending.");
        return await Done(id, result, notice, ct);
    }

    /// <summary>Deleting cannot be undone, so the form asks for a ticked confirmation (checked here, so it holds without JavaScript).</summary>
    public async Task<IActionResult> OnPostDeleteAsync(long id, bool confirm, CancellationToken ct)
    {
        if (!confirm)
        {
            Errors.Add("confirm", Text.Of("请勾选“确认删除”后再删除。", "Tick \"Confirm deletion\" to delete."));
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }
        var result = await organizations.DeleteAsync(Actor, id, ct);
        if (result.Succeeded) return RedirectWithNotice($"/j/{Code}/organizations", Text.Of("组织已删除。", "Organization deleted."));
        return await Done(id, result, "", ct);
    }

    private async Task<IActionResult> Done(long id, EditResult result, string notice, CancellationToken ct)
    {
        if (result.IsNotFound()) return NotFound();
        if (result.Succeeded) Notice = notice;
        else ShowErrors(result.Errors);
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }
}
