namespace Modular.Host.Database;

/// <summary>The locale new clusters get: C.UTF-8 where installed (Unicode-aware upper/lower, byte order sorting), else C.</summary>
internal static class ServerLocale
{
    public static async Task<string> ChooseAsync(CommandRunner runner, CancellationToken ct)
    {
        try
        {
            var installed = await runner.RunAsync("locale", ["-a"], ct);
            var hasCUtf8 = installed.StandardOutput
                .Split('\n', StringSplitOptions.TrimEntries)
                .Any(name => name.Equals("C.utf8", StringComparison.OrdinalIgnoreCase) || name.Equals("C.UTF-8", StringComparison.OrdinalIgnoreCase));
            return hasCUtf8 ? "C.UTF-8" : "C";
        }
        catch (EmbeddedPostgresException)
        {
            return "C"; // no `locale` program to ask
        }
    }
}
