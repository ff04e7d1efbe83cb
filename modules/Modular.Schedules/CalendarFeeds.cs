using Modular.Modules;

namespace Modular.Schedules;

/// <summary>Where a phone subscribes to a feed token: the deployment's public address, never the request's Host header.</summary>
internal static class CalendarFeeds
{
    /// <summary>The anonymous .ics address of a feed token (served by <c>GET /ics/{token}.ics</c>).</summary>
    public static string Feed(this IPublicUrls urls, string token) => $"{urls.Base}/ics/{token}.ics";
}
