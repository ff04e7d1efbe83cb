using Microsoft.AspNetCore.Mvc;
using Modular.Modules.Web;
using Modular.Sdk;
using Modular.Sdk.Blocks;
using Modular.Sdk.Core;

namespace Modular.BuildingBlocks.Pages.Office;

/// <summary>
/// The office reviews whether pledges (个人打算、公开承诺) were kept, and reads the results of
/// democratic evaluations and satisfaction surveys (anonymous rounds show only their tallies).
/// The same services as the <c>/api/j/{jurisdiction}/blocks</c> API.
/// </summary>
internal sealed class PledgesModel(IPledges pledges, IEvaluations evaluations, IRoster roster, IOrganizationDirectory organizations,
    IJurisdictionContext jurisdiction, TimeProvider clock) : FormPageModel
{
    private RosterNames _names = RosterNames.Empty;

    public IReadOnlyList<PledgeInfo> Pledges { get; private set; } = [];
    public IReadOnlyList<(EvaluationRoundInfo Round, IReadOnlyList<SubjectResult> Results)> Rounds { get; private set; } = [];

    public string OwnerName(PledgeInfo p) => p.PledgeKind == PledgeKind.Organization
        ? _names.Organization(p.OwnerId)
        : _names.Person(p.OwnerId);

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostReviewAsync(long id, PledgeFulfilment outcome, decimal? score, string? comment, CancellationToken ct)
    {
        var today = jurisdiction.Required.Today(clock);
        var result = await pledges.ReviewAsync(id, new PledgeReviewInput(outcome, comment, score, today), ct);
        if (result.Succeeded) Notice = Text.Of("评议已记录。", "Review recorded.");
        else ShowErrors(result.Errors);
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Pledges = await pledges.ListAllAsync(null, ct);
        var rounds = new List<(EvaluationRoundInfo, IReadOnlyList<SubjectResult>)>();
        foreach (var round in await evaluations.ListAllRoundsAsync(null, ct))
            rounds.Add((round, await evaluations.ResultsAsync(round.Id, ct)));
        Rounds = rounds;
        _names = await RosterNames.LoadAsync(roster, organizations, ct);
    }
}
