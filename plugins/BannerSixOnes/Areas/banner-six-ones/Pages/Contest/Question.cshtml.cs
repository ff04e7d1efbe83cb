using Modular.Plugins.BannerSixOnes.Contest;

namespace Modular.Plugins.BannerSixOnes.Pages.Contest;

/// <summary>修改一道题（带版本号：他人已修改时提示刷新）。</summary>
public sealed class QuestionModel(SixOnesDbContext db, QuestionBank bank, ContestSetup setup) : PluginPageModel
{
    public ContestQuestion? Question { get; private set; }
    public List<string> Errors { get; } = [];

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (!setup.MayEdit) return Forbid();
        Question = await db.Questions.AsNoTracking().FirstOrDefaultAsync(q => q.Id == id, ct);
        return Question is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, string? kind, string? text, string?[] options, string? answer, int? points, string? category, int version, CancellationToken ct)
    {
        var filled = options.Reverse().SkipWhile(string.IsNullOrWhiteSpace).Reverse().ToList();
        var result = await bank.UpdateAsync(id, new QuestionInput(kind, text, filled, answer, points, category, version), ct);
        switch (result.Kind)
        {
            case ResultKind.Ok: return RedirectToPage("./Office");
            case ResultKind.Forbidden: return Forbid();
            case ResultKind.NotFound: return NotFound();
            case ResultKind.Conflict: Errors.Add(Text.Of("此题已被他人修改，请刷新后重试。", "Someone else changed this question meanwhile; reload and try again.")); break;
            default: Errors.AddRange(result.Errors.SelectMany(e => e.Value)); break;
        }
        db.ChangeTracker.Clear();
        Question = await db.Questions.AsNoTracking().FirstOrDefaultAsync(q => q.Id == id, ct);
        return Question is null ? NotFound() : Page();
    }
}
