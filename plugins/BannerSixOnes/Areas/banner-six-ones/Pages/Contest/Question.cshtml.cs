using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Modular.Plugins.BannerSixOnes.Contest;
using Modular.Sdk.Core;

namespace Modular.Plugins.BannerSixOnes.Pages.Contest;

/// <summary>修改一道题（带版本号：他人已修改时提示刷新）。</summary>
public sealed class QuestionModel(ICurrentUser user, ContestDbContext db, QuestionBank bank) : PageModel
{
    public ContestQuestion? Question { get; private set; }
    public List<string> Errors { get; } = [];

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (!user.IsJurisdictionAdmin) return Forbid();
        Question = await db.Questions.AsNoTracking().FirstOrDefaultAsync(q => q.Id == id, ct);
        return Question is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, string? kind, string? text, string?[] options, string? answer, int? points, string? category, int version, CancellationToken ct)
    {
        if (!user.IsJurisdictionAdmin) return Forbid();
        var filled = options.Reverse().SkipWhile(string.IsNullOrWhiteSpace).Reverse().ToList();
        try
        {
            var result = await bank.UpdateAsync(id, new QuestionInput(kind, text, filled, answer, points, category, version), ct);
            if (result is null) return NotFound();
            if (result.Succeeded) return RedirectToPage("./Office");
            Errors.AddRange(result.Errors.SelectMany(e => e.Value));
        }
        catch (DbUpdateConcurrencyException) { Errors.Add("此题已被他人修改，请刷新后重试。"); }
        db.ChangeTracker.Clear();
        Question = await db.Questions.AsNoTracking().FirstOrDefaultAsync(q => q.Id == id, ct);
        return Question is null ? NotFound() : Page();
    }
}
