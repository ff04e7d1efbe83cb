using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Modular.Host;
using Modular.Host.Web;
using Modular.Modules;
using Modular.Tests.Infrastructure;
using Modular.Tests.Security;

namespace Modular.Tests.Architecture;

/// <summary>
/// Core modules serve their own pages (issue 12 item 6): the roster's, the schedules', the building blocks',
/// the users' and the audit log's pages are compiled into their module (a Razor class library) and served from
/// the assembly the module names, at the URLs they always had and under the host's folder policies; the host's
/// <c>Pages/</c> keeps only its own (account, platform admin, workbench, plugin switches, layout) and its menu
/// names no module's page. The tests that need a host share one (they only read its services).
/// </summary>
public sealed class ModulePagesTests(BareHost bare) : IClassFixture<BareHost>
{
    /// <summary>Every page a core module serves: its name under <c>Pages/</c>, its route, the module's assembly.</summary>
    private static readonly (string Page, string Route, string Module)[] ModulePages =
    [
        ("/Roster/Organizations", "j/{jurisdiction}/organizations", "Modular.Organizations"),
        ("/Roster/Organization", "j/{jurisdiction}/organizations/{id:long}", "Modular.Organizations"),
        ("/Roster/People", "j/{jurisdiction}/people", "Modular.Organizations"),
        ("/Roster/Person", "j/{jurisdiction}/people/{id:long}", "Modular.Organizations"),
        ("/Roster/Import", "j/{jurisdiction}/people/import", "Modular.Organizations"),
        ("/Roster/OrganizationImport", "j/{jurisdiction}/organizations/import", "Modular.Organizations"),
        ("/Roster/Accounts", "j/{jurisdiction}/accounts", "Modular.Organizations"),
        ("/Roster/AccountSlips", "j/{jurisdiction}/accounts/batches/{id:long}/slips", "Modular.Organizations"),
        ("/Schedules/Calendar", "j/{jurisdiction}/calendar", "Modular.Schedules"),
        ("/Schedules/Compliance", "j/{jurisdiction}/compliance", "Modular.Schedules"),
        ("/Office/Campaigns", "j/{jurisdiction}/office/campaigns", "Modular.Schedules"),
        ("/Office/Campaign", "j/{jurisdiction}/office/campaigns/{id:long}", "Modular.Schedules"),
        ("/Office/Events", "j/{jurisdiction}/office/events", "Modular.Schedules"),
        ("/Office/Event", "j/{jurisdiction}/office/events/{id:long}", "Modular.Schedules"),
        ("/Office/Pledges", "j/{jurisdiction}/office/pledges", "Modular.BuildingBlocks"),
        ("/Office/Reviews", "j/{jurisdiction}/office/reviews", "Modular.BuildingBlocks"),
        ("/Public/Evaluate", "evaluate/{place}/{roundId:long}", "Modular.BuildingBlocks"), // no sign-in: the slip's code is the key
        ("/Office/Users", "j/{jurisdiction}/office/users", "Modular.Identity"),
        ("/Office/User", "j/{jurisdiction}/office/users/{id:int}", "Modular.Identity"),
        ("/Oversight/Audit", "j/{jurisdiction}/office/audit", "Modular.Audit"),
    ];

    /// <summary>What the host's <c>Pages/</c> may hold: whole folders, and single files (with their page models).</summary>
    private static readonly string[] HostFolders = ["Account", "Admin", "Workspace", "Shared"];
    private static readonly string[] HostFiles =
    [
        "_ViewImports.cshtml", "_ViewStart.cshtml", "Index.cshtml", "Error.cshtml",
        "Office/Plugins.cshtml", "Office/PluginSettings.cshtml", // they read the host's plugin registry
        "Office/Setup.cshtml", // the setup checklist: composes the steps every module registers (ISetupStep)
    ];

    /// <summary>The policy a page gets from the host's folder conventions (ModularApp), by its folder.</summary>
    private static readonly Dictionary<string, string> FolderPolicies = new()
    {
        ["/Office/"] = Policies.JurisdictionAdmin,
        ["/Oversight/"] = Policies.AuditReader,
    };

    private static string NameOf(Assembly assembly) => assembly.GetName().Name!;

    [Fact]
    public void The_host_s_pages_folder_holds_no_page_of_a_core_module()
    {
        var pages = Path.Combine(RepositoryPaths.Root, "host", "Modular.Host", "Pages");
        var files = Directory.GetFiles(pages, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(pages, f).Replace('\\', '/')).ToList();

        Assert.Contains("Office/Plugins.cshtml", files);
        var foreign = files.Where(f => !HostFolders.Contains(f.Split('/')[0]) && !HostFiles.Contains(f.EndsWith(".cs", StringComparison.Ordinal) ? f[..^3] : f));
        Assert.Empty(foreign);
    }

    [Fact]
    public void Each_module_names_its_own_assembly_for_its_pages_and_the_host_lists_none()
    {
        var withPages = ModularApp.CoreModules.Where(m => m.PagesAssembly is not null).ToList();
        foreach (var module in withPages)
            Assert.Same(module.GetType().Assembly, module.PagesAssembly);
        Assert.Equal(ModulePages.Select(p => p.Module).Distinct().Order(StringComparer.Ordinal),
            withPages.Select(m => NameOf(m.PagesAssembly!)).Order(StringComparer.Ordinal));
        // No generated list of referenced assemblies to serve pages from: only the module list (and the plugin loader) adds parts.
        Assert.Empty(typeof(ModularApp).Assembly.GetCustomAttributes<ApplicationPartAttribute>());
    }

