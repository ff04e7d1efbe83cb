using Microsoft.AspNetCore.Identity;
using Modular.Identity;
using Modular.Jurisdictions;
using Modular.Sdk;
using Modular.Sdk.Demo;

namespace Modular.Host.Demo;

/// <summary>
/// The host's side of <see cref="IDemoSeeding"/>: a plugin's demo acts in one jurisdiction as one of
/// its demo accounts (a scope whose request user is that account, so every permission check is the
/// real one), at a replayed time (<see cref="ReplayableClock"/>).
/// </summary>
internal sealed class DemoSeeding(IServiceProvider services, IJurisdiction jurisdiction) : IDemoSeeding
{
    private readonly ReplayableClock _clock = services.GetRequiredService<ReplayableClock>();

    public IJurisdiction Jurisdiction => jurisdiction;
    public DateOnly Today => jurisdiction.Today(services.GetRequiredService<TimeProvider>());

    public async Task AsAsync(string userName, Func<IServiceProvider, Task> work)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<JurisdictionContext>().Set(jurisdiction);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ModularUser>>();
        var user = await users.FindByNameAsync(userName);
        if (user is null || user.JurisdictionId != jurisdiction.Id)
            throw new InvalidOperationException($"Demo account \"{userName}\" does not exist in {jurisdiction.Code}.");
        var principal = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<ModularUser>>().CreateAsync(user);

        // The services read the signed-in user from the request, as they do for a real one.
        var accessor = services.GetRequiredService<IHttpContextAccessor>();
        accessor.HttpContext = new DefaultHttpContext { User = principal, RequestServices = scope.ServiceProvider };
        try
        {
            await work(scope.ServiceProvider);
        }
        finally
        {
            accessor.HttpContext = null;
        }
    }

    public Task AtAsync(DateTimeOffset instant, Func<Task> work) => _clock.ReplayAt(instant, work);
}
