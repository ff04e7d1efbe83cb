using Modular.Plugins.CountyFiveActivities.Badges;
using Modular.Plugins.CountyFiveActivities.Commendation;
using Modular.Plugins.CountyFiveActivities.Common;
using Modular.Plugins.CountyFiveActivities.Dedication;
using Modular.Plugins.CountyFiveActivities.FourFinds;
using Modular.Plugins.CountyFiveActivities.Grading;
using Modular.Plugins.CountyFiveActivities.Innovation;
using Modular.Plugins.CountyFiveActivities.Mobilization;
using Modular.Plugins.CountyFiveActivities.PartySpirit;
using Modular.Plugins.CountyFiveActivities.ServingThePeople;
using Modular.Plugins.CountyFiveActivities.Standards;
using Modular.Plugins.CountyFiveActivities.Showcase;
using Modular.Plugins.CountyFiveActivities.Study;
using Modular.Plugins.CountyFiveActivities.Summary;
using Modular.Plugins.CountyFiveActivities.TypicalModels;

namespace Modular.Plugins.CountyFiveActivities.Demo;

/// <summary>
/// What XX县 did so far, as a list of acts through the plugin's services: the mobilization meetings
/// (some within 7 days, some late, one never held), plans in every filing state, pledges, the
/// party-spirit weeks and reports (some late, some missing), the public's evaluation, dedication,
/// services with hours, badges, demonstration units, 七一 nominations part-way up the levels (approved,
/// waiting, one dropped), two five-goods rounds (who moved up), 四找 and the summaries of the stages
/// past. Stage 1 and 2 happen on the document's (moved) days; stage 3's acts are spread between its
/// first day and now, so the demo works on any day of it. A fixed seed makes it the same every time.
/// </summary>
public sealed class CountyDemoScript(IDemoSeeding demo, DemoCast cast, CancellationToken ct)
{
    private const string Office = CountyDemo.Office, Secretary = CountyDemo.Secretary, Member = CountyDemo.Member;

    private readonly Random _random = new(2010_05_06);
    private readonly Random _models = new(2011_07_01); // the five-models assessments' own, so the other acts stay as they were
    private readonly Random _later = new(2012_07_01); // centralized study, typical models and showcase: their own, for the same reason
    private readonly List<DemoAct> _acts = [];
    private CountyRules Rules => cast.Rules;

    public static async Task<DemoCast> CastAsync(IDemoSeeding demo, CancellationToken ct)
    {
        long branch = 0, secretary = 0, member = 0;
        await demo.AsAsync(Secretary, async sp =>
        {
            var user = S<ICurrentUser>(sp);
            branch = user.OfficerOf[0];
            secretary = await user.PersonIdAsync(ct) ?? throw new InvalidOperationException("The demo secretary is not linked to the roster.");
        });
        await demo.AsAsync(Member, async sp => member = await S<ICurrentUser>(sp).PersonIdAsync(ct) ?? throw new InvalidOperationException("The demo member is not linked to the roster."));
        DemoCast? cast = null;
        await demo.AsAsync(Office, async sp =>
        {
            var directory = S<IOrganizationDirectory>(sp);
            var tree = await directory.TreeAsync(ct);
            var organizations = tree.All.Where(OrganizationTree.IsPartyOrganization).OrderBy(o => o.Id).ToList();
            var sectors = new Dictionary<long, Sector?>();
            var secretaries = new Dictionary<long, long>();
            foreach (var o in organizations)
            {
                sectors[o.Id] = tree.SectorOf(o.Id);
                if ((await directory.OfficersAsync(o.Id, ct)).FirstOrDefault(x => x.Post == OfficerPost.Secretary) is { } s) secretaries[o.Id] = s.PersonId;
            }
            cast = new(await S<CountyCampaign>(sp).RulesAsync(ct), S<TimeProvider>(sp).GetUtcNow(), tree.Root!, organizations,
                [.. tree.CommitteesBelowRoot.OrderBy(c => c.Id)], sectors,
                [.. (await S<IRoster>(sp).MembersAsync(new RosterQuery(), ct)).OrderBy(m => m.Id)], secretaries, branch, secretary, member);
        });
        return cast!;
    }

    /// <summary>
    /// XX市's office decides what XX县 reported up: the first report selected (入选) three days before 七一, the second left to
    /// decide. Run after the county's demo (<see cref="CountyDemo"/> waits for it).
    /// </summary>
    public static async Task CityAsync(IDemoSeeding demo, CancellationToken ct)
    {
        CountyRules? rules = null;
        var now = DateTimeOffset.MinValue;
        await demo.AsAsync(CountyDemo.CityOffice, async sp => (rules, now) = (await S<CountyCampaign>(sp).RulesAsync(ct), S<TimeProvider>(sp).GetUtcNow()));
        var at = demo.LocalInstant(rules!.CommendationLastDay.AddDays(-3), new TimeOnly(10, 0));
        await demo.PlayAsync([new DemoAct(at, CountyDemo.CityOffice, "市委评定县委上报的优秀共产党员", async sp =>
        {
            var service = S<CommendationService>(sp);
            var reported = (await service.ReportedToUsAsync(ct)).Value ?? [];
            if (reported.FirstOrDefault() is not { } first) return "nothing was reported to the city";
            var decided = await service.DecideReportedAsync(first.FromJurisdictionId, first.NominationId, new(true, "市委常委会研究，列入全市表彰名单"), ct);
            return decided.Succeeded ? null : $"{decided.Kind}: {decided.Message}";
        })], now, ct);
    }

    public IReadOnlyList<DemoAct> Acts()
    {
        LeadingBodies();
        Mobilization();
        PlanFilings();
        PartySpirit();
        Dedication();
        Services();
        Badges();
        Innovation();
        Commendation();
        Scores();
        FiveModels();
        FourFinds();
        Summaries();
        CentralStudy();
        TypicalModels();
        Showcase();
        return _acts;
    }

    // ── 第一步 广泛发动，安排部署 ──

    private DateOnly CountyMeeting => Rules.Stages[0].Start.AddDays(5);

