using Modular.Sdk;

namespace Modular.TestPlugins.Throwing;

public sealed class ThrowingStartup : IPluginStartup
{
    public void ConfigureServices(IPluginBuilder plugin) =>
        throw new InvalidOperationException("test plugin fails on purpose");
}
