namespace Modular.Sdk.Blocks;

/// <summary>
/// Identifies a plugin's use of a building block, so several plugins share the blocks without
/// clashing: the plugin id and a kind key of its choosing (e.g. <c>("banner-six-ones", "daily-note")</c>).
/// </summary>
public sealed record BlockKind(string PluginId, string Kind);

/// <summary>The outcome of a building-block write: done (with a value), or refused with field → messages (bilingual).</summary>
public sealed record BlockResult<T>(T? Value, IReadOnlyDictionary<string, string[]> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static BlockResult<T> Ok(T value) => new(value, new Dictionary<string, string[]>());
    public static BlockResult<T> Refused(string field, string message) =>
        new(default, new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase) { [field] = [message] });
}
