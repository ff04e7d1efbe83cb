using Modular.Plugins.InstituteBranchPlan.BranchPlan;
using Modular.Plugins.InstituteBranchPlan.Common;
using System.Globalization;
using Modular.Plugins.InstituteBranchPlan.Oversight;
using Modular.Plugins.InstituteBranchPlan.Summary;
using Modular.Plugins.InstituteBranchPlan.Commendation;
using Modular.Plugins.InstituteBranchPlan.Evaluation;
using Modular.Plugins.InstituteBranchPlan.Dedication;
using Modular.Plugins.InstituteBranchPlan.PartySpirit;
using Modular.Plugins.InstituteBranchPlan.LeadingGroup;
using Modular.Plugins.InstituteBranchPlan.PersonalPlans;
using Modular.Plugins.InstituteBranchPlan.ReadingNotes;
using Modular.Plugins.InstituteBranchPlan.Study;
using Modular.Plugins.InstituteBranchPlan.Suggestions;

namespace Modular.Plugins.InstituteBranchPlan.Demo;

/// <summary>
/// The plan as 长春光机所光栅室党支部 (<c>ciomp-grating</c>) runs it this year: the document's year moved to the current one.
/// The branch (its office account) records its leading group the day after the plan, members' personal plans as they
/// hand them in — most by 09-14, two late, two not at all — publishes a few, and records the members' suggestions and
/// its answers through the plugin's own services, so the first sign-in shows a believable autumn.
/// </summary>
public sealed class InstituteBranchPlanDemo : IDemoContribution
{
    public const string Office = "ciomp-grating-admin";

    private static readonly string[] Problems =
    [
        "理论学习不够系统", "联系群众不够紧密", "创新意识不强", "工作作风不够扎实", "业务钻研不够深入", "批评与自我批评开展不够",
    ];

    private static readonly string[] Pledges =
    [
        "完成光栅刻划机关键部件的调试任务，按期交付课题阶段成果。", "每月精读一篇本领域前沿论文，在室内学术交流会上报告一次。",
        "带好两名研究生，帮助其完成开题和中期考核。", "严格执行实验室安全规程，全年零事故。", "牵头整理全息光栅工艺文档，形成规范。",
        "参加一次所内科普活动，向公众介绍光栅技术。", "主动承担支部宣传工作，每季度报送一篇稿件。",
    ];

    private static readonly string[] Ideas =
    [
        "建议每月组织一次课题组之间的技术交流，打破信息壁垒。", "建议支部学习与业务研讨结合，学用一致。", "建议为青年职工配备业务导师。",
        "建议改进实验室仪器预约制度，提高设备利用率。", "建议把支部活动安排在周五下午，减少与实验冲突。", "建议设立党员示范岗，亮身份、作表率。",
    ];

    public IReadOnlyList<string> IssuedIn { get; } = ["ciomp-grating"];

    /// <summary>The document's year made this year; the month-days stay the document's.</summary>
    public IReadOnlyDictionary<string, string?> Settings(DateOnly today) => new Dictionary<string, string?>
    {
        ["campaign.year"] = today.Year.ToString(CultureInfo.InvariantCulture),
        ["notes.due"] = "11-30", // the document sets no day for notes and reflections: this branch asked for them by the end of November
        // The plan names no day for the party-spirit analysis; this branch set itself the end of November.
        ["partySpirit.analysisDue"] = "11-30",
    };

