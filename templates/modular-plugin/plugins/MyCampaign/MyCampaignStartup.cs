using Modular.Plugins.MyCampaign.Volunteering;

namespace Modular.Plugins.MyCampaign;

/// <summary>
/// 插件中文名: each item of the document lives in its own folder (its rule, records, service, API, ledger, obligations and
/// page); this class only plugs them in, in the document's order.
/// </summary>
public sealed class MyCampaignStartup : IPluginStartup
{
    public const string PluginId = "my-campaign";
    public static readonly LocalizedText Group = new("插件中文名", "Plugin English name");

    public void ConfigureServices(IPluginBuilder plugin)
    {
        plugin.AddDbContext<MyCampaignDbContext>();
        plugin.Services.AddScoped<MyCampaignCampaign>();
        plugin.AddDemoData<Demo.MyCampaignDemo>();
        plugin.AddMenuEntry(new MenuEntry(new("活动概览", "Overview"), "/Index") { Group = Group });
        VolunteeringFeature.Register(plugin);
    }

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        VolunteeringFeature.Map(api);
    }
}
