using Modular.Identity;

namespace Plugins.CountyFiveActivities.Tests;

/// <summary>
/// One host with the county five-activity plugin (and, for the isolation tests, the six-ones plugin) and a clock the
/// tests move (starts 2010-05-10 09:00 Beijing time, stage 1). Share it per test class (<c>IClassFixture&lt;CountyHost&gt;</c>);
/// each test makes its own county with <see cref="CreateCountyAsync"/> under a code of its own, so the tests stay apart
/// without emptying the host between them.
/// </summary>
public class CountyHost : SharedTestHost
{
    public const string PluginId = "county-five-activities";

    /// <summary>
    /// XX县 (<see cref="TestJurisdiction"/>'s tree). Its users: the office <c>{code}-admin</c>, 李明 <c>{code}-secretary</c>
    /// (东关村党支部's officer), 王强 <c>{code}-member</c>, and 城关镇党委's officer <c>{code}-town</c> (no member).
    /// </summary>
    public const string Tree = """
        XX县委 | 党委
          城关镇党委 | 党委 | 苏木镇/乡镇
            东关村党支部 | 党支部 | 嘎查/农村
              - 李明 | 书记
              - 王强
              - 赵丽
            城东社区党支部 | 党支部 | 社区
              - 孙红
          河西乡党委 | 党委 | 苏木镇/乡镇
            河西村党支部 | 党支部 | 嘎查/农村
              - 周平
          县直机关工委 | 党委 | 机关
            县财政局党支部 | 党支部 | 机关
              - 吴刚 | 领导干部
          县非公有制经济组织党委 | 党委 | 非公有制经济组织
            宏达公司党支部 | 党支部 | 非公有制经济组织
              - 郑伟
          县社会组织联合党支部 | 党支部 | 社会组织
              - 钱进
          县卫生局党委 | 党委 | 卫生
            县人民医院党支部 | 党支部 | 卫生
              - 冯敏
          县教育局党委 | 党委 | 教育
            县第一中学党支部 | 党支部 | 教育
              - 陈静
          县创先争优活动领导小组办公室 | 领导小组办公室
        """;

    public CountyHost() : this([PluginId]) { }

    protected CountyHost(string[] plugins) : base(plugins, Beijing(2010, 5, 10, 9)) { }

    public new SettableClock Clock => base.Clock!;

    private Task<TestCounty>? _shared;

    /// <summary>One county shared by the tests of a class that only read it or write disjoint rows (e.g. theory cases).</summary>
    public Task<TestCounty> SharedCountyAsync() => _shared ??= CreateCountyAsync($"shared-{Guid.NewGuid():N}"[..15]);

    /// <summary>The county of <see cref="Tree"/>, with the plugin on unless <paramref name="enabled"/> is false.</summary>
    public async Task<TestCounty> CreateCountyAsync(string code, Dictionary<string, string?>? settings = null, bool enabled = true)
    {
        var county = await TestJurisdiction.CreateAsync(Host, code, "XX县", enabled ? [PluginId] : [], Tree,
            settings: settings is null ? null : new Dictionary<string, Dictionary<string, string?>> { [PluginId] = settings });
        await county.UserAsync($"{code}-secretary", Roles.OrganizationOfficer, county.Org["东关村党支部"], county.People["李明"]);
        await county.UserAsync($"{code}-member", Roles.Member, personId: county.People["王强"]);
        await county.UserAsync($"{code}-town", Roles.OrganizationOfficer, county.Org["城关镇党委"]);
        return new TestCounty(county, Clock);
    }

    /// <summary>
    /// The county of <see cref="Tree"/> under a city (XX市, the parent for 上报; its office <c>{code}-city-admin</c>), the plugin on in
    /// both.
    /// </summary>
    public async Task<(TestCounty County, TestJurisdiction City)> CreateCountyUnderCityAsync(string code, Dictionary<string, string?>? settings = null, int? provinceId = null)
    {
        var city = await TestJurisdiction.CreateAsync(Host, $"{code}-city", "XX市", [PluginId], """
            XX市委 | 党委
              市创先争优活动领导小组办公室 | 领导小组办公室
            """, provinceId);
        var county = await TestJurisdiction.CreateAsync(Host, code, "XX县", [PluginId], Tree, city.Id,
            settings is null ? null : new Dictionary<string, Dictionary<string, string?>> { [PluginId] = settings });
        await county.UserAsync($"{code}-secretary", Roles.OrganizationOfficer, county.Org["东关村党支部"], county.People["李明"]);
        await county.UserAsync($"{code}-member", Roles.Member, personId: county.People["王强"]);
        await county.UserAsync($"{code}-town", Roles.OrganizationOfficer, county.Org["城关镇党委"]);
        return (new TestCounty(county, Clock), city);
    }

    /// <summary>省、市、县三级: XX省 → XX市 → XX县, the plugin on in all three.</summary>
    public async Task<(TestCounty County, TestJurisdiction City, TestJurisdiction Province)> CreateCountyUnderCityUnderProvinceAsync(string code)
    {
        var province = await TestJurisdiction.CreateAsync(Host, $"{code}-prov", "XX省", [PluginId], """
            XX省委 | 党委
            """);
        var (county, city) = await CreateCountyUnderCityAsync(code, provinceId: province.Id);
        return (county, city, province);
    }
}

/// <summary>The host for the isolation tests: the six-ones plugin is installed beside this one.</summary>
public sealed class CountyAndSixOnesHost() : CountyHost(["banner-six-ones", PluginId]);

/// <summary>A test county: the organizations of <see cref="CountyHost.Tree"/> by role, and its people.</summary>
public sealed class TestCounty(TestJurisdiction county, SettableClock clock) : PluginJurisdiction(county, CountyHost.PluginId, clock)
{
    public long Root => Org("XX县委");
    public long Town => Org("城关镇党委");
    public long Village => Org("东关村党支部");
    public long Community => Org("城东社区党支部");
    public long Town2 => Org("河西乡党委");
    public long Village2 => Org("河西村党支部");
    public long Organs => Org("县直机关工委");
    public long Finance => Org("县财政局党支部");
    public long NonPublic => Org("县非公有制经济组织党委");
    public long Enterprise => Org("宏达公司党支部");
    public long Social => Org("县社会组织联合党支部");
    public long HealthBureau => Org("县卫生局党委");
    public long Hospital => Org("县人民医院党支部");
    public long EducationBureau => Org("县教育局党委");
    public long School => Org("县第一中学党支部");
    public long Office => Org("县创先争优活动领导小组办公室");
}
