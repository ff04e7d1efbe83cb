using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Modular.Host.Database;

namespace Modular.Testing;

/// <summary>
/// A test process that was killed (hang timeout, Ctrl+C) never ran its cleanup and left its
/// servers running. Stops them and deletes their folders, so such leftovers do not pile up.
/// </summary>
public static class LeftoverTestClusters
{
    public static void RemoveThoseOfDeadProcesses()
    {
        foreach (var root in Directory.GetDirectories("/tmp", ScratchDirectory.Prefix + "*"))
        {
            var pidText = Path.GetFileName(root)[ScratchDirectory.Prefix.Length..].Split('-')[0];
            if (!int.TryParse(pidText, out var pid) || IsAlive(pid))
                continue;
            try
            {
                foreach (var pidFile in Directory.GetFiles(root, "postmaster.pid", SearchOption.AllDirectories))
                    EmbeddedPostgres.StopImmediately(Path.GetDirectoryName(pidFile)!);
                Directory.Delete(root, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or EmbeddedPostgresException)
            {
                // Another test process may be removing it at the same moment; a leftover is harmless.
            }
        }
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
