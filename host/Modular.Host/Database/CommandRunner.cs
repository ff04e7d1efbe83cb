using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Modular.Host.Database;

/// <summary>What a finished program printed and returned.</summary>
internal sealed record CommandResult(string CommandLine, int ExitCode, string StandardOutput, string StandardError)
{
    public bool Succeeded => ExitCode == 0;

    /// <summary>The command and its non-empty output lines, for an exception message.</summary>
    public string Describe()
    {
        var lines = (StandardError + "\n" + StandardOutput)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var output = lines.Length == 0 ? " (no output)" : "\n  " + string.Join("\n  ", lines);
        return $"`{CommandLine}` exited with code {ExitCode}:{output}";
    }
}

/// <summary>Runs programs to completion, capturing their output, optionally as the cluster owner.</summary>
internal sealed class CommandRunner(ILogger logger)
{
    /// <summary>Runs a PostgreSQL program as <paramref name="owner"/> (through runuser when we are root).</summary>
    public Task<CommandResult> RunAsAsync(ClusterOwner owner, string program, IReadOnlyList<string> arguments, CancellationToken ct) =>
        owner.SwitchesUser
            ? RunAsync("runuser", ["-u", owner.OsUser, "--", program, .. arguments], ct)
            : RunAsync(program, arguments, ct);

    public async Task<CommandResult> RunAsync(string program, IReadOnlyList<string> arguments, CancellationToken ct)
    {
        var startInfo = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            // The postgres user may not be allowed into our working directory (e.g. /root).
            WorkingDirectory = "/",
        };
        foreach (var argument in arguments)
            startInfo.ArgumentList.Add(argument);
        // PGPORT, PGDATA and friends from the caller's shell must not steer our cluster.
        foreach (var name in startInfo.Environment.Keys.Where(k => k.StartsWith("PG", StringComparison.Ordinal)).ToList())
            startInfo.Environment.Remove(name);

        var commandLine = string.Join(' ', [program, .. arguments]);
        logger.LogDebug("Running {CommandLine}", commandLine);

        using var process = new Process { StartInfo = startInfo };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new EmbeddedPostgresException($"Could not run `{commandLine}`: {e.Message}", e);
        }

        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
        try
        {
            await process.WaitForExitAsync(ct);
        }
        catch (OperationCanceledException)
        {
            // Only the program itself: a postmaster it just forked must not be killed with it.
            process.Kill(entireProcessTree: false);
            throw;
        }
        return new CommandResult(commandLine, process.ExitCode, await stdout, await stderr);
    }
}
