using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Modular.Sdk.Data;

/// <summary>
/// PostgreSQL names in snake_case (<c>JurisdictionId</c> → <c>jurisdiction_id</c>), so hand-written
/// SQL migrations need no quoting. Names already written in lower case are left as they are.
/// </summary>
public static class SnakeCaseNames
{
    public static ModelBuilder UseSnakeCaseNames(this ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            if (entity.GetTableName() is { } table && entity.BaseType is null) entity.SetTableName(ToSnakeCase(table));
            var tableId = entity.GetTableName() is { } mapped
                ? StoreObjectIdentifier.Table(mapped, entity.GetSchema())
                : StoreObjectIdentifier.View(entity.GetViewName()!, entity.GetViewSchema());
            foreach (var property in entity.GetProperties())
                if (property.GetColumnName(tableId) is { } column) property.SetColumnName(ToSnakeCase(column));
            foreach (var key in entity.GetKeys())
                if (key.GetName() is { } name) key.SetName(ToSnakeCase(name));
            foreach (var foreignKey in entity.GetForeignKeys())
                if (foreignKey.GetConstraintName() is { } name) foreignKey.SetConstraintName(ToSnakeCase(name));
            foreach (var index in entity.GetIndexes())
                if (index.GetDatabaseName() is { } name) index.SetDatabaseName(ToSnakeCase(name));
        }
        return modelBuilder;
    }

    public static string ToSnakeCase(string name)
    {
        if (!name.Any(char.IsUpper)) return name;
        var result = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                var previous = i > 0 ? name[i - 1] : '_';
                var next = i + 1 < name.Length ? name[i + 1] : '_';
                if (i > 0 && previous != '_' && (char.IsLower(previous) || char.IsDigit(previous) || char.IsLower(next)))
                    result.Append('_');
                result.Append(char.ToLowerInvariant(c));
            }
            else result.Append(c);
        }
        return result.ToString();
    }
}
