namespace Modular.Host.Database;

/// <summary>
/// modular.conf in the data directory: the settings we own, rewritten at every start so they follow
/// the options (and the socket folder) of the process starting the server. postgresql.conf pulls it
/// in with one include line, so initdb's defaults stay untouched and readable.
/// </summary>
internal static class ServerSettingsFile
{
    public const string FileName = "modular.conf";
    private const string IncludeLine = $"include_if_exists = '{FileName}'";

    /// <summary>Writes the settings; returns the files written, which the cluster owner must own.</summary>
    public static IReadOnlyList<string> Write(string dataDirectory, string socketDirectory, int port, bool durable)
    {
        var lines = new List<string>
        {
            "# Written by Modular's EmbeddedPostgres at every start: change EmbeddedPostgresOptions instead.",
            // UNIX socket only: nothing on the network can reach this trust-authenticated cluster.
            "listen_addresses = ''",
            $"unix_socket_directories = '{socketDirectory.Replace("'", "''")}'",
            $"port = {port}",
        };
        if (!durable)
            lines.AddRange(["fsync = off", "synchronous_commit = off", "full_page_writes = off"]);

        var settingsPath = Path.Combine(dataDirectory, FileName);
        // Write-then-rename only needs the folder's permission, whoever owns the old file.
        var temporary = settingsPath + ".tmp";
        File.WriteAllLines(temporary, lines);
        File.Move(temporary, settingsPath, overwrite: true);

        var mainConfig = Path.Combine(dataDirectory, "postgresql.conf");
        if (!File.ReadAllLines(mainConfig).Any(line => line.Trim() == IncludeLine))
            File.AppendAllLines(mainConfig, ["", "# Modular's settings (socket, durability) live in their own file.", IncludeLine]);

        return [settingsPath];
    }
}
