namespace Modular.Testing;

/// <summary>
/// A <see cref="TestJurisdiction"/> as one plugin's tests use it: the plugin's API and page paths, clients signed in as
/// its users, and the shared host's clock. A plugin's test kit derives from it to name the organizations its tests use
/// (<c>public long Village =&gt; Org("东关村党支部");</c>).
/// </summary>
public abstract class PluginJurisdiction(TestJurisdiction jurisdiction, string pluginId, SettableClock clock)
{
    public TestJurisdiction Jurisdiction => jurisdiction;
    public TestHost Host => jurisdiction.Host;
    public string Code => jurisdiction.Code;
    public int Id => jurisdiction.Id;
    public SettableClock Clock => clock;
    /// <summary>The office (jurisdiction admin, <c>{code}-admin</c>) through the API.</summary>
    public HttpClient OfficeApi => jurisdiction.OfficeApi;
    /// <summary>Member (roster person) ids by name.</summary>
    public Dictionary<string, long> People => jurisdiction.People;

    /// <summary>An organization of the tree, by name.</summary>
    protected long Org(string name) => jurisdiction.Org[name];

    /// <summary><c>/api/j/{code}/{plugin}</c> + path.</summary>
    public string Api(string path) => jurisdiction.Api(pluginId, path);

    /// <summary><c>/j/{code}/{plugin}</c> + path.</summary>
    public string Page(string path) => jurisdiction.Page(pluginId, path);

    /// <summary>A script's client signed in as the user (and again whenever the clock has moved).</summary>
    public Task<HttpClient> ApiAsAsync(string userName) => Host.ApiClientAsync(userName);

    /// <summary>A person's browser signed in as the user.</summary>
    public Task<HttpClient> BrowserAsAsync(string userName) => Host.BrowserClientAsync(userName);

    /// <summary>Sets the clock to a moment in Beijing time.</summary>
    public void At(int year, int month, int day, int hour = 9, int minute = 0) => clock.Now = SharedTestHost.Beijing(year, month, day, hour, minute);

    public Task<long> OrganizationAsync(string name, string kind, string? sector, long? parentId) => jurisdiction.OrganizationAsync(name, kind, sector, parentId);

    public Task<long> PersonAsync(string name, long organizationId, bool leadingCadre = false) => jurisdiction.PersonAsync(name, organizationId, leadingCadre);

    /// <summary>An account of the jurisdiction, responsible for an organization when given, linked to a member when given.</summary>
    public Task UserAsync(string userName, string role, long? organizationId = null, long? personId = null) =>
        jurisdiction.UserAsync(userName, role, organizationId, personId);
}
