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
}
