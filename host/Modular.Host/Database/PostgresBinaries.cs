namespace Modular.Host.Database;

/// <summary>The PostgreSQL server programs the embedded cluster runs, all from one installation.</summary>
internal sealed record PostgresBinaries(string Directory)
{
    // pg_ctl starts the postgres next to it, so all three must come from the same folder.
    private static readonly string[] RequiredPrograms = ["initdb", "pg_ctl", "postgres"];

    // Debian/Ubuntu install each major version side by side here, none of them on PATH.
    private const string DebianVersionsRoot = "/usr/lib/postgresql";

    public string InitDb => Path.Combine(Directory, "initdb");
    public string PgCtl => Path.Combine(Directory, "pg_ctl");

    /// <summary>The given folder, else the newest Debian-style install, else whatever PATH finds.</summary>
    public static PostgresBinaries Locate(string? binDirectory)
    {
        if (binDirectory is not null)
        {
            var missing = RequiredPrograms.Where(p => !IsProgram(Path.Combine(binDirectory, p))).ToList();
            if (missing.Count > 0)
                throw NotFound(missing, $" in {binDirectory}");
            return new PostgresBinaries(Path.GetFullPath(binDirectory));
        }

        var found = FromDebianVersions() ?? FromPath();
        return found ?? throw NotFound(RequiredPrograms, "");
    }

    private static PostgresBinaries? FromDebianVersions()
    {
        if (!System.IO.Directory.Exists(DebianVersionsRoot))
            return null;
        return System.IO.Directory.GetDirectories(DebianVersionsRoot)
            .Select(versionDir => (Version: MajorVersion(Path.GetFileName(versionDir)), Bin: Path.Combine(versionDir, "bin")))
            .Where(v => v.Version is not null && HasAll(v.Bin))
            .OrderByDescending(v => v.Version)
            .Select(v => new PostgresBinaries(v.Bin))
            .FirstOrDefault();
    }

    // PATH entries are often symlinks (/usr/local/bin/pg_ctl -> /usr/lib/postgresql/15/bin/pg_ctl);
    // follow pg_ctl to its real folder, where postgres lives.
    private static PostgresBinaries? FromPath()
    {
        var pathEntries = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        foreach (var entry in pathEntries)
        {
            var pgCtl = Path.Combine(entry, "pg_ctl");
            if (!IsProgram(pgCtl))
                continue;
            var target = new FileInfo(pgCtl).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? pgCtl;
            var directory = Path.GetDirectoryName(Path.GetFullPath(target));
            if (directory is not null && HasAll(directory))
                return new PostgresBinaries(directory);
        }
        return null;
    }

    private static bool HasAll(string directory) =>
        RequiredPrograms.All(p => IsProgram(Path.Combine(directory, p)));

    private static bool IsProgram(string path) => File.Exists(path);

    private static int? MajorVersion(string? folderName) =>
        int.TryParse(folderName, out var version) ? version : null;

    // One line on purpose: it ends up at the top of a failed start, where it should say what to do.
    private static EmbeddedPostgresException NotFound(IEnumerable<string> missing, string where) =>
        new($"PostgreSQL server binaries ({string.Join(", ", missing)}) were not found{where}: " +
            "install the Debian package \"postgresql\" (apt-get install -y postgresql), " +
            "or set ConnectionStrings:Modular to use an existing server.");
}
