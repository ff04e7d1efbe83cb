namespace Modular.Sdk;

/// <summary>What a person typed into a field, as services keep it.</summary>
public static class Entered
{
    /// <summary>
    /// The text trimmed, or null when it is blank: <c>if (Entered.Text(input.Title) is not { } title) return Refuse.Field(...)</c>
    /// for a text that must be given, <c>Note = Entered.Text(input.Note)</c> for one that may be left out.
    /// </summary>
    public static string? Text(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