    // 组建领导机构和工作机构: the county and most committees both on time; one committee's office late, one with its group only, one with neither.
    private void LeadingBodies()
    {
        var s1 = Rules.Stages[0];
        string[] others = ["王晓梅", "刘建国", "赵春燕", "孙立新"];
        var levels = new List<OrganizationInfo> { cast.Root };
        levels.AddRange(cast.Committees);
        for (var i = 0; i < levels.Count; i++)
        {
            var org = levels[i];
            var people = PeopleOf(org.Id);
            if (people.Count < 2) continue;
            var plan = i == 0 ? 0 : i % 6; // 0–3 on time, 4 office late, 5 group only; the last committee none
            if (i > 0 && i == levels.Count - 1) continue;
            var head = cast.Secretaries.GetValueOrDefault(org.Id, people[0]);
            var rest = people.Where(p => p != head).ToList();
            var groupDay = s1.Start.AddDays(1 + i % 4);
            Act(On(groupDay, 10), Office, $"{org.Name}领导小组", sp => S<LeadingBodiesService>(sp).SaveAsync(org.Id,
                new(LeadingBodyType.LeadingGroup, head, [.. rest.Take(1)], [.. rest.Skip(1).Take(4)], null, 0), ct));
            if (plan == 5) continue;
            var officeDay = plan == 4 ? s1.End.AddDays(6) : groupDay.AddDays(1);
            var director = rest.Count > 1 ? rest[1] : rest[0];
            Act(On(officeDay, 15), Office, $"{org.Name}领导小组办公室", sp => S<LeadingBodiesService>(sp).SaveAsync(org.Id,
                new(LeadingBodyType.WorkingOffice, director, [], [.. rest.Where(p => p != director).Skip(4).Take(2)], others[i % others.Length], 0), ct));
        }
    }

    // The people of an organization and the organizations directly below it, in the roster's order.
    private List<long> PeopleOf(long organizationId)
    {
        var here = cast.Organizations.Where(o => o.Id == organizationId || o.ParentId == organizationId).Select(o => o.Id).ToHashSet();
        return [.. cast.Members.Where(m => here.Contains(m.OrganizationId)).Select(m => m.Id)];
    }

    private void Mobilization()
    {
        var county = CountyMeeting;
        Act(On(county, 9, 30), Office, "县委发动大会", sp => S<MobilizationService>(sp).RecordCountyAsync(
            new(county, 420, "县委书记作动员讲话，县四大班子领导、各乡镇党委和县直各单位党组织书记参加。", null, cast.Secretaries.TryGetValue(cast.Root.Id, out var head) ? (long?)head : null), ct));
        int?[] daysAfter = [2, 4, 7, 9, 13, null]; // three within the 7 days (day 7 the last), two late, one never held
        for (var i = 0; i < cast.Committees.Count; i++)
        {
            if (daysAfter[i % daysAfter.Length] is not { } days) continue;
            var committee = cast.Committees[i];
            var held = county.AddDays(days);
            var attendees = Between(60, 140);
            // 主要负责同志亲自部署: the committee's secretary, but the second committee's meeting was deployed by another of its members (flagged).
            var deployer = i == 1 ? cast.Members.FirstOrDefault(m => m.OrganizationId == committee.Id && m.Id != cast.Secretaries.GetValueOrDefault(committee.Id))?.Id
                : cast.Secretaries.TryGetValue(committee.Id, out var secretary) ? (long?)secretary : null;
            var note = i == 1 ? "书记外出学习，由副书记代为动员部署。" : "党委书记亲自动员部署，参照县委大会规格召开。";
            Act(On(held, 17), Office, $"{committee.Name}发动大会", sp => S<MobilizationService>(sp).RecordCommitteeAsync(
                committee.Id, new(held, attendees, note, null, deployer), ct));
        }
    }

    private enum Filing { Received, ReceivedAfterReturn, Submitted, Returned, Resubmitted, NotFiled }

    private static readonly string[] ReturnComments =
    [
        "活动载体不够具体，请补充设岗定责的岗位和人数。", "未写明向群众公开承诺的方式，请补充。", "目标任务需量化，请细化到季度。",
    ];

    private void PlanFilings()
    {
        var s1 = Rules.Stages[0];
        var others = cast.Organizations.Where(o => o.Id != cast.Root.Id && o.Id != cast.SecretaryBranch).ToList();
        var states = new List<Filing>();
        states.AddRange(Enumerable.Repeat(Filing.NotFiled, 3));
        states.AddRange(Enumerable.Repeat(Filing.Submitted, 3));
        states.AddRange(Enumerable.Repeat(Filing.Returned, 2));
        states.AddRange(Enumerable.Repeat(Filing.Resubmitted, 2));
        states.AddRange(Enumerable.Repeat(Filing.ReceivedAfterReturn, 3));
        states.AddRange(Enumerable.Repeat(Filing.Received, Math.Max(0, others.Count - states.Count)));
        Shuffle(states);
        var plan = new List<(OrganizationInfo Org, Filing State)> { (cast.Root, Filing.Received) };
        plan.AddRange(others.Select((o, i) => (o, states[i])));
        plan.Add((cast.Organizations.Single(o => o.Id == cast.SecretaryBranch), Filing.ReceivedAfterReturn));

        foreach (var (org, state) in plan)
        {
            var actor = ActorFor(org.Id);
            var submitted = s1.Start.AddDays(Between(8, 24));
            var guidance = Guidance(org.Id);
            var title = $"{org.Name}创先争优活动实施方案";
            var body = $"围绕“{guidance.Theme}”，{string.Join("、", guidance.Criteria)}。载体：{string.Join("、", guidance.Carriers.Take(3))}。" +
                $"活动{s1.Start:yyyy年M月}启动，分四个步骤进行，党的十八大召开前系统总结。";
            var published = _random.NextDouble() < 0.85;
            var pledge = Pledges[guidance.Key];
            var decided = submitted.AddDays(Between(2, 5));
            var resubmitted = decided.AddDays(Between(3, 6));
            var received = resubmitted.AddDays(Between(2, 4));
            var comment = Pick(ReturnComments);
            if (state == Filing.NotFiled) continue;

            Act(On(submitted, 16), actor, $"{org.Name}报送实施方案", sp => S<PlanFilingService>(sp).SubmitAsync(org.Id, new(title, body, null), ct));
            Act(On(submitted.AddDays(1), 10), actor, $"{org.Name}公开承诺", sp => S<PlanFilingService>(sp).PledgeAsync(org.Id, new(pledge, published), ct));
            switch (state)
            {
                case Filing.Received:
                    Act(On(decided, 10), Office, $"{org.Name}方案备案", sp => S<PlanFilingDesk>(sp).DecideAsync(org.Id, new(null, null), FilingState.Received, ct));
                    break;
                case Filing.Returned or Filing.Resubmitted or Filing.ReceivedAfterReturn:
                    Act(On(decided, 10), Office, $"{org.Name}方案退回", sp => S<PlanFilingDesk>(sp).DecideAsync(org.Id, new(comment, null), FilingState.Returned, ct));
                    if (state == Filing.Returned) break;
                    Act(On(resubmitted, 16), actor, $"{org.Name}重新报送", sp => ResubmitAsync(sp, org.Id, title, $"{body}（已按意见修改：{comment.TrimEnd('。')}。）"));
                    if (state == Filing.ReceivedAfterReturn)
                        Act(On(received, 10), Office, $"{org.Name}修改稿备案", sp => S<PlanFilingDesk>(sp).DecideAsync(org.Id, new(null, null), FilingState.Received, ct));
                    break;
            }
        }
    }