    public async Task SeedAsync(IDemoSeeding demo, CancellationToken cancellationToken)
    {
        IReadOnlyList<(OrganizationInfo Branch, IReadOnlyList<PersonInfo> Members)> branches = [];
        var now = DateTimeOffset.MinValue;
        await demo.AsAsync(Office, async services =>
        {
            var tree = await services.GetRequiredService<IOrganizationDirectory>().TreeAsync(cancellationToken);
            var roster = services.GetRequiredService<IRoster>();
            var list = new List<(OrganizationInfo, IReadOnlyList<PersonInfo>)>();
            foreach (var branch in tree.All.Where(o => o.Kind == OrganizationKind.Branch))
                list.Add((branch, [.. (await roster.MembersAsync(new RosterQuery { SubtreeRootId = branch.Id }, cancellationToken)).OrderBy(p => p.Id)]));
            branches = list;
            now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        });
        await demo.PlayAsync([.. Acts(demo, branches, cancellationToken), .. StudyActs(demo, branches, cancellationToken), .. StageTwoActs(demo, branches, cancellationToken),
            .. EvaluationActs(demo, branches, cancellationToken), .. YearEndActs(demo, branches, cancellationToken)],
            now, cancellationToken);
    }

    private static IEnumerable<DemoAct> Acts(IDemoSeeding demo, IReadOnlyList<(OrganizationInfo Branch, IReadOnlyList<PersonInfo> Members)> branches, CancellationToken ct)
    {
        var year = demo.Today.Year;
        DateOnly Day(int month, int day) => new(year, month, day);
        foreach (var (branch, members) in branches)
        {
            // The day after the plan: the group the plan names, from the roster's officers.
            yield return new DemoAct(demo.LocalInstant(Day(8, 28), new TimeOnly(10, 0)), Office, $"领导小组 {branch.Name}", async services =>
            {
                var groups = services.GetRequiredService<LeadingGroupService>();
                var proposed = (await groups.GetAsync(branch.Id, ct)).Value!;
                var leader = proposed.Seats.FirstOrDefault(s => s.Role == GroupRole.Leader)?.PersonId ?? members[0].Id;
                var saved = await groups.SaveAsync(branch.Id, new LeadingGroupInput(leader,
                    [.. proposed.Seats.Where(s => s.Role == GroupRole.Deputy).Select(s => s.PersonId)], [], 0), ct);
                return saved.Succeeded ? null : saved.Message ?? string.Join("; ", saved.Errors.SelectMany(e => e.Value));
            });

            // 制定方案: the first draft the day after, revised after the mobilization meeting, final before the members' plans are due.
            yield return new DemoAct(demo.LocalInstant(Day(8, 29), new TimeOnly(9, 30)), Office, $"实施方案初稿 {branch.Name}", async services =>
            {
                var saved = await services.GetRequiredService<BranchDocuments>().SaveAsync(BranchPlanRule.Document, branch.Id,
                    new BranchPlanInput(PlanGoals, PlanRequirements, 0).Parts, 0, null, ct);
                return saved.Succeeded ? null : saved.Message ?? string.Join("; ", saved.Errors.SelectMany(e => e.Value));
            });
            yield return new DemoAct(demo.LocalInstant(Day(9, 2), new TimeOnly(15, 0)), Office, $"实施方案定稿 {branch.Name}", async services =>
            {
                var documents = services.GetRequiredService<BranchDocuments>();
                var revised = await documents.SaveAsync(BranchPlanRule.Document, branch.Id,
                    new BranchPlanInput(PlanGoals, PlanRequirements + "每季度由支部委员会检查一次落实情况。", 1).Parts, 1, "按动员大会意见补充检查要求", ct);
                if (!revised.Succeeded) return revised.Message ?? string.Join("; ", revised.Errors.SelectMany(e => e.Value));
                var final = await documents.FinalizeAsync(BranchPlanRule.Document, branch.Id, 2, ct);
                return final.Succeeded ? null : final.Message;
            });

            for (var i = 0; i < members.Count; i++)
            {
                var member = members[i];
                // Two of every twenty never hand one in; two hand it in after the 14th; the rest between 08-30 and 09-14.
                if (i % 10 == 7) continue;
                var day = i % 10 == 4 ? Day(9, 16 + i % 7) : Day(8, 30).AddDays(i * 3 % 16);
                var problems = new[] { Problems[i % Problems.Length], Problems[(i + 2) % Problems.Length] };
                var input = new PersonalPlanInput(member.Id, i % 3 == 0 ? PledgeKind.Post : PledgeKind.Member, Pledges[i % Pledges.Length], problems, null);
                yield return new DemoAct(demo.LocalInstant(day, new TimeOnly(16, 30)), Office, $"个人打算 {member.Name}", async services =>
                {
                    var service = services.GetRequiredService<PersonalPlanService>();
                    var saved = await service.SaveAsync(input, ct);
                    if (!saved.Succeeded) return saved.Message ?? string.Join("; ", saved.Errors.SelectMany(e => e.Value));
                    if (i % 5 == 1) await service.PublishAsync(saved.Value!.Id, true, ct);
                    return null;
                });
            }

            for (var i = 0; i < members.Count; i++)
            {
                if (i % 4 == 3) continue; // a quarter have not given one yet
                var member = members[i];
                var given = Day(9, 5).AddDays(i * 5 % 80);
                if (given > demo.Today) continue;
                var text = Ideas[i % Ideas.Length];
                var answer = i % 3 != 2 && given.AddDays(4) <= demo.Today;
                yield return new DemoAct(demo.LocalInstant(given, new TimeOnly(11, 0)), Office, $"建议 {member.Name}", async services =>
                {
                    var saved = await services.GetRequiredService<SuggestionService>().SubmitAsync(new SuggestionTextInput(text, member.Id), ct);
                    return saved.Succeeded ? null : saved.Message ?? string.Join("; ", saved.Errors.SelectMany(e => e.Value));
                });
                if (answer)
                    yield return new DemoAct(demo.LocalInstant(given.AddDays(4), new TimeOnly(15, 0)), Office, $"答复建议 {member.Name}", async services =>
                    {
                        var service = services.GetRequiredService<SuggestionService>();
                        var mine = (await service.BranchesAsync(ct)).SelectMany(b => b.Suggestions).First(s => s.Suggestion.AuthorPersonId == member.Id && s.Suggestion.Text == text);
                        var replied = await service.ReplyAsync(mine.Suggestion.Id, new SuggestionReplyInput("支部已研究，采纳并纳入下阶段工作安排。", mine.Suggestion.Version), ct);
                        return replied.Succeeded ? null : replied.Message;
                    });
            }
        }
    }

