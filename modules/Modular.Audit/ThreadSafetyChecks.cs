using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Modular.Audit;

/// <summary>
/// EF Core's check that a context is not used by two tasks at once, off unless <c>Modular:Database:ThreadSafetyChecks</c>
/// is true (the test kit turns it on, so a misuse still fails a test with EF's own message). The check writes an
/// <c>AsyncLocal</c> around every row a query reads; under a request's execution context that copies its map each time:
/// a profile of six ones' notes progress at 50,000 members spent half the request's managed CPU there and in the garbage
/// collections it caused. Every context here is scoped to one request or job and awaited in turn.
/// </summary>
public static class ThreadSafetyChecks
{
    public const string Setting = "Modular:Database:ThreadSafetyChecks";

    public static DbContextOptionsBuilder UseModularThreadSafetyChecks(this DbContextOptionsBuilder options, IServiceProvider services) =>
        options.EnableThreadSafetyChecks(services.GetService<IConfiguration>()?.GetValue<bool>(Setting) ?? false);
}
