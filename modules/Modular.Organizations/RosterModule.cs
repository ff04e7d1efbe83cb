using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Modular.Audit;
using Modular.Modules;
using Modular.Sdk;
using Modular.Sdk.Core;
using Npgsql;

namespace Modular.Organizations;

internal static class RosterModule
{
    /// <summary>Organizations and people: a pooled <see cref="RosterDbContext"/> bound per scope to the current jurisdiction, the services, and the SDK views.</summary>
    public static IServiceCollection AddRoster(this IServiceCollection services)
    {
        services.AddTenantDbContext<RosterDbContext>();
        services.AddOptions<UploadLimits>(); // bound to the "Uploads" section by OrganizationsModuleDefinition
        services.AddScoped<OrganizationService>();
        services.AddScoped<PeopleService>();
        services.AddScoped<RosterImporter>();
        services.AddScoped<RosterExporter>();
        services.AddScoped<OrganizationImporter>();
        services.AddScoped<OrganizationExporter>();
        services.AddScoped<ISetupStep, ImportOrganizationsStep>();
        services.AddScoped<ISetupStep, ImportRosterStep>();
        services.AddScoped<ISetupStep, MemberAccountsStep>();
        services.AddScoped<Accounts.MemberAccounts>();
        services.AddScoped<Accounts.SlipSheets>();
        services.AddSingleton<OrganizationTreeCache>();
        services.AddScoped<IOrganizationDirectory, OrganizationDirectory>();
        services.AddSingleton<Modular.Sdk.Blocks.ITableFiles, TableFiles>();
        services.AddScoped<IRoster, Roster>();
        services.AddScoped<PickerSearch>();
        return services;
    }
}
