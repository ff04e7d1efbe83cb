using System.Globalization;
using Modular.Sdk.Demo;

namespace Modular.Plugins.BannerSixOnes.Demo;

/// <summary>The six ones as Alxa Right Banner runs them in the current year: the demo's part of this plugin.</summary>
public sealed class SixOnesDemo : IDemoContribution
{
    public IReadOnlyList<string> IssuedIn { get; } = ["alxa-right"];

    public IReadOnlyDictionary<string, string?> Settings(DateOnly today) => new Dictionary<string, string?>
    {
        ["campaign.year"] = today.Year.ToString(CultureInfo.InvariantCulture),
    };

    public Task SeedAsync(IDemoSeeding demo, CancellationToken cancellationToken) => Task.CompletedTask;
}
