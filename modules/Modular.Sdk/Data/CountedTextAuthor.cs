namespace Modular.Sdk.Data;

/// <summary>
/// An author's texts of one kind as SQL sees them (the blocks' published view <c>blocks.counted_text_authors</c>): how many,
/// and when the first was submitted. <see cref="PluginDbContext.CountedTextAuthors"/> joins it to
/// <see cref="PluginDbContext.RosterMembers"/> or a plugin's own rows, so "who wrote on time, per organization" is one query
/// where the texts are, not every author's tally read into memory. Read-only; the texts themselves come from
/// <see cref="Blocks.ICountedTexts"/>.
/// </summary>
public sealed class CountedTextAuthor : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public string PluginId { get; private set; } = "";
    public string Kind { get; private set; } = "";
    public long AuthorPersonId { get; private set; }
    public int Texts { get; private set; }
    /// <summary>The first submission of any of them, as <see cref="Blocks.CountedTextTally.FirstSubmittedAt"/>.</summary>
    public DateTimeOffset FirstSubmittedAt { get; private set; }
}