    private async Task<Result<PlanFilingView>> ResubmitAsync(IServiceProvider sp, long organizationId, string title, string body)
    {
        var version = await S<CountyDbContext>(sp).PlanFilings.Where(f => f.OrganizationId == organizationId).Select(f => f.Version).SingleAsync(ct);
        return await S<PlanFilingService>(sp).SubmitAsync(organizationId, new(title, body, version), ct);
    }

    private static readonly Dictionary<string, string> Pledges = new()
    {
        ["township-village"] = "带领群众发展特色种养，年内新增党员示范户5户，为群众办实事10件。",
        ["community"] = "建设党建示范社区，党员全部到社区报到，为居民办实事20件。",
        ["organs"] = "窗口服务一次性告知、限时办结，每名党员联系一户困难群众。",
        ["non-public-social"] = "安全生产零事故，党员岗位示范，带头诚信经营。",
        ["first-class"] = "创一流工作、争一流业绩，党员争做岗位标兵，群众满意率达95%以上。",
    };

    // ── 第二步 五项活动之一：党性教育 ──

    private static readonly string[] Strengths = ["能够认真学习党的路线方针政策", "在本职岗位上履职尽责", "积极参加组织生活", "主动联系服务群众"];
    private static readonly string[] Shortcomings = ["理论学习不够系统、不够深入", "联系群众不够经常", "创新意识不强，工作标准不够高", "批评与自我批评开展得不够"];
    private static readonly string[] Directions = ["坚持每天学习，做到学以致用", "每月走访联系户不少于两次", "对照“五个模范”找差距、定措施", "带头设岗定责、依岗承诺"];

    private void PartySpirit()
    {
        var last = Rules.PartySpiritLastDay;
        var days = Rules.PartySpiritWeekDays;
        var weeks = new Dictionary<long, DateOnly>();
        foreach (var org in cast.Organizations)
        {
            var held = org.Id == cast.SecretaryBranch || _random.NextDouble() < 0.9;
            var starts = last.AddDays(-Between(days - 1, days + 10));
            if (!held) continue;
            weeks[org.Id] = starts;
            Act(On(starts.AddDays(-2), 9), ActorFor(org.Id), $"{org.Name}安排党性分析集中周", sp => S<PartySpiritService>(sp).SetWeekAsync(org.Id,
                new(starts, starts.AddDays(days - 1), "重温入党誓词、学习党章，领导干部讲党课，开展“入党为什么、在党干什么、为党做什么”讨论。", null), ct));
        }

        // Most members write on time, some after 七一 (late), some not at all; organizations differ.
        var quality = cast.Organizations.ToDictionary(o => o.Id, _ => Pick([0.98, 0.92, 0.85, 0.75, 0.5]));
        var branch = cast.Members.Where(m => m.OrganizationId == cast.SecretaryBranch && m.Id != cast.MemberPerson && m.Id != cast.SecretaryPerson).ToList();
        foreach (var m in cast.Members)
        {
            var roll = _random.NextDouble() / quality.GetValueOrDefault(m.OrganizationId, 0.8);
            var from = weeks.GetValueOrDefault(m.OrganizationId, last.AddDays(-10));
            var onTime = from.AddDays(Between(0, last.DayNumber - from.DayNumber));
            var late = last.AddDays(Between(2, 16));
            var body = $"对照党章和“五个模范”要求，{Pick(Strengths)}，但{Pick(Shortcomings)}。今后{Pick(Directions)}。";
            DateTimeOffset? at = m.Id == cast.MemberPerson || m.Id == cast.SecretaryPerson ? On(onTime, 20)
                : branch.Count > 1 && m.Id == branch[^1].Id ? null
                : branch.Count > 1 && m.Id == branch[^2].Id ? On(late, 9)
                : m.IsOutgoing ? null // away (外出), not reached
                : roll < 0.92 ? On(onTime, Between(8, 21)) : roll < 1 ? On(late, 9) : null;
            if (at is not { } when) continue;
            var actor = ActorForPerson(m.Id);
            long? personId = actor == Office || (actor == Secretary && m.Id != cast.SecretaryPerson) ? m.Id : null;
            Act(when, actor, $"{m.Name}的党性分析报告", sp => S<PartySpiritService>(sp).SubmitReportAsync(new(personId, body), ct));
        }

        // 群众评议: the office opens the round; the branch's people grade its members.
        Act(On(last.AddDays(-14), 9), Office, "组织群众评议党员", sp => S<PartySpiritService>(sp).OpenEvaluationAsync(ct));
        var subjects = cast.Members.Where(m => m.OrganizationId == cast.SecretaryBranch).ToList();
        foreach (var (actor, self) in new[] { (Member, cast.MemberPerson), (Secretary, cast.SecretaryPerson) })
            foreach (var subject in subjects.Where(s => s.Id != self))
            {
                var roll = _random.NextDouble();
                var grade = roll < 0.45 ? "excellent" : roll < 0.9 ? "qualified" : roll < 0.98 ? "basically-qualified" : "unqualified";
                Act(On(last.AddDays(-Between(1, 10)), Between(19, 21)), actor, $"评议{subject.Name}", sp => S<PartySpiritService>(sp).EvaluateAsync(new(subject.Id, grade), ct));
            }
    }

    // ── 五项活动之二：岗位奉献 ──