    private const string PlanGoals = "围绕“筑牢率先发展堡垒，争当兴业强工先锋”主线，创建“五个好”先进基层党组织：领导班子好、党员队伍好、工作机制好、工作业绩好、群众反映好；年内完成光栅刻划机关键部件调试和课题阶段验收。";
    private const string PlanRequirements = "每名党员9月14日前结合“讲党性、重品行、作表率、树形象”活动查找出的问题提出个人打算；按时参加集中学习，撰写读书笔记和心得体会；至少为组织提一条合理化建议；立足岗位争当“五好党员”。";

    private const string ReadingNoteText = "认真学习胡锦涛总书记在全党深入学习实践科学发展观活动总结大会上的重要讲话，深刻体会到巩固和拓展学习实践活动成果的重要意义。讲话强调要把科学发展观贯彻落实到经济社会发展各个方面，这对我们科研一线的党员提出了更高要求。结合光栅室实际，我认为一要把解决影响和制约科学发展的突出问题贯穿始终，在课题攻关中敢于啃硬骨头；二要把全面提升发展质量贯穿始终，在刻划工艺和检测手段上精益求精；三要把服务经济科学发展贯穿始终，让成果早日走出实验室，服务国家重大需求。作为一名共产党员，我将以讲话精神为指导，立足本职岗位，发挥先锋模范作用，带头完成本年度的课题任务，带好研究生，团结同事，做到学有所思、思有所得、得有所用，以实际行动践行党员承诺。";
    private const string ReflectionText = "参加支部组织的集中学习和所动员大会后，我对创先争优活动有了更深的认识。创先争优不是一句口号，而是要落实在每一天的科研工作中。对照“讲党性、重品行、作表率、树形象”活动中查找出的问题，我在理论学习上还不够系统，在联系群众上还不够紧密，在业务钻研上还有差距。今后我要做到三点：一是坚持每周抽出固定时间学习党的理论和中科院有关文件，认真做好读书笔记；二是主动和课题组的同事交流，帮助年轻同志解决实验中遇到的困难；三是严格执行实验室安全规程，认真完成岗位承诺目标。回顾这段时间的学习，收获很多，也看到了差距。我相信，只要人人争当先锋、事事追求一流，我们光栅室党支部一定能够创建先进基层党组织，为研究所的改革发展和国家光学事业作出更大贡献。";

