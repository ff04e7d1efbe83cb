using Modular.Sdk.Demo;

namespace Modular.Plugins.CountyFiveActivities.Demo;

/// <summary>The five-activity contest as XX县 runs it, moved so that it is under way this year: the demo's part of this plugin.</summary>
public sealed class CountyDemo : IDemoContribution
{
    public IReadOnlyList<string> IssuedIn { get; } = ["xx-county"];

    public IReadOnlyDictionary<string, string?> Settings(DateOnly today) => new Dictionary<string, string?>();

    public Task SeedAsync(IDemoSeeding demo, CancellationToken cancellationToken) => Task.CompletedTask;
}
