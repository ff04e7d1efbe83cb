using Microsoft.Extensions.DependencyInjection;
using Modular.Host.Plugins;
using Modular.Jurisdictions;
using Modular.Sdk.Core;

namespace Plugins.BannerSixOnes.Tests;

/// <summary>
/// Calls a six-ones dashboard item (ISixOnesItem, loaded in the plugin's own load context, so through
/// <c>dynamic</c>) in a scope of the banner's jurisdiction, as the lead's dashboards will. Used by the
/// education and training tests.
/// </summary>
public static class EducationItemProbe
{
    public sealed record Progress(long OrganizationId, int Expected, int Done, int Overdue, int[] DoneByMonth);

    public sealed record MemberStatus(string State, string Summary, DateOnly? NextDue);

    public static async Task<IReadOnlyList<Progress>> ProgressAsync(SixOnesBanner b, int number, DateOnly asOf)
    {
        await using var scope = await ScopeAsync(b);
        var (item, rules) = await ItemAsync(scope, b, number);
        var list = await item.ProgressAsync(rules, asOf, CancellationToken.None);
        var result = new List<Progress>();
        foreach (var p in list)
            result.Add(new Progress((long)p.OrganizationId, (int)p.Expected, (int)p.Done, (int)p.Overdue, ((IEnumerable<int>)p.DoneByMonth).ToArray()));
        return result;
    }

    public static async Task<MemberStatus?> ForMemberAsync(SixOnesBanner b, int number, long personId, DateOnly today)
    {
        await using var scope = await ScopeAsync(b);
        var (item, rules) = await ItemAsync(scope, b, number);
        var person = await scope.ServiceProvider.GetRequiredService<IRoster>().FindAsync(personId);
        var status = await item.ForMemberAsync(rules, person!, today, CancellationToken.None);
        return status is null ? null : new MemberStatus(status.State.ToString(), (string)status.Summary, (DateOnly?)status.NextDue);
    }

    private static async Task<AsyncServiceScope> ScopeAsync(SixOnesBanner b)
    {
        var scope = b.Host.App.Services.CreateAsyncScope();
        var jurisdiction = await b.Host.App.Services.GetRequiredService<JurisdictionDirectory>().FindByCodeAsync(b.Code);
        scope.ServiceProvider.GetRequiredService<JurisdictionContext>().Set(jurisdiction!);
        return scope;
    }

    private static async Task<(dynamic Item, dynamic Rules)> ItemAsync(AsyncServiceScope scope, SixOnesBanner b, int number)
    {
        var assembly = b.Host.App.Services.GetRequiredService<PluginRegistry>().Find(SixOnesHost.PluginId)!.Assembly!;
        var itemType = assembly.GetType("Modular.Plugins.BannerSixOnes.Items.ISixOnesItem", throwOnError: true)!;
        var items = scope.ServiceProvider.GetServices(itemType).Cast<dynamic>().ToList();
        dynamic item = items.Single(i => (int)i.Number == number);
        dynamic campaign = scope.ServiceProvider.GetRequiredService(assembly.GetType("Modular.Plugins.BannerSixOnes.Common.SixOnesCampaign", throwOnError: true)!);
        dynamic rules = await campaign.RulesAsync(CancellationToken.None);
        return (item, rules);
    }
}
