using Modular.Plugins.BannerSixOnes.Contest;

namespace Modular.Plugins.BannerSixOnes.Pages.Contest;

/// <summary>在线答题：开始（或继续）本人的答题，倒计时，暂存或交卷；时间到自动交卷。</summary>
public sealed class TakeModel(SixOnesDbContext db, Answering answering) : PluginPageModel
{
    public KnowledgeContest? Contest { get; private set; }
    public AttemptView? Attempt { get; private set; }
    public List<string> Errors { get; } = [];

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        var started = await answering.StartMineAsync(id, ct);
        if (Refused(started) is { } refused) return refused;
        Attempt = started.Succeeded ? started.Value : (await answering.MineAsync(id, ct)).Value; // one attempt each: show the finished one
        return await ShowAsync(id, ct);
    }

    public async Task<IActionResult> OnPostAsync(long id, bool submit, CancellationToken ct)
    {
        var answers = new Dictionary<int, string?>();
        foreach (var (key, values) in Request.Form)
            if (key.StartsWith("q", StringComparison.Ordinal) && int.TryParse(key[1..], out var position))
                answers[position] = string.Concat(values.ToArray());
        var saved = await answering.SaveMineAsync(id, answers, submit, ct);
        if (Refused(saved) is { } refused) return refused;
        if ((await answering.MineAsync(id, ct)).Value is not { } attempt) return RedirectToPage("./Take", new { id }); // not started yet
        Attempt = attempt;
        return await ShowAsync(id, ct);
    }

    // The contest is not there (or not published), or the caller is not on the roster; other refusals are shown on the page.
    private IActionResult? Refused(Result<AttemptView> result)
    {
        if (result.Kind == ResultKind.NotFound) return NotFound();
        if (result.Kind == ResultKind.Forbidden) return Forbid();
        if (!result.Succeeded) Errors.AddRange(result.Errors.SelectMany(e => e.Value).DefaultIfEmpty(result.Message!));
        return null;
    }

    private async Task<IActionResult> ShowAsync(long id, CancellationToken ct)
    {
        Contest = await db.Contests.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id && c.PublishedAt != null, ct);
        return Contest is null ? NotFound() : Page();
    }
}
