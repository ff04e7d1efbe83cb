using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Modular.Jurisdictions;
using Modular.Organizations;
using Modular.Sdk;
using Modular.Sdk.Core;

namespace Modular.Host.Demo;

/// <summary>
/// The demo jurisdictions' organization trees and members, so a first run shows real-looking work:
/// Alxa Right Banner's 旗委 with its sumu/towns, gacha and communities, organs and park; XX县's 县委
/// with townships, villages, organs, a hospital, a school, an enterprise and a social organization;
/// the institute's 光栅室党支部; the 县政府党组; and the league's 盟委 with a few organs.
/// <para>Deterministic: each jurisdiction draws from its own fixed seed (only "joined in the last year"
/// follows today's date). The sumu/town names are Alxa Right Banner's of 2009; gacha, community,
/// county and village names and all people are invented.</para>
/// <para>Organizations go through <see cref="OrganizationService"/>, members through the roster importer
/// (one CSV built in memory, all or nothing), officers are then named in one save.</para>
/// </summary>
public sealed class DemoRoster
{
    public sealed record Result(int Organizations, int Members, int Officers)
    {
        public static Result None { get; } = new(0, 0, 0);
    }

    /// <summary>Seeds the roster of one demo jurisdiction; does nothing for other codes or a roster that already has organizations.</summary>
    public static async Task<Result> SeedAsync(IServiceProvider services, IJurisdiction jurisdiction, CancellationToken ct = default)
    {
        var today = DateOnly.FromDateTime(services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        var demo = new DemoRoster(Seeds.GetValueOrDefault(jurisdiction.Code), today);
        switch (jurisdiction.Code)
        {
            case "alxa-right": demo.AlxaRight(); break;
            case "xx-county": demo.XxCounty(); break;
            case "ciomp-grating": demo.GratingLab(); break;
            case "county-gov": demo.CountyGovernment(); break;
            case "alxa-league": demo.AlxaLeague(); break;
            case "nei-mongol": demo.Region(); break;
            case "xx-city": demo.City(); break;
            case "ciomp": demo.Institute(); break;
            default: return Result.None;
        }

        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<JurisdictionContext>().Set(jurisdiction);
        var organizations = scope.ServiceProvider.GetRequiredService<OrganizationService>();
        if ((await organizations.TreeAsync(ct)).All.Count > 0) return Result.None;

        var ids = new Dictionary<Unit, long>();
        foreach (var unit in demo._units) // parents come before their children
        {
            var input = new OrganizationService.Input(unit.Code, unit.Name, unit.Kind.ToString(), unit.Sector?.ToString(),
                unit.Parent is null ? null : ids[unit.Parent], unit.EstablishedOn, unit.Members.FirstOrDefault(m => m.Officer == OfficerPost.Secretary)?.Name);
            var (created, result) = await organizations.CreateAsync(RosterActor.Admin, input, ct);
            if (created is null) throw new InvalidOperationException($"Demo organization {unit.Code}: {string.Join("; ", result.Errors.SelectMany(e => e.Value))}");
            ids[unit] = created.Id;
        }

        var outcome = await scope.ServiceProvider.GetRequiredService<RosterImporter>().ImportAsync(demo.Csv(), "demo-roster.csv", ct);
        if (!outcome.Succeeded) throw new InvalidOperationException($"Demo roster of {jurisdiction.Code}: {string.Join("; ", outcome.Errors.Take(5).Select(e => e.Message))}");

        // Names are unique within an organization, so (organization, name) finds each officer.
        var people = await scope.ServiceProvider.GetRequiredService<IRoster>().MembersAsync(new RosterQuery(), ct);
        var personId = people.ToDictionary(p => (p.OrganizationId, p.Name), p => p.Id);
        var officers = demo._units.SelectMany(u => u.Members.Where(m => m.Officer is not null)
            .Select(m => (OrganizationId: ids[u], PersonId: personId[(ids[u], m.Name)], Post: m.Officer!.Value))).ToList();
        var appointed = await organizations.AppointAsync(RosterActor.Admin, officers, ct);
        if (!appointed.Succeeded) throw new InvalidOperationException($"Demo officers of {jurisdiction.Code}: {string.Join("; ", appointed.Errors.SelectMany(e => e.Value))}");
        return new Result(ids.Count, outcome.Added, officers.Count);
    }

    private static readonly Dictionary<string, int> Seeds = new()
    {
        ["alxa-right"] = 2009_03, ["xx-county"] = 2010_05, ["ciomp-grating"] = 2010_09, ["county-gov"] = 2009_02, ["alxa-league"] = 2011_05, ["nei-mongol"] = 2011_06, ["xx-city"] = 2010_04, ["ciomp"] = 2010_08,
    };

    // ---------------------------------------------------------------- the five trees

    private static readonly (string Name, string[] Gacha, string[] Communities)[] BannerTowns =
    [
        ("额肯呼都格镇", ["巴彦宝力格", "呼和乌拉"], ["巴丹吉林", "额肯", "锡林"]),
        ("阿拉腾敖包镇", ["乌兰呼都格", "查干努如", "额日布盖"], ["阿拉腾"]),
        ("雅布赖镇", ["巴音温都尔", "伊和乌苏", "哈日布日格德"], ["雅布赖"]),
        ("巴音高勒苏木", ["巴彦呼都格", "沙日布日都", "陶力"], []),
        ("曼德拉苏木", ["孟根", "阿拉腾塔拉", "努日盖"], []),
        ("阿拉腾朝格苏木", ["宝日陶勒盖", "查干德日斯", "乌兰塔拉"], []),
        ("塔木素布拉格苏木", ["巴彦高勒", "呼和陶勒盖", "额很查干"], []),
    ];

    private static readonly string[] BannerWhereabouts = ["呼和浩特市", "包头市", "银川市", "乌海市", "阿拉善左旗巴彦浩特镇"];
    private static readonly string[] CountyWhereabouts = ["北京市", "天津市", "郑州市", "石家庄市", "广州市"];

    private void AlxaRight()
    {
        var banner = Organization("QW", "中共阿拉善右旗委员会", OrganizationKind.PartyCommittee, null, 1950);
        Staff(banner, Folk.Banner, Committee("旗委书记", "旗长", "旗委副书记", "旗委常委、组织部部长", "旗委常委、宣传部部长", "旗委常委、纪委书记"));
        for (var t = 0; t < BannerTowns.Length; t++)
        {
            var (town, gacha, communities) = BannerTowns[t];
            var sumu = town.EndsWith("苏木", StringComparison.Ordinal);
            var code = $"QW-{t + 1:00}";
            var committee = Organization(code, $"中共{town}委员会", OrganizationKind.PartyCommittee, Sector.Township, 1956, banner);
            Staff(committee, Folk.Banner, Committee($"{(sumu ? "苏木" : "镇")}党委书记", sumu ? "苏木达" : "镇长", "党委副书记", "党委委员、组织委员", "党委委员、宣传委员", "纪委书记"));
            var townOffice = Organization($"{code}-00", $"{town}机关党支部", OrganizationKind.Branch, Sector.Township, 1980, committee);
            Staff(townOffice, Folk.Banner, Branch("机关党支部书记"), Between(7, 11), TownCadres, ["党政综合办公室干部", "农牧业服务中心干部", "财政所干部", "社会事务办公室干部", "司法所干部", "计划生育服务站干部"], cadreShare: 0.2);
            for (var g = 0; g < gacha.Length; g++)
            {
                var branch = Organization($"{code}-{g + 1:00}", $"{gacha[g]}嘎查党支部", OrganizationKind.Branch, Sector.Village, 1958, committee);
                Staff(branch, Folk.Gacha, Branch("嘎查党支部书记、嘎查达"), Between(7, 14), [], ["牧民", "牧民", "牧民", "农牧民", "嘎查委员会委员", "嘎查会计", "个体运输户", "退休教师"],
                    outgoing: 0.05, whereabouts: BannerWhereabouts);
            }
            for (var c = 0; c < communities.Length; c++)
            {
                var branch = Organization($"{code}-{51 + c}", $"{communities[c]}社区党支部", OrganizationKind.Branch, Sector.Community, 1995, committee);
                Staff(branch, Folk.Banner, Branch("社区党支部书记、社区主任"), Between(9, 15), [], ["社区工作者", "退休职工", "退休干部", "个体工商户", "居民", "下岗再就业人员"],
                    outgoing: 0.04, whereabouts: BannerWhereabouts);
            }
        }
        (string Name, string Head, string Deputy)[] organs =
        [
            ("旗委办公室", "旗委办公室主任", "旗委办公室副主任"), ("旗委组织部", "组织部常务副部长", "组织部副部长"),
            ("旗人民政府办公室", "政府办公室主任", "政府办公室副主任"), ("旗财政局", "财政局局长", "财政局副局长"),
            ("旗农牧业局", "农牧业局局长", "农牧业局副局长"), ("旗发展和改革局", "发展和改革局局长", "发展和改革局副局长"),
        ];
        for (var o = 0; o < organs.Length; o++)
        {
            var branch = Organization($"QW-J{o + 1:00}", $"{organs[o].Name}党支部", OrganizationKind.Branch, Sector.GovernmentOrgan, 1978, banner);
            Staff(branch, Folk.Banner, Branch(organs[o].Head, leadingCadre: true), Between(7, 12), [organs[o].Deputy], ["科员", "科员", "科长", "副科长", "办事员", "工勤人员"], cadreShare: 0.15);
        }
        var park = Organization("QW-Y", "阿拉善右旗工业园区党工委", OrganizationKind.PartyCommittee, Sector.Park, 2005, banner);
        Staff(park, Folk.Banner, Committee("园区党工委书记", "园区管委会主任", null, "党工委委员", "党工委委员", null));
        var parkOffice = Organization("QW-Y-01", "园区管委会机关党支部", OrganizationKind.Branch, Sector.Park, 2006, park);
        Staff(parkOffice, Folk.Banner, Branch("机关党支部书记"), Between(6, 9), ["管委会副主任"], ["招商局干部", "规划建设局干部", "综合办公室干部", "安全生产监管员"], cadreShare: 0.15);
        var firms = Organization("QW-Y-02", "园区企业联合党支部", OrganizationKind.Branch, Sector.NonPublicEnterprise, 2008, park);
        Staff(firms, Folk.Banner, Branch("联合党支部书记"), Between(8, 12), [], ["企业职工", "技术员", "车间主任", "企业管理人员", "质检员"], outgoing: 0.05, whereabouts: BannerWhereabouts);
        // The banner's leading group for its campaigns and the office that runs them day to day (选优, 上报).
        var leadingGroup = Organization("QW-LD", "阿拉善右旗主题教育活动领导小组", OrganizationKind.LeadingGroup, null, 2009, banner);
        Organization("QW-LD-01", "阿拉善右旗主题教育活动领导小组办公室", OrganizationKind.LeadingGroupOffice, null, 2009, leadingGroup);
    }

    private static readonly (string Name, string[] Villages)[] CountyTownships =
    [
        ("城关镇", ["东关村", "西关村", "南街村"]), ("新集镇", ["张庄村", "李家湾村", "王营村"]), ("河口镇", ["前进村", "红旗村", "大河村"]),
        ("东岗乡", ["刘集村", "后寨村", "杨树沟村"]), ("柳林乡", ["石门村", "赵庄村", "马岭村"]), ("石桥乡", ["高庄村", "东湖村", "北坡村"]),
    ];

    private void XxCounty()
    {
        var county = Organization("XW", "中共XX县委员会", OrganizationKind.PartyCommittee, null, 1949);
        Staff(county, Folk.Han, Committee("县委书记", "县长", "县委副书记", "县委常委、组织部部长", "县委常委、宣传部部长", "县委常委、纪委书记"));
        for (var t = 0; t < CountyTownships.Length; t++)
        {
            var (township, villages) = CountyTownships[t];
            var town = township.EndsWith("镇", StringComparison.Ordinal);
            var code = $"XW-{t + 1:00}";
            var committee = Organization(code, $"中共{township}委员会", OrganizationKind.PartyCommittee, Sector.Township, 1956, county);
            Staff(committee, Folk.Han, Committee($"{(town ? "镇" : "乡")}党委书记", town ? "镇长" : "乡长", "党委副书记", "党委委员、组织委员", "党委委员、宣传委员", "纪委书记"));
            for (var v = 0; v < villages.Length; v++)
            {
                var branch = Organization($"{code}-{v + 1:00}", $"{villages[v]}党支部", OrganizationKind.Branch, Sector.Village, 1956, committee);
                Staff(branch, Folk.Han, Branch("村党支部书记、村委会主任"), Between(7, 13), [], ["农民", "农民", "农民", "种植大户", "养殖户", "村委会委员", "村会计", "乡村医生"],
                    outgoing: 0.06, whereabouts: CountyWhereabouts);
            }
        }
        (string Name, string Head, string Deputy)[] organs =
        [
            ("县委办公室", "县委办公室主任", "县委办公室副主任"), ("县委组织部", "组织部常务副部长", "组织部副部长"), ("县委宣传部", "宣传部常务副部长", "宣传部副部长"),
            ("县发展和改革局", "发展和改革局局长", "发展和改革局副局长"), ("县财政局", "财政局局长", "财政局副局长"),
        ];
        for (var o = 0; o < organs.Length; o++)
        {
            var branch = Organization($"XW-J{o + 1:00}", $"{organs[o].Name}党支部", OrganizationKind.Branch, Sector.GovernmentOrgan, 1978, county);
            Staff(branch, Folk.Han, Branch(organs[o].Head, leadingCadre: true), Between(7, 11), [organs[o].Deputy], ["科员", "科员", "股长", "副股长", "办事员"], cadreShare: 0.15);
        }
        var hospital = Organization("XW-W01", "XX县人民医院党总支", OrganizationKind.GeneralBranch, Sector.Health, 1965, county);
        Staff(hospital, Folk.Han, Branch("院长", leadingCadre: true), Between(12, 16), ["副院长"], ["主治医师", "副主任医师", "主任医师", "护士长", "护师", "药剂师", "检验师"], cadreShare: 0.1, education: ["大学", "大学", "大专", "研究生", "中专"]);
        var school = Organization("XW-E01", "XX县第一中学党支部", OrganizationKind.Branch, Sector.Education, 1958, county);
        Staff(school, Folk.Han, Branch("校长", leadingCadre: true), Between(11, 15), ["副校长"], ["语文教师", "数学教师", "英语教师", "物理教师", "政治教师", "班主任", "教务处主任"], cadreShare: 0.1, education: ["大学", "大学", "大专", "研究生"]);
        var firm = Organization("XW-F01", "XX县宏达建材有限公司党支部", OrganizationKind.Branch, Sector.NonPublicEnterprise, 2004, county);
        Staff(firm, Folk.Han, Branch("公司党支部书记、副总经理"), Between(7, 10), [], ["车间主任", "技术员", "销售经理", "质检员", "生产工人", "财务人员"], outgoing: 0.05, whereabouts: CountyWhereabouts);
        var association = Organization("XW-S01", "XX县个体劳动者协会党支部", OrganizationKind.Branch, Sector.SocialOrganization, 2006, county);
        Staff(association, Folk.Han, Branch("协会党支部书记"), Between(6, 8), [], ["个体工商户", "协会秘书长", "个体运输户", "私营企业主"], outgoing: 0.05, whereabouts: CountyWhereabouts);
    }

    private void GratingLab()
    {
        var lab = Organization("GS", "光栅室党支部", OrganizationKind.Branch, Sector.Research, 1987);
        Staff(lab, Folk.Research, [(OfficerPost.Secretary, "研究员", false), (OfficerPost.OrganizationMember, "副研究员", false), (OfficerPost.PropagandaMember, "高级工程师", false)],
            17, ["研究室主任、研究员", "研究室副主任、研究员"],
            ["研究员", "副研究员", "副研究员", "助理研究员", "助理研究员", "高级工程师", "工程师", "工程师", "博士研究生", "博士研究生", "硕士研究生", "硕士研究生"],
            education: ["博士研究生", "博士研究生", "硕士研究生", "大学"], born: (1958, 1995), orderedPosts: true);
    }

    private void CountyGovernment()
    {
        var group = Organization("ZFDZ", "中共XX县人民政府党组", OrganizationKind.PartyGroup, Sector.GovernmentOrgan, 1983);
        Staff(group, Folk.Han, [(OfficerPost.Secretary, "县长", true), (OfficerPost.DeputySecretary, "常务副县长", true)],
            8, ["副县长", "副县长", "副县长", "副县长", "副县长、县公安局局长", "县政府办公室主任", "县发展和改革局局长", "县财政局局长"], [],
            cadreShare: 1, education: ["研究生", "大学", "大学", "中央党校研究生"], born: (1955, 1975), orderedPosts: true);
    }

    private void AlxaLeague()
    {
        var league = Organization("MW", "中共阿拉善盟委员会", OrganizationKind.PartyCommittee, null, 1980);
        Staff(league, Folk.Banner, Committee("盟委书记", "盟长", "盟委副书记", "盟委委员、组织部部长", "盟委委员、宣传部部长", "盟委委员、纪委书记"));
        (string Name, string Head, string Deputy)[] organs =
        [
            ("盟委办公室", "盟委办公室主任", "盟委办公室副主任"), ("盟委组织部", "组织部常务副部长", "组织部副部长"),
            ("盟委宣传部", "宣传部常务副部长", "宣传部副部长"), ("盟行政公署办公室", "行署办公室主任", "行署办公室副主任"),
        ];
        for (var o = 0; o < organs.Length; o++)
        {
            var branch = Organization($"MW-J{o + 1:00}", $"{organs[o].Name}党支部", OrganizationKind.Branch, Sector.GovernmentOrgan, 1980, league);
            Staff(branch, Folk.Banner, Branch(organs[o].Head, leadingCadre: true), Between(7, 11), [organs[o].Deputy], ["科员", "科员", "科长", "副科长", "主任科员"], cadreShare: 0.15);
        }
    }

    /// <summary>The autonomous region the league reports up to: its committee and a few organs.</summary>
    private void Region() => CommitteeWithOrgans("NMW", "中共内蒙古自治区委员会", 1947, ("自治区党委", "自治区"),
        [("自治区党委办公厅", "办公厅主任", "办公厅副主任"), ("自治区党委组织部", "组织部常务副部长", "组织部副部长"), ("自治区党委宣传部", "宣传部常务副部长", "宣传部副部长")], Folk.Banner);

    /// <summary>The city the county reports up to: its committee and a few organs.</summary>
    private void City() => CommitteeWithOrgans("SW", "中共XX市委员会", 1949, ("市委", "市"),
        [("市委办公室", "市委办公室主任", "市委办公室副主任"), ("市委组织部", "组织部常务副部长", "组织部副部长"), ("市委宣传部", "宣传部常务副部长", "宣传部副部长")], Folk.Han);

    /// <summary>The institute the grating lab's branch reports up to (its 优秀共产党员 selection): its committee and a few organs.</summary>
    private void Institute() => CommitteeWithOrgans("GJS", "中共中国科学院长春光学精密机械与物理研究所委员会", 1952, ("所党委", "所"),
        [("综合办公室", "综合办公室主任", "综合办公室副主任"), ("组织人事处", "组织人事处处长", "组织人事处副处长"), ("科技处", "科技处处长", "科技处副处长")], Folk.Han);

    private void CommitteeWithOrgans(string code, string name, int established, (string Committee, string Government) level, (string Name, string Head, string Deputy)[] organs, Folk folk)
    {
        var committee = Organization(code, name, OrganizationKind.PartyCommittee, null, established);
        Staff(committee, folk, Committee($"{level.Committee}书记", $"{level.Government}长", $"{level.Committee}副书记",
            $"{level.Committee}常委、组织部部长", $"{level.Committee}常委、宣传部部长", $"{level.Committee}常委、纪委书记"));
        for (var o = 0; o < organs.Length; o++)
        {
            var branch = Organization($"{code}-J{o + 1:00}", $"{organs[o].Name}机关党支部", OrganizationKind.Branch, Sector.GovernmentOrgan, established + 5, committee);
            Staff(branch, folk, Branch(organs[o].Head, leadingCadre: true), Between(7, 10), [organs[o].Deputy], ["科员", "主任科员", "处长", "副处长", "调研员"], cadreShare: 0.15);
        }
    }

    private static readonly string[] TownCadres = ["副镇长", "人大主席", "党委委员、武装部长"];

    /// <summary>A party committee's officers: all leading cadres. A null title leaves that post out.</summary>
    private static (OfficerPost, string, bool)[] Committee(string secretary, string deputy, string? deputy2, string? organization, string? propaganda, string? discipline) =>
        new (OfficerPost Post, string? Title)[]
        {
            (OfficerPost.Secretary, secretary), (OfficerPost.DeputySecretary, deputy), (OfficerPost.DeputySecretary, deputy2),
            (OfficerPost.OrganizationMember, organization), (OfficerPost.PropagandaMember, propaganda), (OfficerPost.DisciplineMember, discipline),
        }.Where(o => o.Title is not null).Select(o => (o.Post, o.Title!, true)).ToArray();

    /// <summary>A branch's officers: the secretary (a leading cadre where he or she heads an organ), an organization and a propaganda member.</summary>
    private static (OfficerPost, string, bool)[] Branch(string secretary, bool leadingCadre = false) =>
        [(OfficerPost.Secretary, secretary, leadingCadre), (OfficerPost.OrganizationMember, "", false), (OfficerPost.PropagandaMember, "", false)];

    // ---------------------------------------------------------------- members

    private enum Folk { Gacha, Banner, Han, Research }

    private sealed class Unit(string code, string name, OrganizationKind kind, Sector? sector, DateOnly establishedOn, Unit? parent)
    {
        public string Code { get; } = code;
        public string Name { get; } = name;
        public OrganizationKind Kind { get; } = kind;
        public Sector? Sector { get; } = sector;
        public DateOnly EstablishedOn { get; } = establishedOn;
        public Unit? Parent { get; } = parent;
        public List<Member> Members { get; } = [];
    }

    private sealed record Member(string Name, string Gender, string Ethnicity, DateOnly Born, string Education, bool Probationary, DateOnly Joined,
        string Post, DateOnly WorkStarted, bool LeadingCadre, string? Whereabouts, OfficerPost? Officer);

    private readonly Random _random;
    private readonly DateOnly _today;
    private readonly List<Unit> _units = [];
    private readonly HashSet<string> _names = [];

    private DemoRoster(int seed, DateOnly today)
    {
        _random = new Random(seed);
        _today = today;
    }

    private int Between(int min, int max) => _random.Next(min, max + 1);
    private bool Chance(double p) => _random.NextDouble() < p;
    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
    private DateOnly Day(int fromYear, int toYear) => new DateOnly(fromYear, 1, 1).AddDays(_random.Next(new DateOnly(toYear, 12, 31).DayNumber - new DateOnly(fromYear, 1, 1).DayNumber + 1));

    private Unit Organization(string code, string name, OrganizationKind kind, Sector? sector, int establishedAround, Unit? parent = null)
    {
        var unit = new Unit(code, name, kind, sector, Day(establishedAround, establishedAround + 4), parent);
        _units.Add(unit);
        return unit;
    }

    /// <summary>A committee of officers only.</summary>
    private void Staff(Unit unit, Folk folk, (OfficerPost Post, string Title, bool Cadre)[] officers) =>
        Staff(unit, folk, officers, 0, [], [], cadreShare: 0, born: (1955, 1975));

    /// <summary>
    /// The unit's members: first its officers, then <paramref name="others"/> members, a share of them holding one of the
    /// <paramref name="cadrePosts"/> (leading cadres), the rest one of the <paramref name="posts"/>; some are outgoing.
    /// </summary>
    private void Staff(Unit unit, Folk folk, (OfficerPost Post, string Title, bool Cadre)[] officers, int others, string[] cadrePosts, string[] posts,
        double cadreShare = 0, double outgoing = 0, string[]? whereabouts = null, string[]? education = null, (int From, int To)? born = null, bool orderedPosts = false)
    {
        var rural = folk == Folk.Gacha || unit.Sector is Sector.Village or Sector.Community;
        var (from, to) = born ?? (rural ? (1940, 1995) : (1952, 1993));
        education ??= rural ? ["小学", "初中", "初中", "高中", "中专", "大专"] : ["大学", "大学", "大专", "研究生", "中专"];
        foreach (var (post, title, cadre) in officers)
        {
            var posts0 = posts.Length > 0 ? posts : cadrePosts;
            var officerTitle = title.Length > 0 ? title : Pick(posts0);
            unit.Members.Add(NewMember(unit, folk, (Math.Max(from, 1950), Math.Min(to, 1980)), education, officerTitle, cadre, probationary: false, whereabouts: null, post));
        }
        var cadresLeft = orderedPosts ? new Queue<string>(cadrePosts) : null;
        for (var i = 0; i < others; i++)
        {
            var isCadre = cadresLeft is not null ? cadresLeft.Count > 0 : cadrePosts.Length > 0 && Chance(cadreShare);
            var title = cadresLeft is not null && cadresLeft.Count > 0 ? cadresLeft.Dequeue() : isCadre ? Pick(cadrePosts) : Pick(posts);
            var probationary = !isCadre && Chance(0.06);
            var away = !isCadre && !probationary && whereabouts is not null && Chance(outgoing) ? Pick(whereabouts) : null;
            unit.Members.Add(NewMember(unit, folk, probationary ? (Math.Max(from, 1975), to) : (from, to), education, title, isCadre, probationary, away, null));
        }
    }

    private Member NewMember(Unit unit, Folk folk, (int From, int To) born, string[] education, string post, bool leadingCadre, bool probationary, string? whereabouts, OfficerPost? officer)
    {
        var ethnicity = Ethnicity(folk);
        var female = Chance(folk == Folk.Research ? 0.3 : 0.35);
        string name;
        for (var tries = 0; ; tries++)
        {
            name = ethnicity == "蒙古族" ? MongolianName(female) : HanName(female, ethnicity == "回族");
            if (_names.Add(name)) break; // unique in the jurisdiction
            if (tries >= 50 && unit.Members.All(m => m.Name != name)) break; // names running out: unique in the organization will do
        }
        var birth = Day(born.From, born.To);
        var adult = birth.AddYears(18);
        DateOnly joined;
        if (probationary) joined = _today.AddDays(-_random.Next(30, 330));
        else
        {
            // Full members joined at 18 or later and at least a year and a half ago (a year's probation, then full membership).
            var latest = _today.AddDays(-550);
            var upTo = adult.AddYears(22) < latest ? adult.AddYears(22) : latest;
            joined = adult.AddDays(_random.Next(Math.Max(1, upTo.DayNumber - adult.DayNumber)));
        }
        var workStarted = adult.AddDays(_random.Next(0, 365 * 6));
        return new Member(name, female ? "女" : "男", ethnicity, birth, Pick(education), probationary, joined, post, workStarted, leadingCadre, whereabouts, officer);
    }

    private string Ethnicity(Folk folk)
    {
        var roll = _random.NextDouble();
        var (mongolian, hui) = folk switch
        {
            Folk.Gacha => (0.85, 0.03),
            Folk.Banner => (0.45, 0.05),
            Folk.Research => (0.08, 0.02),
            _ => (0.0, 0.03),
        };
        return roll < mongolian ? "蒙古族" : roll < mongolian + hui ? "回族" : "汉族";
    }

    private static readonly string[] MongolianMale =
        ["巴特尔", "额尔敦", "宝音", "阿拉坦", "孟和", "那顺", "特木尔", "吉日嘎拉", "苏和", "达来", "图门", "哈斯", "布和", "巴雅尔", "乌云", "满都拉",
         "巴音", "朝克", "查干", "孟根", "乌力吉", "敖其尔", "其木德", "巴根那", "青格勒", "伊德尔"];
    private static readonly string[] MongolianMaleEnd =
        ["朝鲁", "毕力格", "德力格尔", "仓", "巴图", "吉雅", "额尔德尼", "乌力吉", "宝力道", "巴雅尔", "苏和", "达赖", "那顺", "图", "夫", "白乙拉", "扎布"];
    private static readonly string[] MongolianFemale = ["斯琴", "那仁", "乌云", "萨仁", "敖登", "其木格", "阿拉坦", "塔娜", "乌兰", "额尔登", "哈斯", "图门", "格根", "苏德"];
    private static readonly string[] MongolianFemaleEnd = ["高娃", "格日乐", "其其格", "图雅", "托娅", "花", "塔娜", "琪琪格", "萨日娜", "娜仁", "吉雅", "其木格"];
    private static readonly string[] MongolianSingle = ["巴特尔", "其其格", "朝鲁", "乌兰", "萨仁", "毕力格"];

    /// <summary>Mongolian given names (no surname), made unique by combining two elements: 额尔敦朝鲁, 斯琴高娃, 乌云毕力格.</summary>
    private string MongolianName(bool female)
    {
        if (Chance(0.05)) return Pick(MongolianSingle);
        var (first, end) = female ? (Pick(MongolianFemale), Pick(MongolianFemaleEnd)) : (Pick(MongolianMale), Pick(MongolianMaleEnd));
        return first == end || first.EndsWith(end, StringComparison.Ordinal) ? first + Pick(female ? MongolianFemaleEnd : MongolianMaleEnd) : first + end;
    }

    private static readonly string[] Surnames =
        ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "罗", "梁", "宋", "郑", "谢", "韩", "唐",
         "冯", "于", "董", "程", "曹", "袁", "邓", "许", "傅", "沈", "彭", "吕", "苏", "卢", "蒋", "贾", "丁", "魏", "薛", "叶", "阎", "潘", "杜", "田", "任",
         "姜", "范", "方", "石", "姚", "谭", "金", "陆", "郝", "孔", "白", "崔", "康", "毛", "秦", "史", "侯", "孟", "段", "雷", "常", "武", "乔", "贺", "尹"];
    private static readonly string[] HuiSurnames = ["马", "马", "杨", "丁", "白", "纳", "海", "哈", "沙"];
    private static readonly string[] MaleGiven =
        ["建国", "建华", "国强", "志刚", "海涛", "永生", "文斌", "立新", "振华", "德明", "春生", "卫东", "红军", "宏伟", "俊杰", "晓东", "志勇", "玉林", "长青", "学军",
         "浩", "磊", "伟", "军", "勇", "强", "斌", "鹏", "涛", "刚", "明", "亮", "峰", "超", "凯", "杰", "宇", "昊"];
    private static readonly string[] FemaleGiven =
        ["秀英", "桂兰", "玉梅", "淑珍", "丽华", "红梅", "海燕", "晓燕", "春梅", "建英", "丽娟", "雪梅", "艳红", "美玲", "静怡", "婷婷", "晓丽", "慧敏",
         "芳", "静", "丽", "敏", "娟", "霞", "艳", "玲", "婷", "颖", "琳", "雪"];

