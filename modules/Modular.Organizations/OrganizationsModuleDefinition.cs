using System.Reflection;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Modular.Modules;
using Modular.Organizations.Api;
using Modular.Sdk.Core;

namespace Modular.Organizations;

/// <summary>
/// Organizations and people as the host composes them: schema <c>roster</c>, the services and SDK views,
/// the upload limits (section <c>Uploads</c>), the organizations and people API.
/// </summary>
public sealed class OrganizationsModuleDefinition : IModule
{
    public string Name => "organizations";
    public string Schema => RosterDbContext.SchemaName;
    public Assembly MigrationsAssembly => typeof(RosterDbContext).Assembly;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddRoster();
        services.AddOptions<UploadLimits>().Bind(configuration.GetSection(UploadLimits.Section))
            .Validate(l => l.IsValid, $"Every setting under {UploadLimits.Section} must be a positive number.").ValidateOnStart();
    }

    public void MapApi(IEndpointRouteBuilder app)
    {
        app.MapRosterApi();
        app.MapMemberAccountsApi();
        app.MapPickerApi();
    }

    /// <summary>The organizations, the roster and its import, the members' accounts (<c>/Roster</c>).</summary>
    public Assembly? PagesAssembly => typeof(OrganizationsModuleDefinition).Assembly;

    public IReadOnlyList<ModuleMenuEntry> Menu { get; } =
    [
        // The roster is everyone's to read (masked), but it is the work of those who oversee organizations: a member's
        // menu keeps to their own work (the dashboard, calendar, their own compliance and the campaigns' pages).
        new(MenuSection.Workspace, "/Roster/Organizations", "组织", "Organizations", 10) { Roles = KnownRoles.Overseers },
        new(MenuSection.Workspace, "/Roster/People", "党员名册", "Member roster", 20) { Roles = KnownRoles.Overseers },
        new(MenuSection.Workspace, "/Roster/Accounts", "党员账号", "Member accounts", 25) { Roles = [KnownRoles.JurisdictionAdmin, KnownRoles.OrganizationOfficer] },
    ];
}
