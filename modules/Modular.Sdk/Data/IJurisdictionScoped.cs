namespace Modular.Sdk.Data;

/// <summary>
/// A row that belongs to one jurisdiction. Its table's primary key, foreign keys and indexes lead
/// with <c>jurisdiction_id</c>; queries through a <see cref="PluginDbContext"/> see only the
/// current jurisdiction's rows, and saving another jurisdiction's row is refused.
/// </summary>
public interface IJurisdictionScoped
{
    int JurisdictionId { get; set; }
}