    /// <summary>
    /// 组织学习“三严三保” and 读书笔记、心得体会: the mobilization meeting and four concentrated study sessions (two absences with
    /// reasons at one, half an hour short at another, one absence at the last: flagged; the rest as planned), the required
    /// readings covered one by one; most members' reading notes and reflections, a few after the due day, a few not yet.
    /// </summary>
    private static IEnumerable<DemoAct> StudyActs(IDemoSeeding demo, IReadOnlyList<(OrganizationInfo Branch, IReadOnlyList<PersonInfo> Members)> branches, CancellationToken ct)
    {
        var year = demo.Today.Year;
        DateOnly Day(int month, int day) => new(year, month, day);
        var readings = StudyRule.DocumentReadings;
        foreach (var (branch, members) in branches)
        {
            AbsenceInput[] Absent(params (int Index, string Reason)[] who) => [.. who.Where(w => w.Index < members.Count).Select(w => new AbsenceInput(members[w.Index].Id, w.Reason))];
            var sessions = new (DateOnly Day, StudyKind Kind, string Title, decimal Planned, decimal Actual, AbsenceInput[] Absent, string[] Readings)[]
            {
                (Day(8, 30), StudyKind.Mobilization, "光栅室党支部创先争优活动动员大会", 2, 2, [], [readings[2]]),
                (Day(9, 7), StudyKind.Session, "学习胡锦涛总书记在学习实践活动总结大会上的重要讲话", 2, 2, Absent((3, "出差（外场试验）"), (8, "病假")), [readings[0]]),
                (Day(9, 21), StudyKind.Session, "学习中科院创先争优活动相关文件", 2, 1.5m, [], [readings[1]]),
                (Day(10, 19), StudyKind.Session, "讲话精神专题讨论", 2, 2, [], [readings[0]]),
                (Day(11, 16), StudyKind.Session, "交流读书笔记、心得体会", 2, 2, Absent((5, "参加学术会议")), []),
            };
            foreach (var s in sessions)
                yield return new DemoAct(demo.LocalInstant(s.Day, new TimeOnly(17, 0)), Office, $"学习 {s.Title}", async services =>
                {
                    var saved = await services.GetRequiredService<StudyService>().RecordAsync(new StudySessionInput(branch.Id, s.Kind, s.Title, s.Day, s.Planned, s.Actual,
                        "光栅室会议室", Absent: s.Absent, Readings: [.. s.Readings.Select(r => new ReadingCoverInput(r))]), ct);
                    return saved.Succeeded ? null : saved.Message ?? string.Join("; ", saved.Errors.SelectMany(e => e.Value));
                });

            for (var i = 0; i < members.Count; i++)
            {
                var member = members[i];
                var notes = new List<(DateOnly Day, NoteKind Kind, string Title, string Body)>();
                if (i % 6 != 5) notes.Add((Day(9, 12).AddDays(i * 4 % 60), NoteKind.ReadingNote, "学习胡锦涛总书记重要讲话读书笔记", ReadingNoteText));
                if (i % 4 != 3) notes.Add((i % 7 == 2 ? Day(12, 1).AddDays(i % 3) : Day(10, 8).AddDays(i * 5 % 50), NoteKind.Reflection, "参加创先争优活动的心得体会", ReflectionText));
                foreach (var n in notes)
                    yield return new DemoAct(demo.LocalInstant(n.Day, new TimeOnly(20, 0)), Office, $"{ReadingNoteRule.KindName(n.Kind).ZhCn} {member.Name}", async services =>
                    {
                        var saved = await services.GetRequiredService<ReadingNoteService>().SubmitAsync(new NoteInput(n.Kind, n.Title, n.Body, n.Day, member.Id), ct);
                        return saved.Succeeded ? null : saved.Message ?? string.Join("; ", saved.Errors.SelectMany(e => e.Value));
                    });
            }
        }
    }


