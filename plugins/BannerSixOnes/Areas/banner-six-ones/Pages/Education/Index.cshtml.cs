using Modular.Plugins.BannerSixOnes.Common;
using Modular.Plugins.BannerSixOnes.Education;

namespace Modular.Plugins.BannerSixOnes.Pages.Education;

/// <summary>党性、党纪教育活动: every party organization the user oversees with its state; the member's own organization's event.</summary>
public sealed class IndexModel(EducationService education, SixOnesCampaign campaign) : PluginPageModel
{
    public SixOnesRules Rules { get; private set; } = null!;
    public DateOnly Today { get; private set; }
    public IReadOnlyList<EducationRow> Rows { get; private set; } = [];
    public EducationMemberView? Mine { get; private set; }
    public HashSet<long> Recordable { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Rules = await campaign.RulesAsync(ct);
        Today = campaign.Today;
        Rows = await education.OverviewAsync(ct);
        Recordable = await education.RecordableAsync(Rows.Select(r => r.OrganizationId), ct); // record/edit is offered only where this user may write
        Mine = (await education.MineAsync(ct)).Value;
    }

    public int Count(DueState state) => Rows.Count(r => r.State == state);
}
