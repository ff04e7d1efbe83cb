using Modular.Plugins.BannerSixOnes.TheoryBooks;

namespace Modular.Plugins.BannerSixOnes.Pages.Books;

/// <summary>必读书目: the office adds and removes the required titles (which then cannot be filed as the quarter's book).</summary>
public sealed class RequiredModel(RequiredReadingList list) : PluginPageModel
{
    public IReadOnlyList<RequiredBook> Books { get; private set; } = [];
    public bool IsOffice => list.MayEdit;
    public string? Notice { get; private set; }
    public Dictionary<string, string[]> Errors { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Books = await list.ListAsync(ct);

    public async Task<IActionResult> OnPostAddAsync(string? title, string? author, CancellationToken ct)
    {
        var result = await list.AddAsync(title, author, ct);
        if (result.Kind == ResultKind.Forbidden) return StatusCode(403, result.Message!);
        if (result.Succeeded) Notice = Text.Of($"已加入《{result.Value!.Title}》。", $"“{result.Value!.Title}” added.");
        else Errors = result.Errors.ToDictionary(e => e.Key, e => e.Value);
        Books = await list.ListAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(long id, CancellationToken ct)
    {
        var result = await list.RemoveAsync(id, ct);
        if (result.Kind == ResultKind.Forbidden) return StatusCode(403, result.Message!);
        Notice = result.Succeeded ? Text.Of("已移出必读书目。", "Removed from the list.") : result.Message;
        Books = await list.ListAsync(ct);
        return Page();
    }
}
