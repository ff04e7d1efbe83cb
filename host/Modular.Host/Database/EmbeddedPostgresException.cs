namespace Modular.Host.Database;

/// <summary>The embedded PostgreSQL cluster could not be prepared, started or stopped.</summary>
public sealed class EmbeddedPostgresException(string message, Exception? innerException = null)
    : Exception(message, innerException);
