using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Modular.Identity;
using Modular.Jurisdictions;
using Modular.Tests.Infrastructure;

namespace Modular.Tests.SixOnes;

/// <summary>
/// One host with the six-ones plugin and a clock the tests move (starts 2011-05-10 09:00 Beijing time).
/// Share it per test class (<c>IClassFixture&lt;SixOnesHost&gt;</c>); each test makes its own banner with
/// <see cref="CreateBannerAsync"/> (codes must be unique per test).
/// </summary>
public sealed class SixOnesHost : IAsyncLifetime
{
    public const string PluginId = "banner-six-ones";
    public SettableClock Clock { get; } = new(Beijing(2011, 5, 10, 9));
    public TestHost Host { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Host = await TestHost.StartAsync([PluginId], services => services.AddSingleton<TimeProvider>(Clock));

    public async Task DisposeAsync() => await Host.DisposeAsync();

    /// <summary>A moment in Asia/Shanghai (UTC+8), the jurisdictions' default zone.</summary>
    public static DateTimeOffset Beijing(int year, int month, int day, int hour = 9, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.FromHours(8));

    /// <summary>
    /// A small Alxa Right Banner under a league (the parent for 上报), with the plugin on:
    /// <code>
    /// 阿右旗委 (党委)
    ///   雅布赖镇党委 (党委, 苏木镇)          officer: {code}-town
    ///     巴丹吉林嘎查党支部 (嘎查)          巴特尔 (书记, {code}-secretary), 其其格 ({code}-member), 乌云, 斯琴 (预备)
    ///     雅布赖社区党支部 (社区)            王芳, 李强
    ///   旗直机关工委 (党委, 机关)
    ///     旗财政局党支部 (机关)              张伟 (领导干部, {code}-cadre), 刘洋 (领导干部), 陈静
    ///   旗创先争优活动领导小组办公室
    /// </code>
    /// The office is <c>{code}-admin</c>; the league's office <c>{code}-league-admin</c>.
    /// </summary>
    public async Task<SixOnesBanner> CreateBannerAsync(string code, Dictionary<string, string?>? settings = null)
    {
        var league = await Host.CreateJurisdictionAsync($"{code}-league", "阿拉善盟");
        int bannerId;
        await using (var scope = Host.App.Services.CreateAsyncScope())
        {
            var (created, errors) = await scope.ServiceProvider.GetRequiredService<JurisdictionAdmin>()
                .CreateAsync(new(code, "阿拉善右旗", league.Id, null, null));
            Assert.True(created is not null, string.Join("; ", errors.SelectMany(e => e.Value)));
            bannerId = created.Id;
        }
        await Host.CreateUserAsync(bannerId, $"{code}-admin", Roles.JurisdictionAdmin);
        await Host.SetSwitchAsync(bannerId, PluginId, enabled: true, settings);
        var office = await Host.ApiClientAsync($"{code}-admin");

        var b = new SixOnesBanner(this, code, bannerId, league.Id, office);
        b.Root = await b.OrganizationAsync("阿右旗委", "党委", null, null);
        b.Town = await b.OrganizationAsync("雅布赖镇党委", "党委", "苏木镇/乡镇", b.Root);
        b.Gacha = await b.OrganizationAsync("巴丹吉林嘎查党支部", "党支部", "嘎查/农村", b.Town);
        b.Community = await b.OrganizationAsync("雅布赖社区党支部", "党支部", "社区", b.Town);
        b.Organs = await b.OrganizationAsync("旗直机关工委", "党委", "机关", b.Root);
        b.Finance = await b.OrganizationAsync("旗财政局党支部", "党支部", "机关", b.Organs);
        b.Office = await b.OrganizationAsync("旗创先争优活动领导小组办公室", "领导小组办公室", null, b.Root);

        foreach (var (name, org, leading, category) in new (string, long, bool, string)[]
        {
            ("巴特尔", b.Gacha, false, "正式党员"), ("其其格", b.Gacha, false, "正式党员"), ("乌云", b.Gacha, false, "正式党员"), ("斯琴", b.Gacha, false, "预备党员"),
            ("王芳", b.Community, false, "正式党员"), ("李强", b.Community, false, "正式党员"),
            ("张伟", b.Finance, true, "正式党员"), ("刘洋", b.Finance, true, "正式党员"), ("陈静", b.Finance, false, "正式党员"),
        })
            b.People[name] = await b.PersonAsync(name, org, leading, category);

        var secretaryPut = await office.PutAsJsonAsync($"/api/j/{code}/organizations/{b.Gacha}/officers", new { personId = b.People["巴特尔"], post = "书记" });
        Assert.True(secretaryPut.IsSuccessStatusCode, await secretaryPut.Content.ReadAsStringAsync());
        await b.UserAsync($"{code}-secretary", Roles.OrganizationOfficer, b.Gacha, b.People["巴特尔"]);
        await b.UserAsync($"{code}-member", Roles.Member, null, b.People["其其格"]);
        await b.UserAsync($"{code}-cadre", Roles.Member, null, b.People["张伟"]);
        await b.UserAsync($"{code}-town", Roles.OrganizationOfficer, b.Town, null);
        return b;
    }
}

/// <summary>A test banner: its organizations and people by name, and clients signed in as its users.</summary>
public sealed class SixOnesBanner(SixOnesHost host, string code, int id, int leagueId, HttpClient office)
{
    public string Code => code;
    public int Id => id;
    public int LeagueId => leagueId;
    public SettableClock Clock => host.Clock;
    public TestHost Host => host.Host;
    /// <summary>The banner office (jurisdiction admin) through the API.</summary>
    public HttpClient OfficeApi => office;
    public long Root { get; set; }
    public long Town { get; set; }
    public long Gacha { get; set; }
    public long Community { get; set; }
    public long Organs { get; set; }
    public long Finance { get; set; }
    public long Office { get; set; }
    public Dictionary<string, long> People { get; } = [];

    /// <summary><c>/api/j/{code}/banner-six-ones</c> + path.</summary>
    public string Api(string path) => $"/api/j/{code}/{SixOnesHost.PluginId}{path}";

    /// <summary><c>/j/{code}/banner-six-ones</c> + path.</summary>
    public string Page(string path) => $"/j/{code}/{SixOnesHost.PluginId}{path}";

    public Task<HttpClient> ApiAsAsync(string user) => host.Host.ApiClientAsync(user);
    public Task<HttpClient> BrowserAsAsync(string user) => host.Host.BrowserClientAsync(user);

    public Task<long> OrganizationAsync(string name, string kind, string? sector, long? parentId) =>
        RosterSetup.OrganizationAsync(office, code, name, kind, sector, parentId);

    public Task<long> PersonAsync(string name, long organizationId, bool leadingCadre = false, string category = "正式党员") =>
        RosterSetup.PersonAsync(office, code, name, organizationId, leadingCadre, category, ethnicity: "蒙古族", birthDate: "1975-03-02", joinedOn: "2001-07-01");

    /// <summary>A user of the jurisdiction, linked to a roster person when given (the member's own pages and API).</summary>
    public Task UserAsync(string userName, string role, long? organizationId, long? personId) =>
        RosterSetup.UserAsync(host.Host, office, code, id, userName, role, organizationId, personId);
}
