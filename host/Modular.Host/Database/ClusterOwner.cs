namespace Modular.Host.Database;

/// <summary>
/// The OS user the cluster's files and server processes belong to, and the superuser role initdb
/// creates. initdb and pg_ctl refuse to run as root, so a root process hands the cluster to the
/// "postgres" OS user (created by the Debian package) and runs the programs through runuser.
/// </summary>
internal sealed record ClusterOwner(string OsUser, string Role, bool SwitchesUser)
{
    private const string PostgresUser = "postgres";

    public static ClusterOwner ForCurrentProcess() =>
        Environment.IsPrivilegedProcess
            ? new ClusterOwner(PostgresUser, PostgresUser, SwitchesUser: true)
            : new ClusterOwner(Environment.UserName, Environment.UserName, SwitchesUser: false);
}
