using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Modular.Host.Web;

/// <summary>
/// Behind a reverse proxy (deploy/nginx-modular.conf) the client's address and scheme arrive in <c>X-Forwarded-For</c> and
/// <c>X-Forwarded-Proto</c>. They are believed only from the proxies trusted: loopback always (nginx on the same machine),
/// plus the addresses in <c>Modular:TrustedProxies</c>; anyone else could otherwise claim https or another address.
/// </summary>
public static class TrustedProxies
{
    public const string Setting = "Modular:TrustedProxies";

    /// <summary>The options for these settings; a value that is not an IP address stops the start here, naming the setting.</summary>
    public static Action<ForwardedHeadersOptions> Configured(IConfiguration configuration)
    {
        var proxies = configuration.GetSection(Setting).GetChildren().Select(c => IPAddress.TryParse(c.Value?.Trim(), out var address) ? address
            : throw new InvalidOperationException($"{Setting}:{c.Key}: \"{c.Value}\" is not an IP address (e.g. 10.0.0.5 or ::1).")).ToList();
        return options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in proxies) options.KnownProxies.Add(proxy);
        };
    }
}
