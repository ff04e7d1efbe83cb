using Modular.Plugins.BannerSixOnes.Common;
using Modular.Plugins.BannerSixOnes.TheoryBooks;

namespace Modular.Plugins.BannerSixOnes.Pages.Books;

/// <summary>
/// 精读理论著作: a leading cadre files the quarter's book and reading notes; the office and officers see
/// everyone's per quarter with the count against the rule, review them, and download the ledger.
/// </summary>
public sealed class IndexModel(TheoryBookNotes notes, RequiredReadingList required, SixOnesCampaign campaign, ICurrentUser user, IRoster roster) : PluginPageModel
{
    public SixOnesRules Rules { get; private set; } = null!;
    public IReadOnlyList<BookQuarter> Quarters { get; private set; } = [];
    public DateOnly Today { get; private set; }
    public PersonInfo? Me { get; private set; }
    public IReadOnlyList<BookNoteRow> Rows { get; private set; } = [];
    public IReadOnlyList<RequiredBook> RequiredBooks { get; private set; } = [];
    public HashSet<long> Reviewable { get; } = [];
    /// <summary>Per quarter: the leading cadres the caller sees, and how many of them filed notes that count.</summary>
    public Dictionary<string, (int Cadres, int Filed)> Coverage { get; } = [];
    public bool IsOffice => required.MayEdit;

    [BindProperty(SupportsGet = true)] public string? Quarter { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Author { get; set; }
    [BindProperty] public string? Body { get; set; }

    public string? Notice { get; private set; }
    public Dictionary<string, string[]> Errors { get; private set; } = [];

    public IEnumerable<BookNoteRow> MyRows => Me is null ? [] : Rows.Where(r => r.PersonId == Me.Id);

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostSubmitAsync(CancellationToken ct)
    {
        var result = await notes.SubmitAsync(new BookNoteInput(null, Quarter, Title, Author, Body), ct);
        if (result.Succeeded) { Notice = Text.Of($"已提交《{result.Value!.Title}》读书笔记，{result.Value.CharacterCount} 字。", $"Reading notes on “{result.Value!.Title}” submitted: {result.Value.CharacterCount} characters."); Title = Author = Body = null; }
        else Errors = result.Errors.ToDictionary(e => e.Key, e => e.Value);
        await LoadAsync(ct);
        return Page();
    }

    public Task<IActionResult> OnPostAcceptAsync(long id, CancellationToken ct) => ReviewAsync(notes.AcceptAsync(id, ct), Text.Of("已验收。", "Accepted."), ct);

    public Task<IActionResult> OnPostReturnAsync(long id, string? comment, CancellationToken ct) =>
        ReviewAsync(notes.ReturnAsync(id, comment, ct), Text.Of("已退回，作者会看到退回意见。", "Returned; the author sees the comment."), ct);

    public async Task<IActionResult> OnGetLedgerAsync(string? format, CancellationToken ct)
    {
        var ledger = TheoryBookLedger.Build(await notes.VisibleRowsAsync(Quarter, ct), Quarter);
        await Results.Extensions.Ledger(ledger, LedgerFormats.Parse(format)).ExecuteAsync(HttpContext);
        return new EmptyResult();
    }

    private async Task<IActionResult> ReviewAsync(Task<Result<CountedTextInfo>> review, string done, CancellationToken ct)
    {
        var result = await review;
        if (result.Kind == ResultKind.NotFound) return NotFound();
        if (result.Kind == ResultKind.Forbidden) return StatusCode(403, result.Message!);
        if (result.Succeeded) Notice = done;
        else Errors = result.Errors.ToDictionary(e => e.Key, e => e.Value);
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Rules = await campaign.RulesAsync(ct);
        Quarters = BookQuarter.Of(Rules);
        Today = campaign.Today;
        Quarter ??= BookQuarter.Containing(Rules, Today)?.Key;
        Me = await user.PersonAsync(roster, ct);
        Rows = await notes.VisibleRowsAsync(null, ct);
        RequiredBooks = await required.ListAsync(ct);
        foreach (var row in Rows.Where(r => r.State is TextReviewState.Submitted or TextReviewState.Resubmitted))
            if (await notes.MayReviewAsync(row.PersonId, ct)) Reviewable.Add(row.Id);

        var cadres = await user.LeadingCadresSeenAsync(roster, ct);
        var ids = cadres.Select(c => c.Id).ToHashSet();
        foreach (var q in Quarters)
            Coverage[q.Key] = (cadres.Count, Rows.Count(r => r.PeriodKey == q.Key && r.Counts && ids.Contains(r.PersonId)));
    }
}
