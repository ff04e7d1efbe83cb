using System.Text.RegularExpressions;

namespace Modular.Host.Database;

/// <summary>
/// Names we splice into SQL (schemas, databases) cannot be sent as parameters, so they must be
/// plain lower-case identifiers that need no quoting.
/// </summary>
public static partial class SqlIdentifier
{
    public static bool IsSafe(string? name) =>
        name is not null && SafeName().IsMatch(name) && !name.StartsWith("pg_", StringComparison.Ordinal);

    public static string Require(string? name, string paramName)
    {
        if (!IsSafe(name))
            throw new ArgumentException(
                $"'{name}' is not a safe SQL identifier: use 1-63 characters a-z, 0-9 and _, starting with a letter or _, not starting with pg_.",
                paramName);
        return name!;
    }

    // 63 bytes is PostgreSQL's identifier limit (NAMEDATALEN - 1).
    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$")]
    private static partial Regex SafeName();
}
