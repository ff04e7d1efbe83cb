using Microsoft.AspNetCore.Mvc.RazorPages;
using Modular.Jurisdictions;

namespace Modular.Host.Pages;

public sealed class IndexModel(JurisdictionDirectory directory) : PageModel
{
    public IReadOnlyList<Jurisdiction> Jurisdictions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Jurisdictions = await directory.ListAsync(ct: ct);
}
