using Microsoft.AspNetCore.Mvc;
using Modular.Jurisdictions;
using Modular.Modules.Web;
using Modular.Sdk;

namespace Modular.Host.Pages.Admin;

public sealed class JurisdictionsModel(JurisdictionDirectory directory, JurisdictionAdmin admin) : FormPageModel
{
    public IReadOnlyList<Jurisdiction> All { get; private set; } = [];
    public JurisdictionAdmin.Input Input { get; private set; } = new("", "", null, null, null);

    public async Task OnGetAsync(CancellationToken ct) => All = await directory.ListAsync(includeArchived: true, ct);

    public async Task<IActionResult> OnPostAsync(string code, string name, int? parentId, string? timeZone, string? language, CancellationToken ct)
    {
        Input = new(code ?? "", name ?? "", parentId, timeZone, language);
        var (created, errors) = await admin.CreateAsync(Input, ct);
        if (created is not null) return Redirect($"/admin/jurisdictions/{created.Id}?created=1");
        ShowErrors(errors);
        All = await directory.ListAsync(includeArchived: true, ct);
        return Page();
    }
}
