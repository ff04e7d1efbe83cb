using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace Modular.Host.Database;

/// <summary>One hand-written schema change; <see cref="Id"/> (e.g. 0001_initial) orders it and is recorded once applied.</summary>
public sealed record SqlMigration(string Id, string Sql)
{
    /// <summary>
    /// SHA-256 of the SQL with line endings normalized, so a checkout with CRLF line endings does
    /// not look like an edit of an applied migration.
    /// </summary>
    public string Checksum =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Sql.ReplaceLineEndings("\n"))));
}

/// <summary>Finds migrations embedded in an assembly (<c>&lt;EmbeddedResource Include="Migrations/*.sql" /&gt;</c>).</summary>
public static class SqlMigrations
{
    private const string FolderMarker = ".Migrations.";
    private const string Extension = ".sql";

    /// <summary>Every embedded Migrations/*.sql, ordered by id (the file name without .sql).</summary>
    public static IReadOnlyList<SqlMigration> FromAssembly(Assembly assembly) =>
        assembly.GetManifestResourceNames()
            .Where(name => name.Contains(FolderMarker, StringComparison.Ordinal) && name.EndsWith(Extension, StringComparison.OrdinalIgnoreCase))
            .Select(name => new SqlMigration(IdOf(name), ReadResource(assembly, name)))
            .OrderBy(migration => migration.Id, StringComparer.Ordinal)
            .ToList();

    // "Modular.Host.Migrations.0001_initial.sql" -> "0001_initial"
    private static string IdOf(string resourceName)
    {
        var start = resourceName.LastIndexOf(FolderMarker, StringComparison.Ordinal) + FolderMarker.Length;
        return resourceName[start..^Extension.Length];
    }

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} disappeared from {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, Encoding.UTF8); // drops a BOM
        return reader.ReadToEnd();
    }
}
