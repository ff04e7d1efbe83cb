using Modular.Modules.Web;
using Modular.Sdk;

namespace Modular.Organizations.Pages.Roster;

internal sealed class OrganizationsModel(OrganizationService organizations, IJurisdictionContext jurisdiction) : FormPageModel
{
    public IReadOnlyList<OrganizationService.Node> Nodes { get; private set; } = [];
    public string Code => jurisdiction.Required.Code;
    public RosterActor Actor => RosterActor.From(User);

    public async Task OnGetAsync(CancellationToken ct) => Nodes = await organizations.NodesAsync(ct);

    public async Task OnPostAsync(string? code, string? name, string? kind, string? sector, long? parentId, DateOnly? establishedOn, string? contact, CancellationToken ct)
    {
        var (created, result) = await organizations.CreateAsync(Actor, new(code, name, kind, sector, parentId, establishedOn, contact), ct);
        if (created is not null) Notice = Text.Of($"已创建组织“{created.Name}”。", $"Organization \"{created.Name}\" created.");
        else ShowErrors(result.Errors);
        await OnGetAsync(ct);
    }
}
