using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing.Matching;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Modular.Host.Web;

/// <summary>
/// Each page's full description (its handlers, bound properties, filters and authorization) is made the first time the
/// page is asked for, not for every page at start.
/// <para>
/// By default ASP.NET Core describes all pages before the first request: about 2 ms a page, and the plugins bring a
/// hundred. The routing only needs each page's route to start; <see cref="PageLoader"/> makes the rest once per page
/// and keeps it, and <see cref="DescribeOnFirstUse"/> puts the described page in place of the bare one before anything
/// after the routing (authorization, the jurisdiction and plugin guards) reads its metadata. This is how ASP.NET Core
/// serves pages compiled at run time; the pages here are all compiled at build time.
/// </para>
/// </summary>
public static class PagesDescribedOnFirstUse
{
    public static void Add(IServiceCollection services)
    {
        // The framework's provider that describes every page at start is internal: found by name, and loudly if renamed.
        const string describeAll = "Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure.CompiledPageActionDescriptorProvider";
        var removed = services.RemoveWhere<IActionDescriptorProvider>(d => d.ImplementationType?.FullName == describeAll);
        if (removed == 0) throw new InvalidOperationException($"{describeAll} is not registered: call this after AddRazorPages, or follow ASP.NET Core's rename.");
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IActionDescriptorProvider, PageActionDescriptorProvider>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<MatcherPolicy, DescribeOnFirstUse>());
    }

    private static int RemoveWhere<TService>(this IServiceCollection services, Func<ServiceDescriptor, bool> which)
    {
        var found = services.Where(d => d.ServiceType == typeof(TService) && which(d)).ToList();
        foreach (var descriptor in found)
            services.Remove(descriptor);
        return found.Count;
    }

    /// <summary>Swaps a matched page's bare endpoint for its described one (made on the page's first request, then kept).</summary>
    private sealed class DescribeOnFirstUse(PageLoader loader) : MatcherPolicy, IEndpointSelectorPolicy
    {
        // Before every other policy, so they all see the described page.
        public override int Order => int.MinValue + 100;

        public bool AppliesToEndpoints(IReadOnlyList<Endpoint> endpoints) =>
            endpoints.Any(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null and not CompiledPageActionDescriptor);

        public async Task ApplyAsync(HttpContext httpContext, CandidateSet candidates)
        {
            for (var i = 0; i < candidates.Count; i++)
            {
                if (!candidates.IsValidCandidate(i)) continue;
                var endpoint = candidates[i].Endpoint;
                if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not { } page || page is CompiledPageActionDescriptor) continue;
                var described = await loader.LoadAsync(page, endpoint.Metadata);
                candidates.ReplaceEndpoint(i, described.Endpoint, candidates[i].Values);
            }
        }
    }
}
