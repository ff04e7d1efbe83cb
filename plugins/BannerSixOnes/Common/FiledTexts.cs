namespace Modular.Plugins.BannerSixOnes.Common;

/// <summary>
/// Items 4 and 5 are met by a counted text (reading notes, a research report): one filed and not returned
/// for rework — a returned text is owed again. The obligation points at the text that met it.
/// </summary>
public static class FiledTexts
{
    /// <summary>The texts of the query that count, i.e. all but those returned for rework.</summary>
    public static async Task<IEnumerable<CountedTextInfo>> ListFiledAsync(this ICountedTexts texts, CountedTextQuery query, CancellationToken ct) =>
        (await texts.ListAsync(query, ct)).Where(t => t.State != TextReviewState.Returned);

    public static string RecordRef(CountedTextInfo text) => $"text:{text.Id}";

    /// <summary>A leading cadre's obligation, met by <paramref name="filed"/> when there is one.</summary>
    public static ObligationDue PersonDue(string typeKey, long personId, DateOnly opens, DateOnly due, CountedTextInfo? filed) =>
        new(typeKey, ObligedKind.Person, personId, opens, due) { MetAt = filed?.SubmittedAt, RecordRef = filed is null ? null : RecordRef(filed) };
}
