using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Modular.Audit;
using Modular.Sdk;
using Modular.Sdk.Blocks;

namespace Modular.BuildingBlocks;

internal static class BuildingBlocksModule
{
    public const string Schema = BlocksDbContext.SchemaName;

    /// <summary>
    /// The blocks' context (pooled, audited, bound to the request's jurisdiction like a plugin's) and
    /// the SDK services plugins inject: <see cref="ICountedTexts"/>, <see cref="IPledges"/>,
    /// <see cref="IEvaluations"/>, <see cref="INominations"/> (needs an <c>IOrganizationDirectory</c>),
    /// <see cref="ILedgerExporter"/>. Needs the audit and jurisdictions modules.
    /// </summary>
    public static IServiceCollection AddBuildingBlocks(this IServiceCollection services)
    {
        services.AddTenantDbContext<BlocksDbContext>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<BlocksActor>();
        services.AddScoped<ICountedTexts, CountedTextService>();
        services.AddScoped<IPledges, PledgeService>();
        services.AddScoped<IEvaluations, EvaluationService>();
        services.AddScoped<INominations, NominationService>();
        services.AddScoped<IRectifications, RectificationService>();
        services.AddScoped<ISuggestions, SuggestionService>();
        services.AddScoped<Modular.Sdk.Scheduling.IUnitSchedules, UnitScheduleService>();
        services.AddScoped<IDiscussions, DiscussionService>();
        services.AddScoped<IVersionedDocuments, VersionedDocumentService>();
        services.AddScoped<ILeadingBodies, LeadingBodyService>();
        services.AddScoped<ILedgerExporter, LedgerExporter>(); // scoped: writes times in the request's jurisdiction's zone
        return services;
    }
}
