namespace Modular.Modules;

/// <summary>
/// The address this deployment is reached at from outside, for addresses that leave the browser (a
/// calendar feed a phone subscribes to). The host answers it from its settings and where it listens,
/// never from a request's Host header.
/// </summary>
public interface IPublicUrls
{
    /// <summary>The base address without a trailing slash, e.g. <c>https://modular.example.org</c>.</summary>
    string Base { get; }
}
