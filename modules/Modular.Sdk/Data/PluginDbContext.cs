using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace Modular.Sdk.Data;

/// <summary>
/// Base of every plugin's DbContext. It keeps the plugin's tables in its own PostgreSQL schema and
/// filters every <see cref="IJurisdictionScoped"/> entity by the jurisdiction the host set for this
/// unit of work. The host creates it from a pool with the connection already configured.
/// </summary>
public abstract class PluginDbContext(DbContextOptions options) : DbContext(options)
{
    private readonly string? _manifestSchema = PluginSchema.Of(options);

    /// <summary>
    /// The PostgreSQL schema that holds this plugin's tables (e.g. <c>six_ones</c>): the <c>"schema"</c> of the plugin's
    /// manifest, which the host passes in. Core modules, which have no manifest, name theirs by overriding this.
    /// </summary>
    public virtual string Schema => _manifestSchema
        ?? throw new InvalidOperationException($"{GetType().Name} has no schema: declare \"schema\" in the plugin's plugin.json.");

    /// <summary>
    /// The jurisdiction this unit of work runs for, set by the host each time the context is handed
    /// out. Zero means none: scoped queries then return nothing. Read by the query filters per
    /// query, so one pooled model serves every jurisdiction.
    /// </summary>
    public int CurrentJurisdictionId { get; set; }

    /// <summary>
    /// The jurisdiction's members and the organization each belongs to now (<see cref="RosterMember"/>), to join this
    /// context's rows in one query: e.g. a plugin's records counted per organization. Read-only, jurisdiction-filtered.
    /// </summary>
    public IQueryable<RosterMember> RosterMembers => Set<RosterMember>();

    /// <summary>
    /// The authors of texts of <paramref name="kind"/> in the jurisdiction, each with how many and their first submission
    /// (<see cref="CountedTextAuthor"/>), to join <see cref="RosterMembers"/> or this context's rows in one query. Read-only.
    /// </summary>
    public IQueryable<CountedTextAuthor> CountedTextAuthors(Blocks.BlockKind kind) =>
        Set<CountedTextAuthor>().Where(a => a.PluginId == kind.PluginId && a.Kind == kind.Kind);

    protected sealed override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.Entity<RosterMember>(e =>
        {
            e.HasNoKey().ToView("members", "roster");
            e.Property(m => m.Employment).HasConversion<string>();
        });
        modelBuilder.Entity<CountedTextAuthor>().HasNoKey().ToView("counted_text_authors", "blocks");
        ConfigureModel(modelBuilder);
        modelBuilder.UseSnakeCaseNames();
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            if (entity.BaseType is null && typeof(IJurisdictionScoped).IsAssignableFrom(entity.ClrType))
                modelBuilder.Entity(entity.ClrType).HasQueryFilter(JurisdictionFilter(entity.ClrType));
        }
    }

    /// <summary>
    /// The plugin's model: entities, keys, indexes. Lead tenant keys with the jurisdiction id. Table
    /// and column names become snake_case (<see cref="SnakeCaseNames"/>) for the SQL migrations.
    /// </summary>
    protected abstract void ConfigureModel(ModelBuilder modelBuilder);

    // e => e.JurisdictionId == this.CurrentJurisdictionId, built against the context instance so
    // EF reads the value at query time instead of caching it in the model.
    private LambdaExpression JurisdictionFilter(Type clrType)
    {
        var entity = Expression.Parameter(clrType, "e");
        var body = Expression.Equal(
            Expression.Property(entity, nameof(IJurisdictionScoped.JurisdictionId)),
            Expression.Property(Expression.Constant(this), nameof(CurrentJurisdictionId)));
        return Expression.Lambda(body, entity);
    }

    // A pooled context goes back to the pool on dispose: forget the jurisdiction so that a context
    // handed out without one sees nothing rather than the last tenant's rows.
    public override void Dispose()
    {
        CurrentJurisdictionId = 0;
        base.Dispose();
    }

    public override ValueTask DisposeAsync()
    {
        CurrentJurisdictionId = 0;
        return base.DisposeAsync();
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        StampAndGuardJurisdiction();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampAndGuardJurisdiction();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    // Query filters do not guard writes: a row attached by id could belong to someone else.
    private void StampAndGuardJurisdiction()
    {
        foreach (var entry in ChangeTracker.Entries<IJurisdictionScoped>())
        {
            if (entry.State == EntityState.Unchanged || entry.State == EntityState.Detached) continue;
            if (CurrentJurisdictionId == 0)
                throw new InvalidOperationException($"Cannot save {entry.Entity.GetType().Name}: this unit of work has no jurisdiction.");
            if (entry.State == EntityState.Added && entry.Entity.JurisdictionId == 0)
                entry.Entity.JurisdictionId = CurrentJurisdictionId;
            else if (entry.Entity.JurisdictionId != CurrentJurisdictionId)
                throw new CrossJurisdictionWriteException(entry.Entity.GetType().Name, entry.Entity.JurisdictionId, CurrentJurisdictionId);
        }
    }
}

public sealed class CrossJurisdictionWriteException(string entity, int rowJurisdiction, int currentJurisdiction)
    : InvalidOperationException($"Refused to save {entity} of jurisdiction {rowJurisdiction} from jurisdiction {currentJurisdiction}.");
