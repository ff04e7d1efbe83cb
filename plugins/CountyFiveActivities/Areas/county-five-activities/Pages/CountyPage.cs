using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Modular.Plugins.CountyFiveActivities.Pages;

/// <summary>What every page of the plugin needs: the jurisdiction code for links, the API and ledger addresses.</summary>
public abstract class CountyPage : PageModel
{
    public string Code => (string)RouteData.Values["jurisdiction"]!;

    /// <summary>A ledger download of the plugin's API (the browser's cookie signs it in).</summary>
    public string Ledger(string path, string format = "xlsx") => $"/api/j/{Code}/{CountyStartup.PluginId}{path}?format={format}";

    public string PageUrl(string path) => $"/j/{Code}/{CountyStartup.PluginId}{path}";

    public static string Percent(decimal share) => (share * 100).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + "%";

    public static string Width(decimal share) => $"width:{Math.Clamp(share * 100, 0, 100).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)}%";
}