    private static string? Why<T>(Result<T> result) => result.Succeeded ? null : result.Message ?? string.Join("; ", result.Errors.SelectMany(e => e.Value));

    private static readonly (EducationKind Kind, string Title, int Month, int Day, decimal Hours, string Place)[] Education =
    [
        (EducationKind.OathRenewal, "重温入党誓词", 9, 20, 1m, "所党员活动室"), (EducationKind.PartyHistory, "学习党史：从建党到新中国成立", 9, 29, 2m, "室会议室"),
        (EducationKind.Achievements, "回顾党的成就：改革开放以来的科技发展", 10, 15, 2m, "室会议室"), (EducationKind.PartyLecture, "支部书记讲党课：讲党性、重品行", 10, 28, 2m, "室会议室"),
        (EducationKind.PolicyStudy, "学习党的方针政策：国家中长期科技规划纲要", 11, 10, 2m, "室会议室"), (EducationKind.Visit, "参观东北抗联纪念馆", 11, 24, 4m, "长春"),
    ];

    private static readonly string[] FoundProblems =
    [
        "理论学习满足于完成任务，钻研不深。", "与群众交流不够主动，了解青年职工想法不多。", "创新意识不足，习惯沿用老办法。", "工作标准不够高，有时满足于过得去。",
    ];

    private static readonly (ContestKind Kind, string Title, int Month, int Day)[] Contests =
    [
        (ContestKind.Innovation, "光栅工艺创新竞赛", 10, 12), (ContestKind.Study, "创先争优知识学习竞赛", 10, 26), (ContestKind.PostSkills, "光栅刻划岗位技能竞赛", 11, 16),
    ];

    private static readonly (string Post, string Shows)[] Posts =
    [
        ("光栅刻划机调试示范岗", "攻坚克难，按期完成刻划机关键部件调试。"), ("全息光栅工艺示范岗", "工艺文档规范化，带动课题组工艺水平提升。"),
        ("实验室安全示范岗", "严格执行安全规程，全年零事故，带头做好设备维护。"),
    ];

