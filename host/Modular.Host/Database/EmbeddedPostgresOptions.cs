namespace Modular.Host.Database;

/// <summary>Where and how <see cref="EmbeddedPostgres"/> keeps its private cluster.</summary>
public sealed class EmbeddedPostgresOptions
{
    /// <summary>The cluster's data directory (PGDATA). Created, and initialized with initdb, when missing.</summary>
    public required string DataDirectory { get; init; }

    /// <summary>
    /// False trades crash safety for speed (initdb --no-sync, fsync, synchronous_commit and
    /// full_page_writes off): for throwaway test clusters only.
    /// </summary>
    public bool Durable { get; init; } = true;

    /// <summary>Folder holding initdb, pg_ctl and postgres; null finds them on this machine.</summary>
    public string? BinDirectory { get; init; }
}