    private static readonly Dictionary<string, (DedicationKind Kind, string Title)[]> Contests = new()
    {
        ["township-village"] = [(DedicationKind.SkillsDrill, "春耕生产技能比武"), (DedicationKind.LabourContest, "农田水利建设劳动竞赛"), (DedicationKind.Innovation, "大棚蔬菜新品种试种")],
        ["community"] = [(DedicationKind.SkillsDrill, "社区服务技能练兵"), (DedicationKind.LabourContest, "文明楼院创建竞赛"), (DedicationKind.Innovation, "网格化服务创新")],
        ["organs"] = [(DedicationKind.SkillsDrill, "业务知识竞赛"), (DedicationKind.LabourContest, "服务效能竞赛"), (DedicationKind.Innovation, "审批流程再造")],
        ["non-public-social"] = [(DedicationKind.SkillsDrill, "岗位技能比武"), (DedicationKind.LabourContest, "安全生产劳动竞赛"), (DedicationKind.Innovation, "节能降耗技术革新")],
        ["first-class"] = [(DedicationKind.SkillsDrill, "业务技能大练兵"), (DedicationKind.LabourContest, "优质服务竞赛"), (DedicationKind.Innovation, "教学科研创新评比")],
    };

    private static readonly Dictionary<string, (string Post, string Duty)[]> Posts = new()
    {
        ["township-village"] = [("政策宣传岗", "宣传惠农政策，每月入户宣讲"), ("矛盾调解岗", "排查调解邻里纠纷"), ("科技示范岗", "推广大棚种植技术"), ("致富带头岗", "带动困难户发展养殖")],
        ["community"] = [("便民服务岗", "代办老年人证件、医保"), ("治安巡逻岗", "夜间巡逻、消防检查"), ("楼栋联系岗", "联系楼栋住户，收集诉求")],
        ["organs"] = [("窗口服务岗", "一次性告知、限时办结"), ("政策研究岗", "调研起草惠民政策"), ("结对帮扶岗", "联系帮扶村困难户")],
        ["non-public-social"] = [("安全生产岗", "车间安全巡查"), ("质量攻关岗", "产品质量技术攻关"), ("诚信经营岗", "带头诚信经营、明码标价")],
        ["first-class"] = [("技术标兵岗", "业务练兵、传帮带"), ("优质服务岗", "优质服务、群众满意"), ("教学示范岗", "上示范课、帮带青年教师")],
    };

    private void Dedication()
    {
        var s2 = Rules.Stages[1];
        foreach (var org in cast.Organizations.Where(o => o.Id != cast.Root.Id && _random.NextDouble() < 0.4))
        {
            var (kind, title) = Pick(Contests[Guidance(org.Id).Key]);
            var held = s2.Start.AddDays(Between(10, s2.End.DayNumber - s2.Start.DayNumber - 10));
            var participants = Between(8, 60);
            Act(On(held, 17), ActorFor(org.Id), $"{org.Name}{title}", sp => S<DedicationService>(sp).RecordAsync(new(org.Id, kind, title, held, participants, null), ct));
        }

        var branches = cast.Organizations.Where(o => o.Kind is OrganizationKind.Branch or OrganizationKind.GeneralBranch)
            .Where(o => o.Id == cast.SecretaryBranch || _random.NextDouble() < 0.4);
        foreach (var org in branches)
            foreach (var m in cast.Members.Where(m => m.OrganizationId == org.Id && m.Id != cast.Secretaries.GetValueOrDefault(org.Id)).Take(2))
            {
                var (post, duty) = Pick(Posts[Guidance(org.Id).Key]);
                var pledge = $"立足{post}，{duty}，每季度向支部报告一次。";
                Act(On(s2.Start.AddDays(Between(3, 40)), 10), ActorFor(org.Id), $"{m.Name}设岗定责", sp => S<DedicationService>(sp).SetPostAsync(new(m.Id, post, duty, pledge), ct));
            }
    }

    // ── 五项活动之三：服务群众 ──

    private static readonly Dictionary<ServiceKind, string[]> Beneficiaries = new()
    {
        [ServiceKind.Volunteer] = ["敬老院老人", "留守儿童", "社区居民", "过往群众"],
        [ServiceKind.Pairing] = ["贫困户", "低保户", "残疾人家庭", "失独老人"],
        [ServiceKind.Visit] = ["老党员", "五保户", "困难职工", "空巢老人"],
        [ServiceKind.SpringPloughing] = ["缺劳力农户", "五保户", "军烈属", "留守妇女家庭"],
        [ServiceKind.Other] = ["村民", "居民", "个体工商户", "学生家长"],
    };

    private static readonly Dictionary<ServiceKind, string[]> Descriptions = new()
    {
        [ServiceKind.Volunteer] = ["打扫卫生、理发", "义务辅导功课", "义诊、测血压"],
        [ServiceKind.Pairing] = ["帮助制定增收计划", "协调小额贷款发展养殖", "送去米面油"],
        [ServiceKind.Visit] = ["走访慰问，了解生产生活困难", "节日慰问", "宣讲惠民政策"],
        [ServiceKind.SpringPloughing] = ["帮助播种、覆膜", "代购化肥种子", "农机义务耕地"],
        [ServiceKind.Other] = ["代办证照", "调解邻里纠纷", "法律咨询"],
    };

    private void Services()
    {
        var first = Rules.Stages[1].Start;
        var yesterday = demo.Today.AddDays(-1);
        var servers = cast.Members.Where(m => m.Id != cast.MemberPerson).ToList();
        var people = Enumerable.Range(0, 60).Select(_ => Pick(servers)).Concat(Enumerable.Repeat(cast.Members.Single(m => m.Id == cast.MemberPerson), 6));
        foreach (var m in people)
        {
            var served = first.AddDays(Between(0, yesterday.DayNumber - first.DayNumber));
            var kind = served.Month is >= 3 and <= 5 && _random.NextDouble() < 0.5 ? ServiceKind.SpringPloughing
                : Pick([ServiceKind.Volunteer, ServiceKind.Pairing, ServiceKind.Visit, ServiceKind.Other]);
            var beneficiary = Pick(Beneficiaries[kind]);
            var description = Pick(Descriptions[kind]);
            var hours = Between(2, 12) / 2m;
            var actor = ActorForPerson(m.Id);
            long? personId = actor == Member ? null : m.Id;
            Act(On(served, Between(18, 21)), actor, $"{m.Name}服务{beneficiary}", sp => S<ServiceLog>(sp).RecordAsync(new(personId, kind, beneficiary, served, hours, description), ct));
        }
    }

    // ── 五项活动之四：亮牌示范 ──

