using Microsoft.AspNetCore.Mvc;
using Modular.Jurisdictions;
using Modular.Modules.Web;
using Modular.Sdk;

namespace Modular.Organizations.Pages.Roster;

internal sealed class PersonModel(PeopleService people, OrganizationService organizations, IJurisdictionContext jurisdiction) : FormPageModel
{
    public PeopleService.View Person { get; private set; } = null!;
    public IReadOnlyList<PeopleService.TransferView> Transfers { get; private set; } = [];
    public IReadOnlyList<OrganizationService.Node> Organizations { get; private set; } = [];
    public string Code => jurisdiction.Required.Code;
    public bool MayEdit { get; private set; }

    private async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        var actor = RosterActor.From(User);
        if (await people.GetAsync(actor, id, ct) is not { } person) return false;
        Person = person;
        Transfers = await people.TransfersAsync(id, ct);
        Organizations = await organizations.NodesAsync(ct);
        MayEdit = actor.MayEdit(await organizations.TreeAsync(ct), person.OrganizationId);
        return true;
    }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(long id, PeopleService.Input input, CancellationToken ct) =>
        await Done(id, await people.UpdateAsync(RosterActor.From(User), id, input, ct), Text.Of("已保存。", "Saved."), ct);

    public async Task<IActionResult> OnPostTransferAsync(long id, long toOrganizationId, DateOnly? on, string? note, int? version, CancellationToken ct) =>
        await Done(id, await people.TransferAsync(RosterActor.From(User), id, toOrganizationId, on, note, version, ct), Text.Of("已办理组织关系转接。", "Transfer recorded."), ct);

    private async Task<IActionResult> Done(long id, EditResult result, string notice, CancellationToken ct)
    {
        if (result.IsNotFound()) return NotFound();
        if (result.Succeeded) Notice = notice;
        else ShowErrors(result.Errors);
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }
}
