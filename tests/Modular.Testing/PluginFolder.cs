using System.Text.Json.Nodes;

namespace Modular.Testing;

/// <summary>
/// A throw-away plugins directory for one test: copies of built test plugins, plus broken ones the
/// test writes itself. Deleted on dispose.
/// </summary>
public sealed class PluginFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "modular-plugins-" + Guid.NewGuid().ToString("N")[..12]);

    public PluginFolder() => Directory.CreateDirectory(Path);

    /// <summary>Every campaign plugin of the repository, as the solution build placed them in artifacts/plugins.</summary>
    public static string[] RealPlugins => [.. Directory.EnumerateDirectories(RepositoryPaths.Plugins).Select(System.IO.Path.GetFileName).Order()!];

    /// <summary>Copies a built test plugin (from artifacts/test-plugins or artifacts/plugins) under a folder name.</summary>
    public string Add(string pluginId, string? folderName = null)
    {
        var source = System.IO.Path.Combine(RepositoryPaths.TestPlugins, pluginId);
        if (!Directory.Exists(source)) source = System.IO.Path.Combine(RepositoryPaths.Plugins, pluginId);
        if (!Directory.Exists(source)) throw new DirectoryNotFoundException($"Plugin {pluginId} is not built: {source}");
        var target = System.IO.Path.Combine(Path, folderName ?? pluginId);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = System.IO.Path.Combine(target, System.IO.Path.GetRelativePath(source, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
        return target;
    }

    /// <summary>Copies a built plugin and edits its manifest (e.g. another id, SDK version or dependencies).</summary>
    public string AddWithManifest(string pluginId, string folderName, Action<JsonObject> edit)
    {
        var folder = Add(pluginId, folderName);
        var manifestPath = System.IO.Path.Combine(folder, "plugin.json");
        var manifest = JsonNode.Parse(File.ReadAllText(manifestPath), documentOptions: new() { CommentHandling = System.Text.Json.JsonCommentHandling.Skip })!.AsObject();
        edit(manifest);
        File.WriteAllText(manifestPath, manifest.ToJsonString());
        return folder;
    }

    /// <summary>Writes a folder with the given files (name → content), for broken plugins.</summary>
    public string AddRaw(string folderName, params (string Name, byte[] Content)[] files)
    {
        var folder = System.IO.Path.Combine(Path, folderName);
        Directory.CreateDirectory(folder);
        foreach (var (name, content) in files) File.WriteAllBytes(System.IO.Path.Combine(folder, name), content);
        return folder;
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { /* a loaded assembly may still be mapped; the temp dir is cleaned by the OS */ }
    }
}
