namespace Modular.Plugins.BannerSixOnes.TheoryBooks;

/// <summary>A title on the office's required reading list (必读书目): a theory book chosen for 精读 must not be one of these.</summary>
public sealed class RequiredBook : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public long Id { get; set; }
    public required string Title { get; set; }
    /// <summary>The title as compared (no 《》, no spaces, lower case), unique per jurisdiction.</summary>
    public required string TitleKey { get; set; }
    public string? Author { get; set; }
    public string? AddedBy { get; set; }
    public DateTimeOffset AddedAt { get; set; }
}

/// <summary>
/// What the counted text does not hold for a quarter's reading notes: the book's author. The notes
/// themselves (body, 字数, title = the book, review) are the building block's counted text.
/// </summary>
public sealed class BookNote : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public long TextId { get; set; }
    public long PersonId { get; set; }
    public required string PeriodKey { get; set; }
    public required string BookAuthor { get; set; }
}

/// <summary>The tables of this item in the plugin's one context (<see cref="SixOnesDbContext"/>).</summary>
internal static class TheoryBooksModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<RequiredBook>(e =>
        {
            e.ToTable("book_required");
            e.HasKey(x => new { x.JurisdictionId, x.Id });
            e.Property(x => x.Id).ValueGeneratedOnAdd();
            e.HasIndex(x => new { x.JurisdictionId, x.TitleKey }).IsUnique();
        });
        b.Entity<BookNote>(e =>
        {
            e.ToTable("book_notes");
            e.HasKey(x => new { x.JurisdictionId, x.TextId });
            e.HasIndex(x => new { x.JurisdictionId, x.PersonId, x.PeriodKey });
        });
    }
}
