using Modular.Plugins.BannerSixOnes.Common;

namespace Modular.Plugins.BannerSixOnes.TheoryBooks;

/// <summary>必读书目: the office keeps the list; 精读 means a book beyond it, so a listed title is refused.</summary>
public sealed class RequiredReadingList(SixOnesDbContext db, ICurrentUser user, SixOnesCampaign campaign)
{
    public async Task<IReadOnlyList<RequiredBook>> ListAsync(CancellationToken ct) =>
        await db.RequiredBooks.AsNoTracking().OrderBy(b => b.Id).ToListAsync(ct);

    /// <summary>The listed book with this title (《》, spaces and case ignored), if any.</summary>
    public async Task<RequiredBook?> MatchAsync(string title, CancellationToken ct)
    {
        var key = TitleKey(title);
        return await db.RequiredBooks.AsNoTracking().FirstOrDefaultAsync(b => b.TitleKey == key, ct);
    }

    /// <summary>The list is the banner office's to keep.</summary>
    public bool MayEdit => user.IsJurisdictionAdmin;

    public async Task<Result<RequiredBook>> AddAsync(string? title, string? author, CancellationToken ct)
    {
        if (!MayEdit) return OfficeOnly;
        var key = TitleKey(title);
        if (key.Length == 0) return Result<RequiredBook>.Refused("title", Text.Of("请填写书名。", "Give the title."));
        if (await MatchAsync(title!, ct) is not null)
            return Result<RequiredBook>.Refused("title", Text.Of($"《{Clean(title)}》已在必读书目中。", $"“{Clean(title)}” is already on the list."));
        var book = new RequiredBook
        {
            Title = Clean(title), TitleKey = key, Author = Entered.Text(author),
            AddedBy = user.DisplayName, AddedAt = campaign.Now,
        };
        db.RequiredBooks.Add(book);
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException failure) when (SaveConflicts.IsConflict(failure)) // added by someone else a moment ago
        {
            return Result<RequiredBook>.Refused("title", Text.Of($"《{Clean(title)}》已在必读书目中。", $"“{Clean(title)}” is already on the list."));
        }
        return Result<RequiredBook>.Ok(book);
    }

    public async Task<Result<bool>> RemoveAsync(long id, CancellationToken ct)
    {
        if (!MayEdit) return OfficeOnly;
        var book = await db.RequiredBooks.AsTracking().FirstOrDefaultAsync(b => b.Id == id, ct);
        if (book is null) return Refuse.NotFound(Text.Of("该书目已不在必读书目中。", "The book is no longer on the list."));
        db.RequiredBooks.Remove(book); // through SaveChanges, so the audit log sees it
        await db.SaveChangesAsync(ct);
        return Result.Ok(true);
    }

    private static Refusal OfficeOnly => Refuse.Forbidden(Text.Of("必读书目由旗创先争优办维护。", "The office keeps the required reading list."));

    /// <summary>The title as written, without the book-title marks around it.</summary>
    public static string Clean(string? title) => (title ?? "").Trim().Trim('《', '》', '<', '>', '“', '”', '"').Trim();

    public static string TitleKey(string? title) =>
        new string([.. Clean(title).Where(c => !char.IsWhiteSpace(c) && c is not ('《' or '》' or '·' or '•'))]).ToLowerInvariant();
}
