using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Modular.Sdk.Data;

namespace Modular.Audit;

/// <summary>Which jurisdiction a row belongs to, if any: only jurisdictions' rows are audited.</summary>
internal static class RowJurisdiction
{
    /// <summary>
    /// The tenants' own table, whose rows' ids are their jurisdictions. Named rather than referenced:
    /// Modular.Jurisdictions depends on this module, not the other way round.
    /// </summary>
    public const string JurisdictionsTable = "jurisdictions.jurisdictions";

    private const string JurisdictionIdProperty = nameof(IJurisdictionScoped.JurisdictionId);

    /// <summary>The jurisdiction of the row whose values these are, or null for platform data (not audited).</summary>
    public static int? Of(IEntityType type, PropertyValues values)
    {
        // Every IJurisdictionScoped row, and any other with an int JurisdictionId (an identity user, a role).
        if (type.FindProperty(JurisdictionIdProperty) is { } property && (property.ClrType == typeof(int) || property.ClrType == typeof(int?)))
            return (int?)values[property];
        if (TableOf(type) == JurisdictionsTable && type.FindPrimaryKey() is { Properties: [{ } id] } && id.ClrType == typeof(int))
            return (int?)values[id];
        return null;
    }

    /// <summary><c>schema.table</c>, as the log names entities; null for a type mapped to no table (a view, a query type).</summary>
    public static string? TableOf(IEntityType type) =>
        type.GetTableName() is { } table && !type.IsMappedToJson() ? $"{type.GetSchema() ?? "public"}.{table}" : null;
}
