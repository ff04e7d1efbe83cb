using Modular.Identity;
using Modular.Sdk;
using Modular.Sdk.Blocks;

namespace Modular.Host.Plugins;

/// <summary>
/// Serves the ledgers plugins register (<see cref="IPluginBuilder.AddLedger{TSource}(LedgerEntry)"/>): one endpoint per
/// plugin, <c>ledgers/{key}</c>, that checks the entry's roles and declared parameters, asks the plugin's source and
/// writes .xlsx or CSV — so no plugin maps a download by hand.
/// </summary>
internal static class PluginLedgers
{
    public static string UrlOf(string jurisdictionCode, string pluginId, string key) => $"/api/j/{jurisdictionCode}/{pluginId}/ledgers/{key}";

    public static void Map(RouteGroupBuilder api, PluginDescriptor plugin)
    {
        api.MapGet("/ledgers/{key}", async (string key, string? format, HttpContext http, CancellationToken ct) =>
        {
            var entry = plugin.Contributions.Ledgers.FirstOrDefault(l => l.Key == key);
            if (entry is null) return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: Text.Of("没有这个台账。", "No such ledger."));
            if (entry.Roles.Count > 0 && !entry.Roles.Any(http.User.HasRole))
                return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: Text.Of("无权下载该台账。", "This ledger is not offered to you."));
            var query = LedgerQuery.Read(entry.Parameters, name => http.Request.Query[name].FirstOrDefault());
            if (!query.Succeeded) return query.ToHttpResult();
            var ledger = entry.Build is { } build
                ? await build(http.RequestServices, query.Value!, ct)
                : await ((ILedgerSource)http.RequestServices.GetRequiredService(entry.Source!)).BuildAsync(query.Value!, ct);
            return ledger.Succeeded ? Results.Extensions.Ledger(ledger.Value!, LedgerFormats.Parse(format)) : ledger.ToHttpResult();
        }).WithName($"{plugin.Id}.ledger");
    }
}

/// <summary>Ledger keys appear in URLs: lower-case letters, digits and dashes.</summary>
internal static class LedgerKeys
{
    public static bool IsValid(string key) => key.Length is > 0 and <= 60 && key.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-') && key[0] != '-';
}
