using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Modular.Identity;
using Modular.Tests.Infrastructure;

namespace Modular.Tests.County;

/// <summary>
/// One host with the county five-activity plugin (and, for the isolation tests, the six-ones plugin)
/// and a clock the tests move (starts 2010-05-10 09:00 Beijing time, stage 1). Share it per test class
/// (<c>IClassFixture&lt;CountyHost&gt;</c>); each test makes its own county with <see cref="CreateCountyAsync"/>.
/// </summary>
public class CountyHost : IAsyncLifetime
{
    public const string PluginId = "county-five-activities";
    public SettableClock Clock { get; } = new(Beijing(2010, 5, 10, 9));
    public TestHost Host { get; private set; } = null!;

    protected virtual string[] Plugins => [PluginId];

    private Task<TestCounty>? _shared;

    /// <summary>One county shared by the tests of a class that only read it or write disjoint rows (e.g. theory cases).</summary>
    public Task<TestCounty> SharedCountyAsync() => _shared ??= CreateCountyAsync($"shared-{Guid.NewGuid():N}"[..15]);

    public async Task InitializeAsync() =>
        Host = await TestHost.StartAsync(Plugins, services => services.AddSingleton<TimeProvider>(Clock));

    public async Task DisposeAsync() => await Host.DisposeAsync();

    /// <summary>
    /// A script's client that signs in again whenever the test clock has moved more than an hour since
    /// its last sign-in (bearer tokens live 8 hours on the host's clock, and the tests jump months).
    /// </summary>
    public HttpClient ApiClient(string userName) => new(new SigningInHandler(userName, Clock)) { BaseAddress = Host.BaseAddress };

    private sealed class SigningInHandler(string userName, SettableClock clock) : DelegatingHandler(new HttpClientHandler { AllowAutoRedirect = false })
    {
        private string? _token;
        private DateTimeOffset _signedInAt;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            if (_token is null || (clock.Now - _signedInAt).Duration() > TimeSpan.FromHours(1))
            {
                using var login = new HttpRequestMessage(HttpMethod.Post, new Uri(request.RequestUri!, "/api/auth/login"))
                {
                    Content = JsonContent.Create(new { userName, password = TestHost.Password }),
                };
                using var response = await base.SendAsync(login, ct);
                Assert.True(response.IsSuccessStatusCode, $"login {userName}: {(int)response.StatusCode}");
                _token = (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("accessToken").GetString();
                _signedInAt = clock.Now;
            }
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", _token);
            return await base.SendAsync(request, ct);
        }
    }

    public static DateTimeOffset Beijing(int year, int month, int day, int hour = 9, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.FromHours(8));

    /// <summary>
    /// A county with the plugin on (unless <paramref name="enabled"/> is false):
    /// <code>
    /// XX县委 (党委)
    ///   城关镇党委 (党委, 乡镇)                 officer {code}-town
    ///     东关村党支部 (党支部, 农村)           李明 (书记, {code}-secretary), 王强 ({code}-member), 赵丽
    ///     城东社区党支部 (党支部, 社区)         孙红
    ///   河西乡党委 (党委, 乡镇)
    ///     河西村党支部 (农村)                   周平
    ///   县直机关工委 (党委, 机关)
    ///     县财政局党支部 (机关)                 吴刚 (领导干部)
    ///   县非公有制经济组织党委 (党委, 非公)
    ///     宏达公司党支部 (非公)                 郑伟
    ///   县社会组织联合党支部 (党支部, 社会组织)  钱进
    ///   县卫生局党委 (党委, 卫生)
    ///     县人民医院党支部 (卫生)               冯敏
    ///   县教育局党委 (党委, 教育)
    ///     县第一中学党支部 (教育)               陈静
    ///   县创先争优活动领导小组办公室
    /// </code>
    /// The office is <c>{code}-admin</c>.
    /// </summary>
    public async Task<TestCounty> CreateCountyAsync(string code, Dictionary<string, string?>? settings = null, bool enabled = true)
    {
        var created = await Host.CreateJurisdictionAsync(code, "XX县");
        if (enabled) await Host.SetSwitchAsync(created.Id, PluginId, enabled: true, settings);
        var c = new TestCounty(this, code, created.Id, ApiClient($"{code}-admin"));
        c.Root = await c.OrganizationAsync("XX县委", "党委", null, null);
        c.Town = await c.OrganizationAsync("城关镇党委", "党委", "苏木镇/乡镇", c.Root);
        c.Village = await c.OrganizationAsync("东关村党支部", "党支部", "嘎查/农村", c.Town);
        c.Community = await c.OrganizationAsync("城东社区党支部", "党支部", "社区", c.Town);
        c.Town2 = await c.OrganizationAsync("河西乡党委", "党委", "苏木镇/乡镇", c.Root);
        c.Village2 = await c.OrganizationAsync("河西村党支部", "党支部", "嘎查/农村", c.Town2);
        c.Organs = await c.OrganizationAsync("县直机关工委", "党委", "机关", c.Root);
        c.Finance = await c.OrganizationAsync("县财政局党支部", "党支部", "机关", c.Organs);
        c.NonPublic = await c.OrganizationAsync("县非公有制经济组织党委", "党委", "非公有制经济组织", c.Root);
        c.Enterprise = await c.OrganizationAsync("宏达公司党支部", "党支部", "非公有制经济组织", c.NonPublic);
        c.Social = await c.OrganizationAsync("县社会组织联合党支部", "党支部", "社会组织", c.Root);
        c.HealthBureau = await c.OrganizationAsync("县卫生局党委", "党委", "卫生", c.Root);
        c.Hospital = await c.OrganizationAsync("县人民医院党支部", "党支部", "卫生", c.HealthBureau);
        c.EducationBureau = await c.OrganizationAsync("县教育局党委", "党委", "教育", c.Root);
        c.School = await c.OrganizationAsync("县第一中学党支部", "党支部", "教育", c.EducationBureau);
        c.Office = await c.OrganizationAsync("县创先争优活动领导小组办公室", "领导小组办公室", null, c.Root);

        foreach (var (name, org, leading) in new (string, long, bool)[]
        {
            ("李明", c.Village, false), ("王强", c.Village, false), ("赵丽", c.Village, false), ("孙红", c.Community, false), ("周平", c.Village2, false),
            ("吴刚", c.Finance, true), ("郑伟", c.Enterprise, false), ("钱进", c.Social, false), ("冯敏", c.Hospital, false), ("陈静", c.School, false),
        })
            c.People[name] = await c.PersonAsync(name, org, leading);

        var secretary = await c.OfficeApi.PutAsJsonAsync($"/api/j/{code}/organizations/{c.Village}/officers", new { personId = c.People["李明"], post = "书记" });
        Assert.True(secretary.IsSuccessStatusCode, await secretary.Content.ReadAsStringAsync());
        await c.UserAsync($"{code}-secretary", Roles.OrganizationOfficer, c.Village, c.People["李明"]);
        await c.UserAsync($"{code}-member", Roles.Member, null, c.People["王强"]);
        await c.UserAsync($"{code}-town", Roles.OrganizationOfficer, c.Town, null);
        return c;
    }
}

