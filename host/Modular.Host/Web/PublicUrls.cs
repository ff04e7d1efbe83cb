using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Modular.Modules;

namespace Modular.Host.Web;

/// <summary>
/// Addresses that leave the browser (the calendar feed a phone subscribes to) are built from
/// <c>Modular:PublicBaseUrl</c>, never from the request's Host header, which whoever sends the request chooses.
/// Unset, they use the first address the host listens on (<c>urls</c>; a wildcard host reads <c>localhost</c>):
/// right for the demo on one machine, and a deployment behind a proxy or a name sets the setting.
/// </summary>
internal sealed class PublicUrls(IConfiguration configuration, IServer server) : IPublicUrls
{
    public const string Setting = "Modular:PublicBaseUrl";

    /// <summary>The configured value, or null; start-up refuses a value that is not an absolute http(s) address.</summary>
    public static Uri? Configured(IConfiguration configuration) =>
        configuration[Setting] is not { Length: > 0 } value ? null
        : Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Query.Length == 0 ? uri
        : throw new InvalidOperationException(
            $"{Setting} must be an absolute http(s) address such as https://modular.example.org (got \"{value}\"). / {Setting} 应为完整的 http(s) 地址，例如 https://modular.example.org。");

    /// <summary>The base address without a trailing slash, e.g. <c>https://modular.example.org</c> or <c>https://example.org/modular</c>.</summary>
    public string Base => (Configured(configuration)?.AbsoluteUri ?? Listening()).TrimEnd('/');

    private string Listening()
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? ModularApp.DefaultUrl;
        // Kestrel's wildcards (http://+:80, http://*:80, http://0.0.0.0:80, http://[::]:80) are no address to give out.
        var uri = new UriBuilder(address.Replace("://+", "://localhost").Replace("://*", "://localhost"));
        if (uri.Host is "0.0.0.0" or "[::]" or "::") uri.Host = "localhost";
        return uri.Uri.GetLeftPart(UriPartial.Authority);
    }
}