    /// <summary>
    /// 党性教育 and 岗位奉献 this autumn: six education events of each branch, most members at most of them, a few at none;
    /// most members' analyses by 11-30, some after, some not at all; a contest of each kind with entries and results;
    /// three model posts in the first branch.
    /// </summary>
    private static IEnumerable<DemoAct> StageTwoActs(IDemoSeeding demo, IReadOnlyList<(OrganizationInfo Branch, IReadOnlyList<PersonInfo> Members)> branches, CancellationToken ct)
    {
        var year = demo.Today.Year;
        DateOnly Day(int month, int day) => new(year, month, day);
        for (var b = 0; b < branches.Count; b++)
        {
            var (branch, members) = branches[b];
            for (var e = 0; e < Education.Length; e++)
            {
                var (kind, title, month, day, hours, place) = Education[e];
                var eventIndex = e;
                // Every ninth member never comes; the others miss one event in four.
                var attended = members.Where((m, i) => i % 9 != 8 && (i + eventIndex) % 4 != 3).Select(m => m.Id).ToList();
                yield return new DemoAct(demo.LocalInstant(Day(month, day), new TimeOnly(14, 0)), Office, $"党性教育 {branch.Name} {title}", async services =>
                    Why(await services.GetRequiredService<PartySpiritService>().CreateEventAsync(
                        new EducationEventInput(branch.Id, kind, title, Day(month, day), hours, place, null, attended), ct)));
            }

            for (var i = 0; i < members.Count; i++)
            {
                if (i % 8 == 5) continue; // has not made it
                var member = members[i];
                var on = i % 8 == 2 ? Day(12, 1) : Day(10, 20).AddDays(i * 7 % 40);
                var input = new AnalysisInput(member.Id, (AnalysisForm)(i % 3), FoundProblems[i % FoundProblems.Length],
                    "对照党员标准，在学习和工作中存在" + FoundProblems[(i + 1) % FoundProblems.Length].TrimEnd('。') + "的问题，今后要加强党性修养，立足岗位作表率。",
                    i % 2 == 0 ? "同志们指出：要多关心青年同志，在课题攻关中多承担责任。" : null, null);
                yield return new DemoAct(demo.LocalInstant(on, new TimeOnly(17, 0)), Office, $"党性分析 {member.Name}", async services =>
                    Why(await services.GetRequiredService<PartySpiritService>().SaveAnalysisAsync(input, ct)));
            }

            for (var c = 0; c < Contests.Length; c++)
            {
                var (kind, title, month, day) = Contests[c];
                var contestIndex = c;
                var entrants = members.Where((m, i) => (i + contestIndex) % 3 != 0).Take(8).Select(m => m.Id).ToList();
                yield return new DemoAct(demo.LocalInstant(Day(month, day).AddDays(-10), new TimeOnly(9, 0)), Office, $"竞赛 {branch.Name} {title}", async services =>
                {
                    var service = services.GetRequiredService<DedicationService>();
                    var created = await service.CreateContestAsync(new ContestInput(branch.Id, kind, title, Day(month, day), "全体党员参加，择优表彰。"), ct);
                    if (!created.Succeeded) return Why(created);
                    foreach (var person in entrants)
                        if (Why(await service.EnterAsync(created.Value!.Id, new EntryInput(person), ct)) is { } refused) return refused;
                    return null;
                });
                yield return new DemoAct(demo.LocalInstant(Day(month, day).AddDays(1), new TimeOnly(16, 0)), Office, $"竞赛结果 {branch.Name} {title}", async services =>
                {
                    var service = services.GetRequiredService<DedicationService>();
                    var contest = (await service.ContestsAsync(ct)).Single(x => x.BranchId == branch.Id).Contests.Single(x => x.Title == title);
                    string[] awards = ["一等奖", "二等奖", "三等奖"];
                    for (var r = 0; r < Math.Min(3, contest.Entries.Count); r++)
                    {
                        var entry = contest.Entries[r];
                        if (Why(await service.RecordResultAsync(contest.Id, entry.PersonId, new ContestResultInput(r + 1, awards[r], entry.Version), ct)) is { } refused) return refused;
                    }
                    return null;
                });
            }

            if (b == 0)
                for (var p = 0; p < Math.Min(Posts.Length, members.Count); p++)
                {
                    var (post, shows) = Posts[p];
                    var holder = members[p * 2 % members.Count].Id;
                    yield return new DemoAct(demo.LocalInstant(Day(9, 25).AddDays(p), new TimeOnly(10, 0)), Office, $"党员示范岗 {post}", async services =>
                        Why(await services.GetRequiredService<DedicationService>().SavePostAsync(null,
                            new ModelPostInput(holder, post, shows, Day(10, 1), Day(12, 31), null), ct)));
                }
        }
    }

