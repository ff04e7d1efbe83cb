using System.Diagnostics;
using System.Text.Json;
using Modular.Tests.Infrastructure;

namespace Modular.Tests.Host;

/// <summary><c>dotnet run --project host/Modular.Host</c> on a fresh clone must serve the plugins, not start with none.</summary>
[RunsLong(330)] // a build of the host and every plugin
public sealed class HostBuildTests
{
    [Fact]
    public async Task Building_the_host_alone_builds_and_places_every_plugin_of_the_repository()
    {
        using var output = new ScratchDirectory();
        // The plugins' copy goes to a scratch folder, so the suite's own artifacts/plugins stay untouched.
        var start = new ProcessStartInfo("dotnet", ["build", "host/Modular.Host/Modular.Host.csproj", "--nologo", "-v", "quiet", "-clp:ErrorsOnly", $"-p:PluginOutputRoot={output.Path}/"])
        {
            WorkingDirectory = RepositoryPaths.Root, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        using var build = Process.Start(start)!;
        var text = await build.StandardOutput.ReadToEndAsync() + await build.StandardError.ReadToEndAsync();
        await build.WaitForExitAsync();
        Assert.True(build.ExitCode == 0, text);

        var pluginIds = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "plugins"), "plugin.json", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal))
            .Select(f => JsonDocument.Parse(File.ReadAllText(f), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true })
                .RootElement.GetProperty("id").GetString()!)
            .ToList();
        Assert.NotEmpty(pluginIds);
        foreach (var id in pluginIds)
            Assert.True(File.Exists(Path.Combine(output.Path, id, "plugin.json")), $"{id} was not placed in the plugins folder: {string.Join(", ", Directory.GetDirectories(output.Path))}");
    }
}
