using Modular.Sdk.Scheduling;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Modular.Plugins.BannerSixOnes.Common;
using Modular.Plugins.BannerSixOnes.Education;
using Modular.Sdk.Core;

namespace Modular.Plugins.BannerSixOnes.Pages.Education;

/// <summary>党性、党纪教育活动: every party organization the user oversees with its state; the member's own organization's event.</summary>
public sealed class IndexModel(EducationService education, SixOnesCampaign campaign, ICurrentUser user, IRoster roster) : PageModel
{
    public SixOnesRules Rules { get; private set; } = null!;
    public DateOnly Today { get; private set; }
    public IReadOnlyList<EducationRow> Rows { get; private set; } = [];
    public EducationMemberView? Mine { get; private set; }
    public HashSet<long> Recordable { get; } = [];
    public string Base { get; private set; } = "";
    public string Api { get; private set; } = "";

    public async Task OnGetAsync(CancellationToken ct)
    {
        Rules = await campaign.RulesAsync(ct);
        Today = campaign.Today;
        Base = $"/j/{campaign.Jurisdiction.Code}/banner-six-ones";
        Api = $"/api/j/{campaign.Jurisdiction.Code}/banner-six-ones";
        Rows = await education.OverviewAsync(ct);
        foreach (var row in Rows) // record/edit is offered only where this user may write
            if (await user.ManagesOrganizationAsync(row.OrganizationId, ct)) Recordable.Add(row.OrganizationId);
        if (await user.PersonIdAsync(ct) is { } personId && await roster.FindAsync(personId, ct) is { } person)
            Mine = await education.ForMemberAsync(person, Rules, Today, ct);
    }

    public int Count(DueState state) => Rows.Count(r => r.State == state);
}