    private static readonly (BadgeKind Kind, string[] Names)[] BadgeNames =
    [
        (BadgeKind.PioneerPost, ["党员先锋岗", "村务公开先锋岗", "便民服务先锋岗", "安全生产先锋岗"]),
        (BadgeKind.DemonstrationHousehold, ["养殖示范户", "种植示范户", "文明示范户"]),
        (BadgeKind.ResponsibilityZone, ["环境卫生责任区", "治安联防责任区", "楼院责任区"]),
        (BadgeKind.DemonstrationVehicle, ["党员示范车"]),
        (BadgeKind.DemonstrationUnit, ["党员示范窗口"]),
        (BadgeKind.DemonstrationBase, ["大棚蔬菜示范基地", "特色养殖示范基地"]),
    ];

    private void Badges()
    {
        var s2 = Rules.Stages[1].Start;
        var chosen = Enumerable.Range(0, 24).Select(_ => Pick(cast.Members))
            .Append(cast.Members.Single(m => m.Id == cast.MemberPerson)).DistinctBy(m => m.Id);
        foreach (var m in chosen)
        {
            var (kind, names) = m.Id == cast.MemberPerson ? BadgeNames[0] : _random.NextDouble() < 0.45 ? BadgeNames[0] : Pick(BadgeNames);
            var name = m.Id == cast.MemberPerson ? "村务公开先锋岗" : Pick(names);
            var assigned = s2.AddDays(Between(20, 120));
            Act(On(assigned, 10), ActorFor(m.OrganizationId), $"{m.Name}{name}", sp => S<BadgeService>(sp).AssignAsync(new(kind, name, m.Id, assigned, null), ct));
        }
    }

    // ── 五项活动之五：组织创新 ──

    private void Innovation()
    {
        var s2 = Rules.Stages[1].Start;
        var candidates = cast.Organizations.Where(o => o.Id != cast.Root.Id && o.Id != cast.SecretaryBranch && o.Kind != OrganizationKind.PartyCommittee).ToList();
        Shuffle(candidates);
        var units = new List<(OrganizationInfo Org, int Standards, bool Recognized)> { (cast.Organizations.Single(o => o.Id == cast.SecretaryBranch), 5, true) };
        units.AddRange(candidates.Take(5).Select((o, i) => (o, i switch { 0 or 1 or 2 => 5, 3 => 4, _ => 3 }, i < 2)));
        foreach (var (org, standards, recognized) in units)
        {
            var declared = s2.AddDays(Between(150, 300));
            var decided = declared.AddDays(Between(10, 30));
            bool Meets(int i) => i < standards;
            Act(On(declared, 15), ActorFor(org.Id), $"{org.Name}申报示范单位", sp => S<InnovationService>(sp).DeclareAsync(org.Id,
                new(Meets(0), Meets(1), Meets(2), Meets(3), Meets(4), "活动场所、制度档案、活动管理按标准建设。", null), ct));
            if (recognized)
                Act(On(decided, 10), Office, $"命名{org.Name}为示范单位", sp => S<InnovationService>(sp).RecognizeAsync(org.Id, new(null), ct));
        }
    }

    // ── 七一表彰 ──

    private sealed record Step(int DaysBefore, string Kind, string? Reason);

    private void Commendation()
    {
        var last = Rules.CommendationLastDay;
        var ids = new Dictionary<int, long>();
        var villages = cast.Organizations.Where(o => cast.Sectors[o.Id] == Sector.Village && o.Id != cast.SecretaryBranch).ToList();
        OrganizationInfo First(Func<OrganizationInfo, bool> match) => cast.Organizations.Where(o => o.Id != cast.Root.Id).FirstOrDefault(match) ?? villages[0];
        long MemberOf(OrganizationInfo org, int skip = 0) =>
            cast.Members.Where(m => m.OrganizationId == org.Id && m.Id != cast.Secretaries.GetValueOrDefault(org.Id)).Skip(skip).Select(m => m.Id).FirstOrDefault(cast.Members[0].Id);
        var branch = cast.Organizations.Single(o => o.Id == cast.SecretaryBranch);
        var hospital = First(o => o.Kind == OrganizationKind.GeneralBranch);
        var organs = First(o => cast.Sectors[o.Id] == Sector.GovernmentOrgan);
        var school = First(o => cast.Sectors[o.Id] == Sector.Education);
        var firm = First(o => cast.Sectors[o.Id] == Sector.NonPublicEnterprise);
        var committee = cast.Committees[^1];
        var endorse = "支部党员大会讨论，同意上报";
        var township = "党委会研究，同意上报";
        var approve = "县委常委会审定";

        (NominationCategory, OrganizationInfo Start, long Nominee, string Reason, int Nominated, Step[] Steps)[] nominations =
        [
            (NominationCategory.ExcellentMember, branch, cast.MemberPerson, "带头发展大棚蔬菜，结对帮扶困难户3户", 45, [new(40, "endorse", endorse), new(30, "endorse", township), new(10, "approve", approve)]),
            (NominationCategory.AdvancedOrganization, villages[1 % villages.Count], villages[1 % villages.Count].Id, "集体经济年增收10万元，五个好达标", 44, [new(38, "endorse", endorse), new(28, "endorse", township), new(10, "approve", approve)]),
            (NominationCategory.ExcellentPartyWorker, cast.Committees[0], cast.Secretaries.GetValueOrDefault(cast.Committees[0].Id, MemberOf(cast.Committees[0])), "抓基层党建成效明显", 35, [new(25, "endorse", township), new(10, "approve", approve)]),
            (NominationCategory.ExcellentMember, hospital, MemberOf(hospital), "扎根临床一线，群众满意度高", 33, [new(26, "endorse", "党总支研究，同意上报"), new(10, "approve", approve)]),
            (NominationCategory.ExcellentMember, villages[2 % villages.Count], MemberOf(villages[2 % villages.Count]), "热心调解邻里纠纷", 40, [new(35, "endorse", endorse), new(25, "drop", "名额有限，经党委会研究择优推荐其他同志")]),
            (NominationCategory.AdvancedOrganization, committee, committee.Id, "乡镇党委创先争优活动扎实", 30, [new(20, "endorse", "党委会研究，报县委")]),
            (NominationCategory.ExcellentMember, villages[3 % villages.Count], MemberOf(villages[3 % villages.Count]), "带领群众修建村道", 20, [new(15, "endorse", endorse)]),
            (NominationCategory.ExcellentMember, school, MemberOf(school), "教学成绩突出，帮带青年教师", 12, []),
            (NominationCategory.ExcellentMember, organs, MemberOf(organs), "窗口服务零投诉", 38, [new(30, "endorse", "支部委员会研究，同意上报"), new(10, "approve", approve)]),
            (NominationCategory.ExcellentPartyWorker, firm, cast.Secretaries.GetValueOrDefault(firm.Id, MemberOf(firm)), "非公企业党建工作规范", 36, [new(29, "endorse", "支部委员会研究，同意上报"), new(10, "approve", approve)]),
        ];
        for (var i = 0; i < nominations.Length; i++)
        {
            var key = i;
            var (category, start, nominee, reason, nominated, steps) = nominations[i];
            var by = ActorFor(start.Id);
            Act(On(last.AddDays(-nominated), 10), by, $"推荐{start.Name}的{CommendationRule.CategoryName(category).ZhCn}", async sp =>
            {
                var outcome = await S<CommendationService>(sp).NominateAsync(new(category, nominee, start.Id, reason), ct);
                if (outcome.Succeeded) ids[key] = outcome.Value!.Id;
                return outcome;
            });
            // The first step is the nominating organization's; every later one is a level above (the office's, here).
            for (var s = 0; s < steps.Length; s++)
            {
                var (daysBefore, kind, stepReason) = steps[s];
                var actor = s == 0 ? by : Office;
                Act(On(last.AddDays(-daysBefore), 11), actor, $"第{key + 1}项推荐：{kind}", sp =>
                {
                    var service = S<CommendationService>(sp);
                    var input = new StepInput(stepReason);
                    return kind switch
                    {
                        "endorse" => service.EndorseAsync(ids[key], input, ct),
                        "drop" => service.DropAsync(ids[key], input, ct),
                        _ => service.ApproveAsync(ids[key], input, ct),
                    };
                });
            }
        }

        // 各级党组织也要表彰: the townships commend at their own level what came up to them — the first two on their way to
        // the county, the seventh still waiting there; the county's office records it for them.
        (int Key, int DaysBefore, string Reason)[] levels = [(0, 28, "镇党委表彰为全镇优秀共产党员"), (1, 27, "镇党委表彰为全镇先进基层党组织"), (6, 12, "镇党委表彰为全镇优秀共产党员")];
        foreach (var (key, daysBefore, reason) in levels)
            Act(On(last.AddDays(-daysBefore), 15), Office, $"第{key + 1}项推荐：本级表彰", async sp =>
            {
                var n = (await S<INominations>(sp).FindAsync(ids[key], ct))!;
                var township = n.Steps.Where(s => s.Decision == NominationDecision.Endorsed).Select(s => s.OrganizationId).Skip(1).Cast<long?>().FirstOrDefault() ?? n.CurrentOrganizationId;
                return await S<CommendationService>(sp).CommendAtLevelAsync(ids[key], new(township, true, reason), ct);
            });

        // 上报: the county reports two of its approved nominations to XX市 (which selects the first, CityAsync).
        foreach (var (key, hour) in new[] { (0, 15), (1, 16) })
            Act(On(last.AddDays(-8), hour), Office, $"第{key + 1}项推荐：上报市委", sp => S<CommendationService>(sp).ReportUpAsync(ids[key], ct));
    }