    [Fact]
    public async Task Each_module_page_is_served_by_its_module_at_its_url_under_the_host_s_folder_policy()
    {
        var services = bare.Host.App.Services;

        var parts = services.GetRequiredService<ApplicationPartManager>().ApplicationParts.OfType<AssemblyPart>().Select(p => NameOf(p.Assembly)).ToList();
        foreach (var module in ModulePages.Select(p => p.Module).Distinct())
            Assert.Single(parts, module);

        var pages = services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Endpoint: e, Page: e.Metadata.GetMetadata<PageActionDescriptor>()))
            .Where(e => e.Page is { AreaName: null }).ToList();
        var loader = services.GetRequiredService<PageLoader>();
        var servedBy = new Dictionary<string, string>();
        foreach (var (endpoint, page) in pages)
        {
            var compiled = await loader.LoadAsync(page!, endpoint.Metadata);
            servedBy.Add(page!.ViewEnginePath, NameOf(compiled.PageTypeInfo.Assembly));
            if (compiled.ModelTypeInfo is { } model && model != compiled.PageTypeInfo)
            {
                Assert.Equal(NameOf(compiled.PageTypeInfo.Assembly), NameOf(model.Assembly));
                Assert.Equal(model, compiled.HandlerTypeInfo); // the page model's handlers are the ones that run
            }
            foreach (var (folder, policy) in FolderPolicies.Where(f => page.ViewEnginePath.StartsWith(f.Key, StringComparison.Ordinal)))
                Assert.Contains(compiled.EndpointMetadata.OfType<IAuthorizeData>(), a => a.Policy == policy);
        }

        foreach (var (page, route, module) in ModulePages)
        {
            Assert.True(servedBy.TryGetValue(page, out var assembly), $"no page {page}");
            Assert.Equal(module, assembly);
            Assert.Equal(route, pages.Single(p => p.Page!.ViewEnginePath == page).Endpoint.RoutePattern.RawText!.TrimStart('/'));
        }
        // Every other page is the host's own.
        Assert.All(servedBy.Where(p => !ModulePages.Any(m => m.Page == p.Key)), p => Assert.Equal("Modular.Host", p.Value));
    }

    [Fact]
    public async Task The_host_s_menu_names_only_its_own_pages_and_each_module_links_its_own()
    {
        var services = bare.Host.App.Services;
        var loader = services.GetRequiredService<PageLoader>();
        var links = services.GetRequiredService<LinkGenerator>();
        var pages = services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Endpoint: e, Page: e.Metadata.GetMetadata<PageActionDescriptor>()))
            .Where(e => e.Page is { AreaName: null }).ToDictionary(e => e.Page!.ViewEnginePath);

        async Task<string> ServedBy(string page) =>
            NameOf((await loader.LoadAsync(pages[page].Page!, pages[page].Endpoint.Metadata)).PageTypeInfo.Assembly);

        foreach (var entry in MenuBuilder.HostEntries)
            Assert.Equal("Modular.Host", await ServedBy(entry.Page));
        foreach (var module in ModularApp.CoreModules)
            foreach (var entry in module.Menu)
            {
                Assert.Equal(NameOf(module.GetType().Assembly), await ServedBy(entry.Page));
                Assert.StartsWith("/j/x/", links.GetPathByPage(entry.Page, handler: null, values: new { jurisdiction = "x" }) + "/");
            }
        Assert.Contains(MenuBuilder.CoreEntries, e => e.Page == "/Roster/People");

        // The layout writes no module's address: its core links come from the entries above.
        var layout = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "host", "Modular.Host", "Pages", "Shared", "_Layout.cshtml"));
        foreach (var (_, route, _) in ModulePages)
        {
            var segments = route.Split('/')[2..]; // after j/{jurisdiction}: people, office/users, ...
            Assert.DoesNotContain("/" + string.Join('/', segments.Take(segments[0] == "office" ? 2 : 1)), layout);
        }
    }

    /// <summary>
    /// Issue 15 item 5: a core menu link is offered only to roles its page lets in. The host's folder conventions
    /// (ModularApp) keep /Office to the jurisdiction's admins and /Oversight to admins and auditors, so an entry there
    /// must name roles, all among those.
    /// </summary>
    [Fact]
    public void Each_core_menu_entry_is_offered_only_to_roles_its_folder_lets_in()
    {
        var folders = new Dictionary<string, IReadOnlyList<string>>
        {
            ["/Office/"] = [Modular.Sdk.Core.KnownRoles.JurisdictionAdmin],
            ["/Oversight/"] = Modular.Sdk.Core.KnownRoles.ReadAll,
        };
        foreach (var entry in MenuBuilder.CoreEntries)
            foreach (var (_, allowed) in folders.Where(f => entry.Page.StartsWith(f.Key, StringComparison.Ordinal)))
            {
                Assert.True(entry.Roles.Count > 0, $"{entry.Page} is in the menu of every role");
                Assert.All(entry.Roles, role => Assert.Contains(role, allowed));
            }
    }
}
