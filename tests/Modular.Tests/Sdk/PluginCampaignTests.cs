using System.Globalization;
using Modular.Sdk;
using Modular.Sdk.Manifest;
using Modular.Sdk.Settings;

namespace Modular.Tests.Sdk;

/// <summary>The SDK's campaign base every plugin derives: rules read once per request, dates in the jurisdiction's zone.</summary>
public sealed class PluginCampaignTests
{
    private sealed class Startup;
    private sealed record Rules(long MinChars);

    private sealed class Campaign(IPluginSettings<Startup> settings, IJurisdictionContext jurisdiction, TimeProvider clock)
        : PluginCampaign<Startup, Rules>(settings, jurisdiction, clock)
    {
        public int Reads { get; private set; }
        protected override Rules Read(PluginSettingValues values) { Reads++; return new(values.GetInteger("notes.min-chars")); }
    }

    private sealed class Settings(string value) : IPluginSettings<Startup>
    {
        public int Calls { get; private set; }
        private readonly SettingDefinition _definition = new() { Key = "notes.min-chars", Type = SettingType.Integer, Name = new("最少字数", "Minimum characters"), Default = "300" };
        public Task<PluginSettingValues> ForCurrentJurisdictionAsync(CancellationToken cancellationToken = default)
        {
            Calls++;
            return Task.FromResult(new PluginSettingValues([_definition], new Dictionary<string, string> { ["notes.min-chars"] = value }));
        }
        public Task<PluginSettingValues> ForJurisdictionAsync(int jurisdictionId, CancellationToken cancellationToken = default) => ForCurrentJurisdictionAsync(cancellationToken);
    }

    private sealed record Banner(int Id, string Code, string Name, TimeZoneInfo TimeZone, CultureInfo Culture) : IJurisdiction;
    private sealed class Context(IJurisdiction? current) : IJurisdictionContext { public IJurisdiction? Current => current; }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider { public override DateTimeOffset GetUtcNow() => now; }

    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    [Fact]
    public async Task Reads_the_jurisdiction_s_settings_once_and_keeps_its_own_day()
    {
        // 2026-06-30 17:30 UTC is already 07-01 01:30 in the banner: "by 06-30" has passed there.
        var clock = new FixedClock(new DateTimeOffset(2026, 6, 30, 17, 30, 0, TimeSpan.Zero));
        var settings = new Settings("500");
        var campaign = new Campaign(settings, new Context(new Banner(1, "alxa-right", "阿拉善右旗", Shanghai, new("zh-CN"))), clock);

        Assert.Equal(500, (await campaign.RulesAsync()).MinChars);
        Assert.Equal(500, (await campaign.RulesAsync()).MinChars);
        Assert.Equal((1, 1), (settings.Calls, campaign.Reads)); // once per request
        Assert.Equal(new DateOnly(2026, 7, 1), campaign.Today);
        Assert.Equal(new DateOnly(2026, 7, 1), campaign.LocalDay(clock.GetUtcNow()));
        Assert.Equal(new DateTime(2026, 7, 1, 1, 30, 0), campaign.WallClock(clock.GetUtcNow()));
    }

    [Fact]
    public void Outside_a_jurisdiction_it_says_so()
    {
        var campaign = new Campaign(new Settings("300"), new Context(null), TimeProvider.System);
        Assert.Throws<InvalidOperationException>(() => campaign.Today);
    }
}