    // ── 第三步 对标定位，晋档升级 ──

    private void Scores()
    {
        var year = Rules.Stages[2].Start.Year;
        var (first, second) = ($"{year}年上半年", $"{year}年下半年");
        var firstOn = Rules.Stages[1].End.AddDays(-8);
        var secondAt = InStage3(0.75);
        var scored = cast.Organizations.Where(o => o.Id != cast.Root.Id).ToList();
        var fellBack = false; // one advanced organization slips back to the middle
        foreach (var org in scored)
        {
            var tier = _random.NextDouble();
            decimal before = org.Id == cast.SecretaryBranch ? 84 : tier < 0.15 ? Between(50, 59) : tier < 0.75 ? Between(62, 88) : Between(90, 97);
            decimal after = org.Id == cast.SecretaryBranch ? 92 : before < 60 ? before + Between(0, 14) : before < 90 ? before + Between(-2, 8) : before + Between(-2, 2);
            if (before >= 90 && !fellBack) (after, fellBack) = (before - 8, true);
            var missing = org.Id != cast.SecretaryBranch && _random.NextDouble() < 0.08; // not scored again yet
            Score(org, first, On(firstOn, 10), before);
            if (!missing) Score(org, second, secondAt, Math.Min(after, 100));
        }
    }

    private void Score(OrganizationInfo org, string round, DateTimeOffset at, decimal total)
    {
        // Five goods around a fifth of the total each, spread in pairs that cancel out (so the total, and the grade, stay).
        var each = Math.Round(total / 5 * 2) / 2;
        decimal d = Between(0, 3) / 2m, e = Between(0, 3) / 2m;
        var goods = new[] { each + d, each - d, each + e, each - e, each }.Select(g => Math.Clamp(g, 0, Rules.MaxPerGood)).ToArray();
        var assessed = DayOf(at);
        Act(at, Office, $"{org.Name}{round}评分", sp => S<FiveGoodsScoring>(sp).ScoreAsync(org.Id, round, new(assessed, goods[0], goods[1], goods[2], goods[3], goods[4], null), ct));
    }

    // 争当“五个模范”: about half the members assessed by their organizations in the first round, a few more in the second,
    // and more of them reach all five (the share rises); a model is missed now and then.
    private void FiveModels()
    {
        var year = Rules.Stages[2].Start.Year;
        var (first, second) = ($"{year}年上半年", $"{year}年下半年");
        var firstAt = On(Rules.Stages[1].End.AddDays(-7), 15);
        var secondAt = InStage3(0.77);
        foreach (var m in cast.Members.Where(m => m.Id == cast.MemberPerson || m.Id == cast.SecretaryPerson || _models.NextDouble() < 0.55))
        {
            var again = m.Id == cast.MemberPerson || _models.NextDouble() < 0.9;
            Assess(m, first, firstAt, 0.35);
            if (again) Assess(m, second, secondAt, 0.55);
        }
    }

    private void Assess(PersonInfo m, string round, DateTimeOffset at, double allFive)
    {
        var models = Enumerable.Range(0, 5).Select(_ => true).ToArray();
        if (_models.NextDouble() >= allFive) models[_models.Next(0, 5)] = false;
        if (_models.NextDouble() < 0.2) models[_models.Next(0, 5)] = false;
        var day = DayOf(at);
        Act(at, ActorFor(m.OrganizationId), $"{m.Name}{round}“五个模范”评定", sp => S<FiveModelsAssessing>(sp).AssessAsync(m.Id, round,
            new(day, models[0], models[1], models[2], models[3], models[4], null, null), ct));
    }

