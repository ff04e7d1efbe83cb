namespace Modular.Host.Database;

/// <summary>A schema's migrations could not be applied; names the schema and, when known, the migration.</summary>
public sealed class MigrationException(string schema, string? migrationId, string message, Exception? innerException = null)
    : Exception(message, innerException)
{
    public string Schema { get; } = schema;
    public string? MigrationId { get; } = migrationId;
}
