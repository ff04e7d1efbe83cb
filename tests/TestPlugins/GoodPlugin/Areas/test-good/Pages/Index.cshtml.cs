using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Modular.TestPlugins.Good.Pages;

public sealed class IndexModel(NotesDbContext db) : PageModel
{
    public IReadOnlyList<string> Notes { get; private set; } = [];

    public async Task OnGetAsync() => Notes = await db.Notes.OrderBy(n => n.Id).Select(n => n.Text).ToListAsync();
}