    private static readonly string[] Gaps = ["集体经济薄弱，带富能力不强", "党员年龄偏大，发展党员后继乏人", "制度执行不够严格，活动记录不全", "服务群众的载体不多"];
    private static readonly string[] Aims = ["发展特色产业，壮大集体经济", "加强阵地建设，规范组织生活", "完善设岗定责、依岗承诺", "提高服务群众水平"];
    private static readonly string[] Measures = ["每名党员结对帮扶一户", "每季度开展一次评星定级", "建立党员积分管理台账", "开展“比学赶帮超”擂台赛"];
    private static readonly Dictionary<string, string> Benchmarks = new()
    {
        ["township-village"] = "县级“五个好”村党支部", ["community"] = "市级党建示范社区", ["organs"] = "市级文明机关",
        ["non-public-social"] = "省级非公企业党建示范点", ["first-class"] = "市级先进基层党组织",
    };

    private void FourFinds()
    {
        foreach (var org in cast.Organizations.Where(o => o.Id == cast.SecretaryBranch || _random.NextDouble() < 0.75))
        {
            var input = new FindsInput(Benchmarks[Guidance(org.Id).Key], Pick(Gaps), Pick(Aims), Pick(Measures), null);
            Act(InStage3(0.05 + _random.NextDouble() * 0.6), ActorFor(org.Id), $"{org.Name}四找", sp => S<FourFindsService>(sp).SaveForOrganizationAsync(org.Id, input, ct));
        }
        foreach (var m in cast.Members.Where(m => m.Id == cast.MemberPerson || m.Id == cast.SecretaryPerson || _random.NextDouble() < 0.2))
        {
            var input = new FindsInput(Pick(["身边的优秀共产党员", "本支部致富带头人", "岗位标兵"]), Pick(Shortcomings), Pick(Directions), Pick(Measures), null);
            Act(InStage3(0.1 + _random.NextDouble() * 0.85), ActorForPerson(m.Id), $"{m.Name}四找", sp => S<FourFindsService>(sp).SaveForPersonAsync(m.Id, input, ct));
        }
    }

    // ── 总结（已过去的第一、二步）──

    private void Summaries()
    {
        var county = CountyMeeting;
        var last = Rules.CommendationLastDay;
        Act(InStage3(0.08), Office, "全县第一、二步工作总结", sp => S<SummaryService>(sp).SaveCountyAsync(new(
            $"全县创先争优活动第一、二步工作总结：县委于{county:yyyy年M月d日}召开发动大会，各党委相继动员部署；各基层党组织制定实施方案报上一级备案，并向群众公开承诺；" +
            $"“七一”前集中开展党性分析和群众评议，{last:yyyy年M月d日}前表彰了一批先进基层党组织、优秀共产党员和优秀党务工作者。" +
            "存在问题：个别党委发动大会逾期召开，部分党员党性分析报告逾期提交。下一步转入对标定位、晋档升级。", null), ct));
        foreach (var committee in cast.Committees.Take(3))
        {
            var at = InStage3(0.1 + _random.NextDouble() * 0.2);
            Act(at, Office, $"{committee.Name}阶段总结", sp => S<SummaryService>(sp).SaveAsync(committee.Id, new(
                $"{committee.Name}创先争优活动第一、二步工作总结：召开发动大会，所属党组织全部制定实施方案；开展五项活动，党员设岗定责、亮牌示范、服务群众。", null), ct));
        }
    }

    // ── 第一步 组织集中学习 ──

    private static readonly (string Topic, StudyForm Form)[] StudyTopics =
    [
        ("学习中央和省、市委关于开展创先争优活动的文件", StudyForm.Documents), ("收看县委书记动员讲话光盘", StudyForm.Recordings),
        ("学习县委创先争优活动实施方案", StudyForm.Documents), ("“五个好”“五个模范”标准辅导", StudyForm.Lecture), ("创先争优活动怎么创、怎么争讨论", StudyForm.Discussion),
    ];

    // Most organizations study once or twice in stage 1 (most members there); a few hold none (missed), the demo secretary's branch twice.
    private void CentralStudy()
    {
        var s1 = Rules.Stages[0];
        foreach (var org in cast.Organizations)
        {
            var sessions = org.Id == cast.SecretaryBranch ? 2 : _later.NextDouble() < 0.15 ? 0 : _later.Next(1, 3);
            var members = cast.Members.Where(m => m.OrganizationId == org.Id).Select(m => m.Id).ToList();
            if (members.Count == 0) continue;
            for (var n = 0; n < sessions; n++)
            {
                var (topic, form) = StudyTopics[(n + (int)(org.Id % 3)) % StudyTopics.Length];
                var day = CountyMeeting.AddDays(3 + n * 8 + _later.Next(0, 6));
                if (day > s1.End) day = s1.End;
                var attendees = members.Where(_ => _later.NextDouble() < 0.85).ToList();
                if (attendees.Count == 0) attendees = [members[0]];
                var hours = _later.Next(2, 5) / 1m;
                Act(On(day, 15), ActorFor(org.Id), $"{org.Name}集中学习", sp => S<CentralStudyService>(sp).RecordAsync(
                    new(org.Id, topic, day, hours, form, attendees, "党员活动室"), ct));
            }
        }
    }

    // ── 第三步 树立先进典型 ──

    private static readonly string[] PersonTitles = ["党员致富带头人", "服务群众标兵", "爱岗敬业模范", "岗位建功先锋", "扶贫帮困好党员"];
    private static readonly string[] OrgTitles = ["“五个好”党支部", "党建示范村", "党建示范社区", "服务型机关党支部"];

