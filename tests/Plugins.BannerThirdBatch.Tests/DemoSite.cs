namespace Plugins.BannerThirdBatch.Tests;

/// <summary>
/// A first run's demo on the real clock: the host creates 阿拉善右旗 and plays the plugin's demo (a refused act stops the start).
/// One host for every demo test class (they only read), started once.
/// </summary>
public sealed class DemoSiteFixture() : SharedTestHost([BannerThirdBatchHost.PluginId], null, TestHost.DemoArgs);

[CollectionDefinition(Name)]
public sealed class DemoSite : ICollectionFixture<DemoSiteFixture>
{
    public const string Name = "third-batch demo";
}
