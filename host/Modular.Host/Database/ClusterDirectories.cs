using System.Security.Cryptography;
using System.Text;

namespace Modular.Host.Database;

/// <summary>
/// The cluster's folders: the data directory and the folder holding its UNIX socket. Creates them
/// for the cluster owner and checks that owner can reach them.
/// </summary>
internal sealed class ClusterDirectories
{
    /// <summary>The server listens on no TCP port; this only names the socket file (.s.PGSQL.5432).</summary>
    public const int Port = 5432;

    // sun_path holds 108 bytes on Linux and 104 on macOS, NUL included: stay within the smaller.
    private const int MaxSocketPathBytes = 103;

    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode WorldTraversable = OwnerOnly |
        UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;

    private readonly ClusterOwner _owner;
    private readonly CommandRunner _runner;

    public ClusterDirectories(string dataDirectory, ClusterOwner owner, CommandRunner runner)
    {
        DataDirectory = Path.TrimEndingDirectorySeparator(Path.GetFullPath(dataDirectory));
        SocketDirectory = ChooseSocketDirectory(DataDirectory);
        _owner = owner;
        _runner = runner;
    }

    public string DataDirectory { get; }

    /// <summary>Where a server we start puts its socket (a running server's own choice is in postmaster.pid).</summary>
    public string SocketDirectory { get; }

    public bool SocketInDataDirectory => SocketDirectory == DataDirectory;
    public bool IsInitialized => File.Exists(Path.Combine(DataDirectory, "PG_VERSION"));
    public string PidFile => Path.Combine(DataDirectory, "postmaster.pid");
    public string ServerLog => Path.Combine(DataDirectory, "server.log");

    /// <summary>Serializes starts of this cluster across processes; sits next to the data directory.</summary>
    public string StartLockFile => DataDirectory + ".lock";

    /// <summary>Creates both folders (mode 0700, owned by the cluster owner) and checks the owner can use them.</summary>
    public async Task PrepareAsync(CancellationToken ct)
    {
        CreateOwnerOnlyDirectory(DataDirectory);
        if (!SocketInDataDirectory)
            CreateOwnerOnlyDirectory(SocketDirectory);
        await GiveToOwnerAsync([DataDirectory, SocketDirectory], ct);
        if (!SocketInDataDirectory)
            SecureSharedSocketDirectory();
        if (!_owner.SwitchesUser)
            return;

        await RequireReachableByOwnerAsync(DataDirectory, ct);
        if (!SocketInDataDirectory)
            await RequireReachableByOwnerAsync(SocketDirectory, ct);
    }

    /// <summary>When we are root, files we write into the cluster must still belong to its owner.</summary>
    public async Task GiveToOwnerAsync(IReadOnlyList<string> paths, CancellationToken ct)
    {
        if (!_owner.SwitchesUser)
            return;
        // -h: never follow a symlink someone planted in /tmp to a file root should not give away.
        var result = await _runner.RunAsync("chown", ["-h", $"{_owner.OsUser}:", .. paths.Distinct()], ct);
        if (!result.Succeeded)
            throw new EmbeddedPostgresException(
                $"Could not give OS user {_owner.OsUser} ownership of the cluster's folders (is the Debian package \"postgresql\" installed?): {result.Describe()}");
    }

    /// <summary>After our own stop, a socket folder outside the data directory is empty clutter in /tmp.</summary>
    public void RemoveEmptySocketDirectory()
    {
        if (SocketInDataDirectory)
            return;
        try
        {
            if (Directory.Exists(SocketDirectory) && !Directory.EnumerateFileSystemEntries(SocketDirectory).Any())
                Directory.Delete(SocketDirectory);
        }
        catch (IOException)
        {
            // Someone else's server may have just put a socket there: leave it.
        }
    }

    // Use the data directory itself when the socket path fits and needs no quoting in
    // unix_socket_directories (a comma-separated list); else a short folder in /tmp named by a
    // hash of the data directory, so the same cluster always gets the same one.
    private static string ChooseSocketDirectory(string dataDirectory)
    {
        var socketPath = Path.Combine(dataDirectory, $".s.PGSQL.{Port}");
        var plain = dataDirectory.IndexOfAny([',', '"', '\'', '\\']) < 0 && dataDirectory.Trim() == dataDirectory;
        if (plain && Encoding.UTF8.GetByteCount(socketPath) <= MaxSocketPathBytes)
            return dataDirectory;
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(dataDirectory)))[..16];
        return $"/tmp/modular-pg-{hash}";
    }

    // Missing parents get 0755 whatever the umask, so the postgres user can pass through them;
    // the folder itself gets 0700, which the server insists on.
    private static void CreateOwnerOnlyDirectory(string path)
    {
        var missing = new Stack<string>();
        for (var dir = path; dir is not null && !Directory.Exists(dir); dir = Path.GetDirectoryName(dir))
            missing.Push(dir);
        while (missing.TryPop(out var dir))
        {
            Directory.CreateDirectory(dir);
            SetMode(dir, missing.Count == 0 ? OwnerOnly : WorldTraversable);
        }
    }

    // The /tmp socket folder has a predictable name, so another local user could have made it
    // first. It must be a real folder, and only its owner (which, after our chown, is the cluster
    // owner; /tmp's sticky bit then stops anyone else renaming it) can make it 0700.
    private void SecureSharedSocketDirectory()
    {
        if (new DirectoryInfo(SocketDirectory).LinkTarget is not null)
            throw new EmbeddedPostgresException($"{SocketDirectory} is a symbolic link, not a folder: remove it and start again.");
        try
        {
            SetMode(SocketDirectory, OwnerOnly);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new EmbeddedPostgresException($"{SocketDirectory} belongs to another user: remove it and start again.", e);
        }
    }

    // Root can enter any folder; the postgres user cannot pass a parent that is, say, 0700 root.
    private async Task RequireReachableByOwnerAsync(string path, CancellationToken ct)
    {
        if ((await TestAsOwnerAsync(["-x", path, "-a", "-w", path], ct)).Succeeded)
            return;
        var chain = new List<string>();
        for (var dir = path; dir is not null; dir = Path.GetDirectoryName(dir))
            chain.Insert(0, dir);
        foreach (var dir in chain)
        {
            if ((await TestAsOwnerAsync(["-x", dir], ct)).Succeeded)
                continue;
            var mode = Convert.ToString((int)GetMode(dir), 8);
            throw new EmbeddedPostgresException(
                $"OS user {_owner.OsUser} cannot enter {dir} (mode {mode}), so it cannot use {path}: this process is root, " +
                $"so PostgreSQL runs as {_owner.OsUser}. Make {dir} traversable (chmod o+x) or choose a data directory elsewhere.");
        }
        throw new EmbeddedPostgresException($"OS user {_owner.OsUser} cannot write to {path}.");
    }

    // EmbeddedPostgres refuses Windows up front; these guards tell the platform analyzer so.
    private static void SetMode(string path, UnixFileMode mode)
    {
        if (OperatingSystem.IsWindows())
            throw new PlatformNotSupportedException();
        File.SetUnixFileMode(path, mode);
    }

    private static UnixFileMode GetMode(string path) =>
        OperatingSystem.IsWindows() ? throw new PlatformNotSupportedException() : File.GetUnixFileMode(path);

    private Task<CommandResult> TestAsOwnerAsync(IReadOnlyList<string> testArguments, CancellationToken ct) =>
        _runner.RunAsAsync(_owner, "test", testArguments, ct);
}
