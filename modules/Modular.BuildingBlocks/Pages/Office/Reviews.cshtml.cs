using Microsoft.AspNetCore.Mvc;
using Modular.Modules.Web;
using Modular.Sdk;
using Modular.Sdk.Blocks;
using Modular.Sdk.Core;

namespace Modular.BuildingBlocks.Pages.Office;

/// <summary>
/// The office's review desk over the shared building blocks: texts awaiting inspection (accept or
/// return with a comment), nominations in progress (endorse up, drop with a reason, approve), and what child
/// jurisdictions reported or submitted here.
/// The same services as the <c>/api/j/{jurisdiction}/blocks</c> API.
/// </summary>
internal sealed class ReviewsModel(ICountedTexts texts, INominations nominations, IVersionedDocuments documents, IRoster roster,
    IOrganizationDirectory organizations, Modular.Jurisdictions.JurisdictionDirectory jurisdictions) : FormPageModel
{
    private IReadOnlyDictionary<int, string> _jurisdictionNames = new Dictionary<int, string>();

    /// <summary>Nominations child jurisdictions reported here, waiting for this office's decision or decided.</summary>
    public IReadOnlyList<NominationInfo> Reported { get; private set; } = [];

    /// <summary>Final documents child jurisdictions submitted here (上报), to read.</summary>
    public IReadOnlyList<SubmittedDocument> Submitted { get; private set; } = [];

    public string JurisdictionName(int id) => _jurisdictionNames.GetValueOrDefault(id, $"#{id}");
    private RosterNames _names = RosterNames.Empty;

    public IReadOnlyList<CountedTextInfo> Texts { get; private set; } = [];
    public IReadOnlyList<NominationInfo> Nominations { get; private set; } = [];

    public string PersonName(long id) => _names.Person(id);
    public string OrganizationName(long id) => _names.Organization(id);

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public Task<IActionResult> OnPostAcceptAsync(long id, CancellationToken ct) =>
        ActAsync(texts.AcceptAsync(id, ct), Text.Of("已验收。", "Accepted."), ct);

    public Task<IActionResult> OnPostReturnAsync(long id, string? comment, CancellationToken ct) =>
        ActAsync(texts.ReturnAsync(id, comment ?? "", ct), Text.Of("已退回，作者会看到退回意见。", "Returned; the author sees the comment."), ct);

    public Task<IActionResult> OnPostEndorseAsync(long id, CancellationToken ct) =>
        ActAsync(nominations.EndorseAsync(id, null, ct), Text.Of("已同意并报上一级。", "Endorsed to the next level."), ct);

    public Task<IActionResult> OnPostDropAsync(long id, string? reason, CancellationToken ct) =>
        ActAsync(nominations.DropAsync(id, reason ?? "", ct), Text.Of("已不予推荐，理由已记录。", "Dropped; the reason is recorded."), ct);

    public Task<IActionResult> OnPostApproveAsync(long id, CancellationToken ct) =>
        ActAsync(nominations.ApproveAsync(id, null, ct), Text.Of("已批准。", "Approved."), ct);

    public Task<IActionResult> OnPostSelectAsync(int from, long id, string? reason, CancellationToken ct) =>
        ActAsync(nominations.DecideReportedAsync(from, id, true, reason, ct), Text.Of("已评定为入选，上报单位可以看到。", "Selected; the reporting jurisdiction sees it."), ct);

    public Task<IActionResult> OnPostRejectAsync(int from, long id, string? reason, CancellationToken ct) =>
        ActAsync(nominations.DecideReportedAsync(from, id, false, reason, ct), Text.Of("已评定为未入选，理由已告知上报单位。", "Not selected; the reporting jurisdiction sees the reason."), ct);

    private async Task<IActionResult> ActAsync<T>(Task<Result<T>> action, string done, CancellationToken ct)
    {
        var result = await action;
        if (result.Succeeded) Notice = done;
        else ShowErrors(result.Errors);
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Texts = await texts.AwaitingReviewAsync(null, ct);
        Nominations = await nominations.ListAsync(null, null, NominationStatus.InProgress, ct);
        Reported = await nominations.ReportedToUsAsync(null, ct);
        Submitted = await documents.SubmittedToUsAsync(null, ct);
        if (Reported.Count > 0 || Submitted.Count > 0)
            _jurisdictionNames = (await jurisdictions.ListAsync(ct: ct)).ToDictionary(j => j.Id, j => j.Name);
        _names = await RosterNames.LoadAsync(roster, organizations, ct);
    }
}