/// <summary>The host for the isolation tests: the six-ones plugin is installed beside this one.</summary>
public sealed class CountyAndSixOnesHost : CountyHost
{
    protected override string[] Plugins => ["banner-six-ones", PluginId];
}

/// <summary>A test county: its organizations and people by name, and clients signed in as its users.</summary>
public sealed class TestCounty(CountyHost host, string code, int id, HttpClient office)
{
    public string Code => code;
    public int Id => id;
    public SettableClock Clock => host.Clock;
    public TestHost Host => host.Host;
    public HttpClient OfficeApi => office;
    public long Root { get; set; }
    public long Town { get; set; }
    public long Village { get; set; }
    public long Community { get; set; }
    public long Town2 { get; set; }
    public long Village2 { get; set; }
    public long Organs { get; set; }
    public long Finance { get; set; }
    public long NonPublic { get; set; }
    public long Enterprise { get; set; }
    public long Social { get; set; }
    public long HealthBureau { get; set; }
    public long Hospital { get; set; }
    public long EducationBureau { get; set; }
    public long School { get; set; }
    public long Office { get; set; }
    public Dictionary<string, long> People { get; } = [];

    /// <summary><c>/api/j/{code}/county-five-activities</c> + path.</summary>
    public string Api(string path) => $"/api/j/{code}/{CountyHost.PluginId}{path}";

    /// <summary><c>/j/{code}/county-five-activities</c> + path.</summary>
    public string Page(string path) => $"/j/{code}/{CountyHost.PluginId}{path}";

    /// <summary>A client signed in as the user (again, whenever the clock has moved).</summary>
    public Task<HttpClient> ApiAsAsync(string user) => Task.FromResult(host.ApiClient(user));
    public Task<HttpClient> BrowserAsAsync(string user) => host.Host.BrowserClientAsync(user);

    /// <summary>Sets the clock to a Beijing-time moment.</summary>
    public void At(int year, int month, int day, int hour = 9, int minute = 0) => host.Clock.Now = CountyHost.Beijing(year, month, day, hour, minute);

    public Task<long> OrganizationAsync(string name, string kind, string? sector, long? parentId) =>
        RosterSetup.OrganizationAsync(office, code, name, kind, sector, parentId);

    public Task<long> PersonAsync(string name, long organizationId, bool leadingCadre = false) =>
        RosterSetup.PersonAsync(office, code, name, organizationId, leadingCadre);

    /// <summary>A user of the jurisdiction, linked to a roster person when given (the member's own pages and API).</summary>
    public Task UserAsync(string userName, string role, long? organizationId, long? personId) =>
        RosterSetup.UserAsync(host.Host, office, code, id, userName, role, organizationId, personId);
}

/// <summary>Small helpers for reading answers.</summary>
public static class CountyHttp
{
    public static async Task<JsonElement> OkJsonAsync(this Task<HttpResponseMessage> call, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await call;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Asserts a status and, for a 400, that the problem names the field.</summary>
    public static async Task<string> StatusAsync(this Task<HttpResponseMessage> call, HttpStatusCode expected, string? field = null)
    {
        using var response = await call;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        if (field is not null) Assert.Contains($"\"{field}\"", body);
        return body;
    }

    public static IEnumerable<JsonElement> Items(this JsonElement array) => array.EnumerateArray();

    public static JsonElement Row(this JsonElement array, string property, long id) => array.EnumerateArray().Single(e => e.GetProperty(property).GetInt64() == id);
}
