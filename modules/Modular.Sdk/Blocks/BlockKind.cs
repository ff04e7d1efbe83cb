namespace Modular.Sdk.Blocks;

/// <summary>
/// Identifies a plugin's use of a building block, so several plugins share the blocks without
/// clashing: the plugin id and a kind key of its choosing (e.g. <c>("banner-six-ones", "daily-note")</c>).
/// </summary>
public sealed record BlockKind(string PluginId, string Kind);
