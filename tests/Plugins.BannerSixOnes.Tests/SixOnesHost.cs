using Modular.Identity;

namespace Plugins.BannerSixOnes.Tests;

/// <summary>
/// One host with the six-ones plugin and a clock the tests move (starts 2011-05-10 09:00 Beijing time).
/// Share it per test class (<c>IClassFixture&lt;SixOnesHost&gt;</c>); each test makes its own banner with
/// <see cref="CreateBannerAsync"/> under a code of its own, so the tests stay apart without emptying the host between them.
/// </summary>
public sealed class SixOnesHost() : SharedTestHost([PluginId], Beijing(2011, 5, 10, 9))
{
    public const string PluginId = "banner-six-ones";

    /// <summary>
    /// A small Alxa Right Banner (<see cref="TestJurisdiction"/>'s tree). Its users: the office <c>{code}-admin</c>,
    /// 巴特尔 <c>{code}-secretary</c> (the gacha branch's officer), 其其格 <c>{code}-member</c>, 张伟 <c>{code}-cadre</c>,
    /// and the town committee's officer <c>{code}-town</c> (no member).
    /// </summary>
    public const string Tree = """
        阿右旗委 | 党委
          雅布赖镇党委 | 党委 | 苏木镇/乡镇
            巴丹吉林嘎查党支部 | 党支部 | 嘎查/农村
              - 巴特尔 | 书记
              - 其其格
              - 乌云
              - 斯琴 | 预备党员
            雅布赖社区党支部 | 党支部 | 社区
              - 王芳
              - 李强
          旗直机关工委 | 党委 | 机关
            旗财政局党支部 | 党支部 | 机关
              - 张伟 | 领导干部
              - 刘洋 | 领导干部
              - 陈静
          旗创先争优活动领导小组办公室 | 领导小组办公室
        """;

    public new SettableClock Clock => base.Clock!;

    /// <summary>
    /// The upward chain with the plugin on at every level: the region <c>{code}-region</c> (自治区) over the league <c>{code}-lg</c>
    /// (阿拉善盟), each with a committee and a leading group's office, over the banner <paramref name="code"/> of <see cref="Tree"/>.
    /// </summary>
    public async Task<(SixOnesBanner Banner, TestJurisdiction League, TestJurisdiction Region)> CreateChainAsync(string code)
    {
        var region = await TestJurisdiction.CreateAsync(Host, $"{code}-region", "内蒙古自治区", [PluginId], """
            自治区党委 | 党委
              自治区创先争优活动领导小组办公室 | 领导小组办公室
            """);
        var league = await TestJurisdiction.CreateAsync(Host, $"{code}-lg", "阿拉善盟", [PluginId], """
            阿拉善盟委 | 党委
              盟创先争优活动领导小组办公室 | 领导小组办公室
            """, region.Id);
        var banner = await TestJurisdiction.CreateAsync(Host, code, "阿拉善右旗", [PluginId], Tree, league.Id);
        await banner.UserAsync($"{code}-cadre", Roles.Member, personId: banner.People["张伟"]);
        return (new SixOnesBanner(banner, league.Id, Clock), league, region);
    }

    /// <summary>The banner of <see cref="Tree"/> under a league (the parent for 上报, office <c>{code}-league-admin</c>), the plugin on.</summary>
    public async Task<SixOnesBanner> CreateBannerAsync(string code, Dictionary<string, string?>? settings = null)
    {
        var league = await Host.CreateJurisdictionAsync($"{code}-league", "阿拉善盟");
        var banner = await TestJurisdiction.CreateAsync(Host, code, "阿拉善右旗", [PluginId], Tree, league.Id,
            settings is null ? null : new Dictionary<string, Dictionary<string, string?>> { [PluginId] = settings });
        await banner.UserAsync($"{code}-secretary", Roles.OrganizationOfficer, banner.Org["巴丹吉林嘎查党支部"], banner.People["巴特尔"]);
        await banner.UserAsync($"{code}-member", Roles.Member, personId: banner.People["其其格"]);
        await banner.UserAsync($"{code}-cadre", Roles.Member, personId: banner.People["张伟"]);
        await banner.UserAsync($"{code}-town", Roles.OrganizationOfficer, banner.Org["雅布赖镇党委"]);
        return new SixOnesBanner(banner, league.Id, Clock);
    }
}

/// <summary>A test banner: the organizations of <see cref="SixOnesHost.Tree"/> by role, its people, and its league.</summary>
public sealed class SixOnesBanner(TestJurisdiction banner, int leagueId, SettableClock clock) : PluginJurisdiction(banner, SixOnesHost.PluginId, clock)
{
    public int LeagueId => leagueId;
    public long Root => Org("阿右旗委");
    public long Town => Org("雅布赖镇党委");
    public long Gacha => Org("巴丹吉林嘎查党支部");
    public long Community => Org("雅布赖社区党支部");
    public long Organs => Org("旗直机关工委");
    public long Finance => Org("旗财政局党支部");
    public long Office => Org("旗创先争优活动领导小组办公室");
}
