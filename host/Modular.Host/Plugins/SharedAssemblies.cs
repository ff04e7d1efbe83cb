using System.Reflection;

namespace Modular.Host.Plugins;

/// <summary>
/// Which assemblies cross the host/plugin boundary and so must come from the host (the default load
/// context), so that a plugin's <c>DbContext</c>, <c>PageModel</c> or <c>IPluginStartup</c> is the
/// same type the host knows. Everything else a plugin ships is private to it.
/// </summary>
public sealed class SharedAssemblies
{
    private static readonly string[] DefaultExactNames =
        [Modular.Sdk.ModularSdk.AssemblyName, "netstandard", "mscorlib", "WindowsBase"];

    private static readonly string[] DefaultPrefixes =
    [
        "System.", "Microsoft.AspNetCore.", "Microsoft.Extensions.", "Microsoft.EntityFrameworkCore",
        "Microsoft.JSInterop", "Microsoft.Net.", "Microsoft.Win32.", "Microsoft.CSharp", "Microsoft.VisualBasic",
        "Microsoft.OpenApi", "Npgsql",
    ];

    private readonly HashSet<string> _exact;
    private readonly string[] _prefixes;

    /// <param name="additional">Extra names from configuration (<c>Plugins:SharedAssemblies</c>); a trailing <c>*</c> makes a prefix.</param>
    public SharedAssemblies(IEnumerable<string>? additional = null)
    {
        var extra = additional?.ToList() ?? [];
        _exact = new HashSet<string>(DefaultExactNames.Concat(extra.Where(n => !n.EndsWith('*'))), StringComparer.OrdinalIgnoreCase);
        _prefixes = [.. DefaultPrefixes, .. extra.Where(n => n.EndsWith('*')).Select(n => n.TrimEnd('*'))];
    }

    public bool IsShared(AssemblyName name) => IsShared(name.Name);

    public bool IsShared(string? name) =>
        name is not null && (_exact.Contains(name) || name.Equals("System", StringComparison.OrdinalIgnoreCase)
                             || _prefixes.Any(p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase)));
}
