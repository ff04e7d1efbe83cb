namespace Modular.Sdk.Navigation;

/// <summary>
/// A link in the host's menu. <see cref="Page"/> is a Razor page of the plugin's area
/// (e.g. <c>/Index</c>); the host builds the URL for the current jurisdiction.
/// </summary>
public sealed record MenuEntry(LocalizedText Title, string Page, int Order = 0)
{
    /// <summary>Optional section heading that groups entries (e.g. 六个一).</summary>
    public LocalizedText? Group { get; init; }
    /// <summary>When set, only users in one of these roles see the entry.</summary>
    public IReadOnlyList<string> Roles { get; init; } = [];
}

/// <summary>
/// A card on the dashboard. The host renders the plugin's view component <see cref="ViewComponent"/>
/// (a class in the plugin assembly deriving from <c>ViewComponent</c>) inside a titled card.
/// </summary>
public sealed record DashboardWidget(string Id, LocalizedText Title, Type ViewComponent, int Order = 0)
{
    /// <summary>Grid columns out of 12 the card spans on a wide screen.</summary>
    public int Width { get; init; } = 6;
    public IReadOnlyList<string> Roles { get; init; } = [];
}
