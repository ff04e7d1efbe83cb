using Modular.Plugins.CountyFiveActivities.Common;
using Modular.Plugins.CountyFiveActivities.PartySpirit;

namespace Modular.Plugins.CountyFiveActivities.Pages.PartySpirit;

/// <summary>
/// 党性教育: per organization the caller sees, its concentrated week and its members' reports, on time and late; 群众评议:
/// the office opens the year's rounds, and whoever manages an organization hands out codes for the public, who answer on
/// the public sheet without an account, up to the closing day.
/// </summary>
public sealed class IndexModel(PartySpiritQuery partySpirit, PartySpiritService service, ICurrentUser user, CountyCampaign campaign) : PluginPageModel
{
    public IReadOnlyList<PartySpiritRow> Rows { get; private set; } = [];
    public CountyRules Rules { get; private set; } = null!;
    public IReadOnlyList<(long OrganizationId, string Name, long RoundId)> CodeRounds { get; private set; } = [];
    public bool IsOffice => user.IsJurisdictionAdmin;
    public bool Closed { get; private set; }
    public string? Notice { get; private set; }
    /// <summary>Codes just issued: shown once, on this response (only their hashes are kept).</summary>
    public EvaluationCodes? Slips { get; private set; }

    /// <summary>The public sheet's full address for a slip.</summary>
    public string PublicAddress(string path) => $"{Request.Scheme}://{Request.Host}{Request.PathBase}{path}";

    public async Task OnGetAsync(string? done, CancellationToken ct)
    {
        if (done == "opened") Notice = Text.Of("已开启本年度群众评议。", "The year's public evaluation is open.");
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostOpenAsync(CancellationToken ct) => await AfterPostAsync(await service.OpenEvaluationAsync(ct), "opened", () => LoadAsync(ct));

    public async Task<IActionResult> OnPostCodesAsync(long? organizationId, int? count, CancellationToken ct)
    {
        var result = await service.IssueCodesAsync(new EvaluationCodesInput(organizationId, count), ct);
        await LoadAsync(ct);
        if (result.Succeeded) { Slips = result.Value; return Page(); }
        return Unless(result)!;
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Rules = await campaign.RulesAsync(ct);
        Rows = await partySpirit.RowsAsync(ct);
        CodeRounds = await service.CodeRoundsAsync(ct);
        Closed = PartySpiritRule.EvaluationClosed(campaign.Today, Rules);
    }
}