    /// <summary>The county and each committee set up a few models of their subtrees (members and organizations) in stage 3; most are publicized.</summary>
    private void TypicalModels()
    {
        var levels = new List<OrganizationInfo> { cast.Root };
        levels.AddRange(cast.Committees.Take(4));
        var parents = cast.Organizations.ToDictionary(o => o.Id, o => o.ParentId);
        bool Within(long id, long root)
        {
            for (long? at = id; at is { } a; at = parents.GetValueOrDefault(a)) if (a == root) return true;
            return false;
        }
        var taken = new HashSet<long>();
        foreach (var level in levels)
        {
            var people = cast.Members.Where(m => Within(m.OrganizationId, level.Id) && !taken.Contains(m.Id)).ToList();
            var below = cast.Organizations.Where(o => o.Id != level.Id && o.Kind != OrganizationKind.PartyCommittee && Within(o.Id, level.Id) && !taken.Contains(o.Id)).ToList();
            var picks = new List<(TypicalModelKind Kind, long Id, string Name)>();
            if (people.Count > 0) { var p = people[_later.Next(people.Count)]; picks.Add((TypicalModelKind.Person, p.Id, p.Name)); }
            if (level.Id == cast.Root.Id && cast.Members.FirstOrDefault(m => m.Id == cast.MemberPerson) is { } demoMember && !taken.Contains(demoMember.Id))
                picks.Add((TypicalModelKind.Person, demoMember.Id, demoMember.Name));
            if (below.Count > 0) { var o = below[_later.Next(below.Count)]; picks.Add((TypicalModelKind.Organization, o.Id, o.Name)); }
            foreach (var (kind, id, name) in picks)
            {
                taken.Add(id);
                var title = kind == TypicalModelKind.Person ? PersonTitles[_later.Next(PersonTitles.Length)] : OrgTitles[_later.Next(OrgTitles.Length)];
                var story = kind == TypicalModelKind.Person
                    ? $"{name}同志在创先争优活动中设岗定责、依岗承诺，带头学政治、谋发展、比奉献。结对帮扶困难群众三户，帮助协调解决生产生活难题十余件，所在岗位工作连续两年位居前列，群众评议满意率高。"
                    : $"{name}围绕“创五好”目标，健全“三会一课”等制度，建立党员设岗定责台账，开展党员亮牌示范和志愿服务，班子团结、制度完善、业绩突出，群众满意度明显提升。";
                var at = InStage3(0.1 + _later.NextDouble() * 0.4);
                var setUpOn = DayOf(at);
                var publicized = _later.NextDouble() < 0.75;
                var form = (PublicityForm)_later.Next(0, 4);
                var publicityAt = at + (cast.Now - at) * 0.5;
                var publicityOn = DayOf(publicityAt);
                var actor = ActorFor(level.Id);
                Act(at, actor, $"{level.Name}确定先进典型{name}", sp => S<TypicalModelService>(sp).SetUpAsync(
                    new(kind, kind == TypicalModelKind.Person ? id : null, kind == TypicalModelKind.Organization ? id : null, title, level.Id, setUpOn, story), ct));
                if (publicized)
                    Act(publicityAt, actor, $"宣传先进典型{name}", async sp =>
                    {
                        var service = S<TypicalModelService>(sp);
                        var model = (await service.ListAsync(ct)).FirstOrDefault(m => m.SetUpByOrganizationId == level.Id && (m.PersonId == id || (m.PersonId is null && m.OrganizationId == id)));
                        return model is null ? Result.Ok(false) : (await service.PublicizeAsync(model.Id, new(form, publicityOn, form == PublicityForm.Media ? "县电视台专题报道" : null), ct)) is { Succeeded: false } no ? Refuse.As(no) : Result.Ok(true);
                    });
            }
        }
    }

    // ── 第四步 展示成果（计划中）──

    /// <summary>Stage 4 lies ahead: the office plans a picture exhibition and an exchange meeting, and one committee a seminar, showing the typical models.</summary>
    private void Showcase()
    {
        var s4 = Rules.Stages[3];
        var at = InStage3(0.92);
        var plans = new (ShowcaseKind Kind, OrganizationInfo By, string Title, int Day, decimal Hours, string Place)[]
        {
            (ShowcaseKind.Exhibition, cast.Root, "全县创先争优活动成果图片展", 20, 40, "县文化馆"),
            (ShowcaseKind.ExchangeMeeting, cast.Root, "全县创先争优先进典型经验交流会", 45, 3, "县委礼堂"),
            (ShowcaseKind.Seminar, cast.Committees[0], $"{cast.Committees[0].Name}创先争优理论成果研讨会", 60, 4, "党员活动中心"),
        };
        foreach (var (kind, by, title, day, hours, place) in plans)
        {
            var heldOn = s4.Start.AddDays(day);
            Act(at, Office, $"计划{title}", async sp =>
            {
                var models = (await S<TypicalModelService>(sp).ListAsync(ct)).Where(m => by.Id == cast.Root.Id || m.SetUpByOrganizationId == by.Id).Select(m => m.Id).ToList();
                return await S<ShowcaseService>(sp).RecordAsync(new(kind, by.Id, title, heldOn, hours, place, null, models), ct);
            });
        }
    }

    // ── helpers ──

    private static T S<T>(IServiceProvider services) where T : notnull => services.GetRequiredService<T>();

    private void Act<T>(DateTimeOffset at, string actor, string what, Func<IServiceProvider, Task<Result<T>>> work) =>
        _acts.Add(new(at, actor, what, async sp => await work(sp) is { Succeeded: false } refused ? $"{refused.Kind}: {refused.Message}" : null));

    private DateTimeOffset On(DateOnly day, int hour, int minute = 0) => demo.LocalInstant(day, new TimeOnly(hour, minute));

    private DateOnly DayOf(DateTimeOffset at) => demo.Jurisdiction.DayOf(at);

    /// <summary>A moment of stage 3 so far: from its first morning (or midnight, early on its first day) to now.</summary>
    private DateTimeOffset InStage3(double fraction)
    {
        var day = Rules.Stages[2].Start;
        var start = On(day, 8) <= cast.Now ? On(day, 8) : On(day, 0) <= cast.Now ? On(day, 0) : cast.Now;
        return start + (cast.Now - start) * fraction;
    }

    /// <summary>Who records an organization's own acts: the demo secretary for their branch, the county office for the rest.</summary>
    private string ActorFor(long organizationId) => organizationId == cast.SecretaryBranch ? Secretary : Office;

    /// <summary>Who records a member's own acts: the demo member themselves, their branch's secretary, or the county office.</summary>
    private string ActorForPerson(long personId) =>
        personId == cast.MemberPerson ? Member : cast.Members.First(m => m.Id == personId).OrganizationId == cast.SecretaryBranch ? Secretary : Office;

    private SectorGuidance Guidance(long organizationId) => SectorGuidance.For(cast.Sectors[organizationId]);

    private int Between(int min, int max) => _random.Next(min, max + 1);

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private void Shuffle<T>(IList<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = _random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
