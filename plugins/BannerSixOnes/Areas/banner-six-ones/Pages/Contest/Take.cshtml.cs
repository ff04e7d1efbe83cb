using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Modular.Plugins.BannerSixOnes.Contest;
using Modular.Sdk.Core;

namespace Modular.Plugins.BannerSixOnes.Pages.Contest;

/// <summary>在线答题：开始（或继续）本人的答题，倒计时，暂存或交卷；时间到自动交卷。</summary>
public sealed class TakeModel(ICurrentUser user, ContestDbContext db, Answering answering) : PageModel
{
    public KnowledgeContest? Contest { get; private set; }
    public AttemptView? Attempt { get; private set; }
    public List<string> Errors { get; } = [];

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        var personId = (await user.PersonIdAsync(ct))!.Value;
        var result = await answering.StartAsync(Contest!, personId, ct);
        if (result.Succeeded) Attempt = result.Value;
        else
        {
            Errors.AddRange(result.Errors.SelectMany(e => e.Value));
            if (await db.Attempts.AsNoTracking().FirstOrDefaultAsync(a => a.ContestId == id && a.PersonId == personId, ct) is { } done)
                Attempt = await answering.ViewAsync(done, withPaper: false, ct);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, bool submit, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        var personId = (await user.PersonIdAsync(ct))!.Value;
        var attempt = await db.Attempts.AsTracking().FirstOrDefaultAsync(a => a.ContestId == id && a.PersonId == personId, ct);
        if (attempt is null) return RedirectToPage("./Take", new { id });
        var answers = new Dictionary<int, string?>();
        foreach (var (key, values) in Request.Form)
            if (key.StartsWith("q", StringComparison.Ordinal) && int.TryParse(key[1..], out var position))
                answers[position] = string.Concat(values.ToArray());
        var result = await answering.SaveAsync(attempt, answers, submit, ct);
        if (!result.Succeeded) Errors.AddRange(result.Errors.SelectMany(e => e.Value));
        Attempt = await answering.ViewAsync(attempt, withPaper: true, ct);
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(long id, CancellationToken ct)
    {
        Contest = await db.Contests.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id && c.PublishedAt != null, ct);
        if (Contest is null) return NotFound();
        if (await user.PersonIdAsync(ct) is null) return Forbid();
        return null;
    }
}
