using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Modular.TestPlugins.Good.Pages;

public sealed class IndexModel(SixOnesDbContext db) : PageModel
{
    public IReadOnlyList<string> Notes { get; private set; } = [];

    public async Task OnGetAsync() => Notes = await db.Notes.OrderBy(n => n.Id).Select(n => n.Text).ToListAsync();

    /// <summary>Tags a note by its number, unchecked: the database's composite key refuses a note that is not this jurisdiction's.</summary>
    public async Task<IActionResult> OnPostTagAsync(long noteId, string tag)
    {
        db.Tags.Add(new NoteTag { NoteId = noteId, Tag = tag });
        await db.SaveChangesAsync();
        return RedirectToPage();
    }
}
