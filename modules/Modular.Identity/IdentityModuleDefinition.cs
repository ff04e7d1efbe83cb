using System.Reflection;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Modular.Identity.Api;
using Modular.Modules;

namespace Modular.Identity;

/// <summary>
/// Identity as the host composes it: schema <c>identity</c>; users, roles, sign-in and what each shared
/// policy requires; <c>/api/auth</c> and the account endpoints.
/// </summary>
public sealed class IdentityModuleDefinition : IModule
{
    public string Name => "identity";
    public string Schema => ModularIdentityDbContext.Schema;
    public Assembly MigrationsAssembly => typeof(ModularIdentityDbContext).Assembly;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModularIdentity();
        services.AddAuthorization(PolicyRules.Add);
        services.AddScoped<SignInService>();
    }

    public void MapApi(IEndpointRouteBuilder app)
    {
        app.MapAuthApi();
        app.MapUserAccountsApi();
    }

    /// <summary>The office's user list (<c>/Office/Users</c>); sign-in and the own password are the host's account pages.</summary>
    public Assembly? PagesAssembly => typeof(IdentityModuleDefinition).Assembly;

    public IReadOnlyList<ModuleMenuEntry> Menu { get; } =
    [
        new(MenuSection.Office, "/Office/Users", "用户", "Users", 20) { Roles = [Roles.JurisdictionAdmin] },
    ];
}