    /// <summary>
    /// 群众评议 and 评选表彰: the half-year round opened in late June, the branch entering its members' paper sheets and the
    /// public rating with codes, closed on 07-15 with its grades fixed; a 先进集体 recorded at 七一; the year-end round
    /// opened in late November with some sheets in (it closes on 12-31, so its list of recommendations is still empty).
    /// </summary>
    private static IEnumerable<DemoAct> EvaluationActs(IDemoSeeding demo, IReadOnlyList<(OrganizationInfo Branch, IReadOnlyList<PersonInfo> Members)> branches, CancellationToken ct)
    {
        var year = demo.Today.Year;
        DateOnly Day(int month, int day) => new(year, month, day);
        static string? Refused<T>(Result<T> r) => r.Succeeded ? null : r.Message ?? string.Join("; ", r.Errors.SelectMany(e => e.Value));
        // Mostly qualified, a few excellent, one or two basically qualified: each subject's grade from three colleagues.
        static string GradeOf(int subject, int rater) => (subject % 6, rater) switch
        {
            (0, _) or (3, < 2) => EvaluationRule.Excellent,
            (5, 0) => EvaluationRule.Basic,
            _ => EvaluationRule.Qualified,
        };
        foreach (var (branch, members) in branches)
        {
            if (members.Count < 4) continue;
            foreach (var (period, open, sheets, close) in new[]
            {
                (EvaluationPeriod.HalfYear, Day(6, 24), Day(7, 6), (DateOnly?)Day(7, 15)),
                (EvaluationPeriod.YearEnd, Day(11, 24), Day(11, 28), null),
            })
            {
                yield return new DemoAct(demo.LocalInstant(open, new TimeOnly(9, 0)), Office, $"开启{EvaluationRule.PeriodName(period).ZhCn} {branch.Name}", async services =>
                    Refused(await services.GetRequiredService<EvaluationService>().OpenAsync(branch.Id, period, ct)));
                for (var i = 0; i < members.Count; i++)
                {
                    // The year-end round is under way: sheets for the first half of the members so far.
                    if (period == EvaluationPeriod.YearEnd && i >= members.Count / 2) break;
                    var subject = members[i];
                    var index = i;
                    yield return new DemoAct(demo.LocalInstant(sheets.AddDays(i % 5), new TimeOnly(14, 0)), Office, $"评议表 {subject.Name}", async services =>
                    {
                        var service = services.GetRequiredService<EvaluationService>();
                        for (var r = 0; r < 3; r++)
                        {
                            var rater = members[(index + 1 + r) % members.Count];
                            var rated = await service.RateAsync(branch.Id, period, new EvaluationRatingInput(subject.Id, GradeOf(index, r), RaterId: rater.Id), ct);
                            if (Refused(rated) is { } no) return no;
                        }
                        if (period == EvaluationPeriod.HalfYear)
                        {
                            var codes = await service.IssueCodesAsync(branch.Id, period, new EvaluationCodesInput(2), ct);
                            if (Refused(codes) is { } noCodes) return noCodes;
                            foreach (var (code, r) in codes.Value!.Codes.Select((c, r) => (c, r)))
                                if (Refused(await service.RateAsync(branch.Id, period, new EvaluationRatingInput(subject.Id, GradeOf(index, r + 1), code), ct)) is { } no) return no;
                        }
                        return null;
                    });
                }
                if (close is { } closes)
                    yield return new DemoAct(demo.LocalInstant(closes, new TimeOnly(17, 0)), Office, $"结束{EvaluationRule.PeriodName(period).ZhCn} {branch.Name}", async services =>
                        Refused(await services.GetRequiredService<EvaluationService>().CloseAsync(branch.Id, period, ct)));
            }
            yield return new DemoAct(demo.LocalInstant(Day(7, 1), new TimeOnly(10, 0)), Office, $"表彰 {branch.Name}", async services =>
                Refused(await services.GetRequiredService<CommendationService>().RecordHonorAsync(
                    new HonorInput(HonorKind.Collective, branch.Id, null, "所“七一”先进党支部"), ct)));
        }
    }

