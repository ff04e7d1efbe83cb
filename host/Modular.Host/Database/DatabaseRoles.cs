using Modular.Audit;
using Npgsql;

namespace Modular.Host.Database;

/// <summary>
/// Who the host is on its database. The owner (<c>ConnectionStrings:Modular</c>) runs the migrations
/// and owns every table; requests are served as the application role, which owns nothing, is not a
/// superuser and cannot bypass row-level security. <c>ConnectionStrings:ModularApp</c> names that
/// role's connection; without it the host creates and uses role <see cref="DefaultApplicationRole"/>
/// on the owner's server, with a password derived from the owner's (none where the owner needs none).
/// </summary>
public sealed record DatabaseRoles(string OwnerConnection, string ApplicationConnection, string PlatformConnection, string ApplicationRole, string? ApplicationPassword, bool CreatesRole)
{
    public const string ApplicationConnectionName = "ModularApp";
    public const string DefaultApplicationRole = "modular_app";

    /// <summary>How many statements each pooled connection keeps prepared, unless the connection string says.</summary>
    public const int AutoPreparedStatements = 256;

    public static DatabaseRoles Plan(string ownerConnection, string? configuredApplicationConnection)
    {
        NpgsqlConnectionStringBuilder application;
        string? password = null;
        var creates = string.IsNullOrWhiteSpace(configuredApplicationConnection);
        if (creates)
        {
            var owner = new NpgsqlConnectionStringBuilder(ownerConnection);
            password = string.IsNullOrEmpty(owner.Password) ? null : DerivedPassword(owner.Password);
            application = new NpgsqlConnectionStringBuilder(ownerConnection) { Username = DefaultApplicationRole, Password = password };
        }
        else
        {
            application = new NpgsqlConnectionStringBuilder(configuredApplicationConnection);
        }
        // A dashboard runs the same dozens of statements on every request: prepared once per pooled
        // connection they are parsed and planned once (2009 party group under load: 0.38 → 0.50 of
        // its twin). Npgsql's reset on return then keeps the statements and still forgets the binding.
        // From the sixth run PostgreSQL may plan a statement once for any parameters (a generic plan), by guessed row counts:
        // a shape that needs the real ones can turn slow (CampaignEventStore.WithHeadcounts did). To see a statement's generic
        // plan: `set plan_cache_mode = force_generic_plan`, then EXPLAIN ANALYZE EXECUTE it.
        if (application.MaxAutoPrepare == 0) application.MaxAutoPrepare = AutoPreparedStatements;
        var role = application.Username ?? throw new InvalidOperationException(
            $"ConnectionStrings:{ApplicationConnectionName} must name its user (Username=...).");
        SqlIdentifier.Require(role, ApplicationConnectionName);
        // Platform connections: the same role, platform-wide by default (see JurisdictionSessions).
        var platform = new NpgsqlConnectionStringBuilder(application.ConnectionString)
        {
            Options = $"{application.Options} -c {JurisdictionSessions.PlatformSetting}=on".Trim(),
        };
        return new DatabaseRoles(ownerConnection, application.ConnectionString, platform.ConnectionString, role, password, creates);
    }

    // Every instance given the same owner connection derives the same password, so none resets another's.
    private static string DerivedPassword(string ownerPassword)
    {
        var key = System.Text.Encoding.UTF8.GetBytes(ownerPassword);
        var mac = System.Security.Cryptography.HMACSHA256.HashData(key, "modular application role"u8);
        return Convert.ToHexString(mac);
    }
}