    private string HanName(bool female, bool hui) => Pick(hui ? HuiSurnames : Surnames) + Pick(female ? FemaleGiven : MaleGiven);

    // ---------------------------------------------------------------- the roster file

    private static readonly string[] CsvHeaders =
        ["序号", "姓名", "性别", "民族", "出生日期", "学历", "人员类别", "组织编号", "所在组织", "入党时间", "转正时间", "工作岗位", "参加工作时间", "党籍状态", "是否流动", "外出流向", "是否领导干部", "在职状态"];

    /// <summary>在职状态 as an office would fill it from the post: retired teachers, workers and cadres 离退休, residents 无职业.</summary>
    private static string EmploymentOf(string post) =>
        post.StartsWith("退休", StringComparison.Ordinal) ? "离退休" : post == "居民" ? "无职业" : "在职";

    /// <summary>The members as a local office would export them: a UTF-8 CSV with Chinese headers.</summary>
    private byte[] Csv()
    {
        static string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var csv = new StringBuilder().AppendJoin(',', CsvHeaders).Append("\r\n");
        var seq = 0;
        foreach (var unit in _units)
            foreach (var m in unit.Members)
            {
                string[] cells =
                [
                    (++seq).ToString(CultureInfo.InvariantCulture), m.Name, m.Gender, m.Ethnicity, D(m.Born), m.Education, m.Probationary ? "预备党员" : "正式党员",
                    unit.Code, unit.Name, D(m.Joined), m.Probationary ? "" : D(m.Joined.AddYears(1)), m.Post, D(m.WorkStarted), "正常",
                    m.Whereabouts is null ? "否" : "是", m.Whereabouts ?? "", m.LeadingCadre ? "是" : "否", EmploymentOf(m.Post),
                ];
                csv.AppendJoin(',', cells).Append("\r\n");
            }
        return Encoding.UTF8.GetBytes(csv.ToString());
    }
}