    /// <summary>
    /// An October check that puts the members without a plan on the rectification list (one put right in November); the
    /// branch's first draft of its summary late in November; the first members' reports in the weeks before the summary day.
    /// </summary>
    private static IEnumerable<DemoAct> YearEndActs(IDemoSeeding demo, IReadOnlyList<(OrganizationInfo Branch, IReadOnlyList<PersonInfo> Members)> branches, CancellationToken ct)
    {
        var year = demo.Today.Year;
        DateOnly Day(int month, int day) => new(year, month, day);
        foreach (var (branch, members) in branches)
        {
            var withoutPlan = members.Where((_, i) => i % 10 == 7).Select(m => m.Id).ToList();
            if (Day(10, 20) <= demo.Today)
                yield return new DemoAct(demo.LocalInstant(Day(10, 20), new TimeOnly(15, 0)), Office, $"督导检查 {branch.Name}", async services =>
                {
                    var checkedIn = await services.GetRequiredService<OversightService>().RecordAsync(new CheckInput(branch.Id, Day(10, 20),
                        "对照实施方案检查个人打算、建言和学习情况：多数党员按时提交个人打算并提出建议，个别党员至今未提交个人打算。", withoutPlan), ct);
                    return checkedIn.Succeeded ? null : checkedIn.Message ?? string.Join("; ", checkedIn.Errors.SelectMany(e => e.Value));
                });
            if (withoutPlan.Count > 0 && Day(11, 10) <= demo.Today)
                yield return new DemoAct(demo.LocalInstant(Day(11, 10), new TimeOnly(16, 0)), Office, $"整改销号 {branch.Name}", async services =>
                {
                    var service = services.GetRequiredService<OversightService>();
                    var line = (await service.BranchesAsync(ct)).Single(b => b.BranchId == branch.Id).Rectifications.First(r => r.Line.LeadPersonId == withoutPlan[0]).Line;
                    var done = await service.CompleteAsync(line.Id, new CompleteInput(Day(11, 10), "已谈心谈话，本人补交个人打算并作出说明。", line.Version), ct);
                    return done.Succeeded ? null : done.Message;
                });
            if (Day(11, 28) <= demo.Today)
                yield return new DemoAct(demo.LocalInstant(Day(11, 28), new TimeOnly(10, 0)), Office, $"年度总结初稿 {branch.Name}", async services =>
                {
                    var saved = await services.GetRequiredService<SummaryService>().SaveBranchSummaryAsync(branch.Id, new BranchSummaryInput(
                        "把创先争优与科研任务结合，党员个人打算与岗位目标挂钩，“我为组织建一言”收集的建议多数已落实。",
                        "部分党员学习笔记流于形式；个别党员参与活动不积极，个人打算提交不及时。",
                        "下年度把个人打算考核纳入年度考核；每季度检查一次学习笔记；对未按时参加活动的党员及时谈心谈话。", 0), ct);
                    return saved.Succeeded ? null : saved.Message ?? string.Join("; ", saved.Errors.SelectMany(e => e.Value));
                });
            for (var i = 0; i < members.Count; i += 4)
            {
                var member = members[i];
                var day = Day(11, 20).AddDays(i % 13);
                if (day > demo.Today) continue;
                yield return new DemoAct(demo.LocalInstant(day, new TimeOnly(20, 0)), Office, $"个人总结 {member.Name}", async services =>
                {
                    var service = services.GetRequiredService<SummaryService>();
                    var saved = await service.SubmitReportAsync(new MemberReportInput(member.Id,
                        "参加了支部组织的集中学习和党性教育活动，按时提交个人打算，向支部提出了改进工作的建议。",
                        "个人打算中的课题任务已基本完成，带教研究生的目标已兑现，个别目标因实验条件顺延到明年。"), ct);
                    if (!saved.Succeeded) return saved.Message ?? string.Join("; ", saved.Errors.SelectMany(e => e.Value));
                    if (i % 8 == 0) await service.ReviewReportAsync(saved.Value!.Id, new ReportReviewInput(true, null), ct);
                    return null;
                });
            }
        }
    }
}
