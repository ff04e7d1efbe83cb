using Modular.Plugins.BannerSixOnes.Contest;
using Modular.Plugins.BannerSixOnes.DailyNotes;
using Modular.Plugins.BannerSixOnes.Education;
using Modular.Plugins.BannerSixOnes.Practices;
using Modular.Plugins.BannerSixOnes.Rectification;
using Modular.Plugins.BannerSixOnes.Discussion;
using Modular.Plugins.BannerSixOnes.Awards;
using Modular.Plugins.BannerSixOnes.Capacity;
using Modular.Plugins.BannerSixOnes.Reports;
using Modular.Plugins.BannerSixOnes.TheoryBooks;
using Modular.Plugins.BannerSixOnes.Training;

namespace Modular.Plugins.BannerSixOnes.Demo;

/// <summary>
/// What Alxa Right Banner did so far, as acts through the plugin's services, item by item:
/// ③ notes written on most days by most members (the demo member every evening, the gacha secretary
/// transcribing his branch's notebooks each Sunday, the office the rest), some members writing little or
/// nothing; quarter inspections after each quarter end, with members returned, notes made up and
/// accepted, and the last quarter's inspection still under way in some branches; ① each organization's
/// education event, most before 七一, some late, some not yet; ② each committee's training sessions by
/// field with attendance; ④ leading cadres' reading notes each quarter, reviewed (some returned, some
/// late, some missing); ⑤ research reports reviewed, shortlisted (择优) and reported to the league;
/// ⑥ the end-of-June contest with its question bank, answers and published rankings; and good practices,
/// some featured. Acts after now are left out, so the script works on any day of the campaign.
/// </summary>
public sealed class SixOnesDemoScript(IDemoSeeding demo, SixOnesDemoCast cast, CancellationToken ct)
{
    private const string Office = SixOnesDemo.Office, Secretary = SixOnesDemo.Secretary, Member = SixOnesDemo.Member;

    private readonly Random _random = new(2011_05_05);
    private readonly List<DemoAct> _acts = [];
    private SixOnesRules Rules => cast.Rules;

    public IReadOnlyList<DemoAct> Acts()
    {
        WriteDailyNotes();
        HoldEducation();
        TrainCommittees();
        ReadTheoryBooks();
        FindAndRectifyProblems();
        HoldTheDiscussion();
        RecordAwardsAndPenalties();
        WriteResearchReports();
        HoldKnowledgeContest();
        ReportGoodPractices();
        BuildCapacity(); // last: the acts before it draw the same random numbers as before it was added
        return _acts;
    }

    // ── ③ 每日学习笔记 and the quarter inspections ──

    private void WriteDailyNotes()
    {
        var last = Min(cast.Today, Rules.CampaignEnd);
        var written = cast.Members.ToDictionary(m => m.Id, m => Days(Rules.CampaignStart, last).Where(_ => _random.NextDouble() < Diligence(m)).ToHashSet());

        // Transcribed each Sunday evening and on each quarter's last day (before its inspection).
        var batchDays = Days(Rules.CampaignStart, last).Where(d => d.DayOfWeek == DayOfWeek.Sunday || d == Quarter.Containing(d).End).ToList();
        var previous = Rules.CampaignStart.AddDays(-1);
        foreach (var batchDay in batchDays)
        {
            var (from, to) = (previous.AddDays(1), batchDay);
            previous = batchDay;
            var officeNotes = Entries(written, p => p.Id != cast.MemberPerson && p.OrganizationId != cast.SecretaryBranch, from, to);
            var branchNotes = Entries(written, p => p.Id != cast.MemberPerson && p.OrganizationId == cast.SecretaryBranch, from, to);
            Act(On(batchDay, 20, 30), Office, $"旗创先争优办录入 {from:M月d日}–{to:M月d日} 的学习笔记（{officeNotes.Count} 篇）", sp => NotesAsync(sp, officeNotes));
            Act(On(batchDay, 21, 10), Secretary, $"支部书记录入本支部 {from:M月d日}–{to:M月d日} 的学习笔记", sp => NotesAsync(sp, branchNotes));
        }
        // The demo member writes her own each evening, on her phone.
        foreach (var day in written[cast.MemberPerson])
        {
            var body = DemoWriting.DailyNote(_random, day, Rules.DailyNoteMinChars);
            var hours = 1m + _random.Next(3) * 0.5m;
            Act(On(day, 21, _random.Next(0, 50)), Member, $"{day:M月d日}学习笔记", async sp =>
                Refusal(await S<DailyNoteService>(sp).SubmitAsync(cast.MemberPerson, day, body, hours, ct)));
        }
        Inspections(written);
    }

    // Most members write nearly every day; some miss a day a week, a few write little, one in thirty nothing at all.
    // Members working away (外出) write less. The demo's own two keep their notebooks; one of the branch's does not.
    private double Diligence(PersonInfo member)
    {
        if (member.Id == cast.MemberPerson) return 1;
        if (member.Id == cast.SecretaryPerson) return 0.97;
        var r = _random.NextDouble();
        var p = r < 0.55 ? 0.97 : r < 0.80 ? 0.88 : r < 0.92 ? 0.65 : r < 0.97 ? 0.3 : 0;
        if (member.OrganizationId == cast.SecretaryBranch && member.Id == LaggardOfTheBranch) p = 0.3;
        return member.IsOutgoing ? p / 2 : p;
    }

    private long LaggardOfTheBranch => cast.Members.Where(m => m.OrganizationId == cast.SecretaryBranch && m.Id != cast.MemberPerson && m.Id != cast.SecretaryPerson)
        .Select(m => m.Id).DefaultIfEmpty(0).Last();

    private List<DailyNoteEntry> Entries(Dictionary<long, HashSet<DateOnly>> written, Func<PersonInfo, bool> whose, DateOnly from, DateOnly to) =>
        [.. cast.Members.Where(whose).SelectMany(m => Days(from, to).Where(written[m.Id].Contains)
            .Select(d => new DailyNoteEntry(m.Id, d, DemoWriting.DailyNote(_random, d, Rules.DailyNoteMinChars), 1m + _random.Next(3) * 0.5m)))];

    private async Task<string?> NotesAsync(IServiceProvider sp, IReadOnlyList<DailyNoteEntry> notes) =>
        notes.Count == 0 ? null : Refusal(await S<DailyNoteService>(sp).SubmitManyAsync(notes, ct));

    /// <summary>
    /// After each quarter ends, every organization's notebooks are inspected: members with under 70% of the
    /// days are returned, the rest accepted at once; most of those returned make up their notes and are
    /// accepted, then the inspection closes. In the quarter just ended some branches have not finished.
    /// </summary>
    private void Inspections(Dictionary<long, HashSet<DateOnly>> written)
    {
        var branches = cast.Members.GroupBy(m => m.OrganizationId).OrderBy(g => g.Key).ToList();
        var ended = Rules.Quarters.Where(q => Rules.DueDays(q) is { } due && due.To < cast.Today).ToList();
        foreach (var quarter in ended)
        {
            var (from, to) = Rules.DueDays(quarter)!.Value;
            var latest = quarter == ended[^1];
            foreach (var branch in branches)
            {
                var organizationId = branch.Key;
                var actor = organizationId == cast.SecretaryBranch ? Secretary : Office;
                var r = _random.NextDouble();
                if (latest && organizationId != cast.SecretaryBranch && r < 0.08) continue; // not opened yet
                var close = !latest || organizationId == cast.SecretaryBranch || r > 0.2;
                var opened = to.AddDays(1 + _random.Next(4));
                var key = quarter.Key;
                var label = $"{cast.Tree.NameOf(organizationId)}{quarter.Label}检查验收";
                Act(On(opened, 9), actor, $"{label}开始", async sp => Refusal(await S<InspectionService>(sp).OpenAsync(organizationId, key, ct)));

                var dueDays = to.DayNumber - from.DayNumber + 1;
                var returned = branch.Where(m => written[m.Id].Count(d => d >= from && d <= to) < dueDays * 0.7).ToList();
                foreach (var member in returned)
                {
                    var comment = DemoWriting.NoteReturnComments[_random.Next(DemoWriting.NoteReturnComments.Length)];
                    Act(On(opened, 10), actor, $"{label}：退回{member.Name}", async sp =>
                        Refusal(await S<InspectionService>(sp).DecideAsync(organizationId, key, member.Id, accept: false, comment, null, ct)));
                }
                if (returned.Count < branch.Count())
                    Act(On(opened, 10, 30), actor, $"{label}：其余全部通过", async sp =>
                        Refusal(await S<InspectionService>(sp).AcceptRestAsync(organizationId, key, "笔记完整，按时记录", ct)));
                if (!close) continue;

                // Most of those returned make up the missing days from their paper notebooks (补记) and pass.
                foreach (var member in returned.Where(m => !m.IsOutgoing && _random.NextDouble() < 0.6))
                {
                    var missing = Days(from, to).Where(d => !written[member.Id].Contains(d)).ToList();
                    var madeUp = missing.Take(missing.Count * 9 / 10)
                        .Select(d => new DailyNoteEntry(member.Id, d, DemoWriting.DailyNote(_random, d, Rules.DailyNoteMinChars), 1m)).ToList();
                    Act(On(opened.AddDays(2), 20), actor, $"{member.Name}补记{quarter.Label}学习笔记", sp => NotesAsync(sp, madeUp));
                    Act(On(opened.AddDays(3), 10), actor, $"{label}：{member.Name}补记后通过", async sp =>
                        Refusal(await S<InspectionService>(sp).DecideAsync(organizationId, key, member.Id, accept: true, "已补记，同意通过", null, ct)));
                }
                Act(On(opened.AddDays(4), 17), actor, $"{label}结束", async sp => Refusal(await S<InspectionService>(sp).CloseAsync(organizationId, key, null, ct)));
            }
        }
    }

    // ── ① 党性、党纪教育活动 ──

    private static readonly string[] EducationTopics =
        ["学党章、守党纪，迎接建党九十周年", "重温入党誓词，增强党性观念", "反腐倡廉警示教育", "学习《廉洁自律准则》，筑牢思想防线"];

    private static readonly string[] EducationPlaces = ["党员活动室", "会议室", "党员电教室", "嘎查活动中心"];

    private void HoldEducation()
    {
        var byOrganization = cast.Members.ToLookup(m => m.OrganizationId);
        foreach (var org in cast.Tree.All.Where(o => EducationRules.Owes(o)))
        {
            var members = byOrganization[org.Id].ToList();
            if (members.Count == 0) continue;
            var r = _random.NextDouble();
            var mine = org.Id == cast.SecretaryBranch;
            DateOnly held;
            if (mine || r < 0.80) held = Rules.CampaignStart.AddDays(15 + _random.Next(40)); // on time: late May to June
            else if (r < 0.90) held = Rules.EducationDue.AddDays(5 + _random.Next(50));      // held late, in July or August
            else continue;                                                                    // not held yet
            if (held > Rules.EducationDue && !mine && held >= cast.Today) continue;
            var attendance = members.Select(m => _random.NextDouble() < 0.9 || m.Id == members[0].Id
                ? new AttendanceInput(m.Id, true, null)
                : new AttendanceInput(m.Id, false, m.IsOutgoing ? "外出务工" : _random.Next(2) == 0 ? "外出放牧" : "病假")).ToList();
            var input = new EducationInput(EducationTopics[_random.Next(EducationTopics.Length)], held, EducationPlaces[_random.Next(EducationPlaces.Length)],
                [.. EducationContents.All.Where(_ => _random.NextDouble() < 0.8).DefaultIfEmpty(EducationContents.All[1])],
                "集中学习党章和党内法规，观看警示教育片，开展讨论，每名党员谈认识体会。", 2 + _random.Next(3), attendance, null);
            var orgId = org.Id;
            Act(On(held, 20), mine ? Secretary : Office, $"{org.Name}党性党纪教育", async sp => Refusal(await S<EducationService>(sp).RecordAsync(orgId, input, ct)));
        }
    }

    // ── ② 大规模学习培训 ──

    private void TrainCommittees()
    {
        var months = new[] { 6, 8, 10 };
        foreach (var committee in TrainingRules.Committees(cast.Tree))
        {
            var subtree = cast.Tree.SubtreeIds(committee.Id);
            var members = cast.Members.Where(m => subtree.Contains(m.OrganizationId)).ToList();
            var fields = members.Select(m => cast.Tree.SectorOf(m.OrganizationId)).Where(f => f is not null).Distinct().ToList();
            var sessions = _random.NextDouble() < 0.75 ? 3 : 2; // a committee with two sessions leaves some fields untrained
            for (var s = 0; s < sessions && fields.Count > 0; s++)
            {
                var field = fields[s % fields.Count]!.Value;
                var held = new DateOnly(Rules.Year, months[s], 10 + _random.Next(15));
                var attendees = members.Where(m => cast.Tree.SectorOf(m.OrganizationId) == field && _random.NextDouble() < (m.IsOutgoing ? 0.4 : 0.93)).Select(m => m.Id).ToList();
                var title = $"{committee.Name}党员轮训（{TrainingFields.Label(field)}）第{s + 1}期";
                var input = new SessionInput(committee.Id, title, held, $"{committee.Name.Replace("中共", "").Replace("委员会", "")}党校", 8 + _random.Next(3) * 4,
                    field.ToString(), field == Sector.Village ? "畜牧业" : null, null);
                var committeeId = committee.Id;
                Act(On(held.AddDays(-7), 10), Office, $"{title}：安排", async sp => Refusal(await S<TrainingService>(sp).SaveSessionAsync(null, input, ct)));
                Act(On(held, 18), Office, $"{title}：登记参训人员", async sp =>
                {
                    var session = (await S<TrainingService>(sp).SessionsAsync(committeeId, ct)).Single(x => x.Title == title);
                    return Refusal(await S<TrainingService>(sp).SetAttendanceAsync(session.Id, new AttendanceSetInput(attendees, session.Version), ct));
                });
            }
        }
    }

    // ── ④ 精读一本理论著作 ──

    private static readonly (string Title, string Author)[] RequiredBooks = [("中国共产党章程", "中国共产党"), ("为人民服务", "毛泽东"), ("论共产党员的修养", "刘少奇")];

    private void ReadTheoryBooks()
    {
        foreach (var (title, author) in RequiredBooks)
            Act(On(Rules.CampaignStart.AddDays(1), 9), Office, $"必读书目《{title}》", async sp =>
                Refusal(await S<RequiredReadingList>(sp).AddAsync(title, author, ct)));
        var cadres = cast.Members.Where(m => m.IsLeadingCadre).ToList();
        foreach (var quarter in BookQuarter.Of(Rules).Where(q => q.Opens <= cast.Today))
        {
            var current = quarter.Due >= cast.Today;
            foreach (var (cadre, i) in cadres.Select((c, i) => (c, i)))
            {
                var r = _random.NextDouble();
                DateOnly filed;
                if (current) { if (r > 0.35) continue; filed = quarter.Opens.AddDays(_random.Next(Math.Max(1, cast.Today.DayNumber - quarter.Opens.DayNumber))); }
                else if (r < 0.80) filed = quarter.Due.AddDays(-_random.Next(20));
                else if (r < 0.90) filed = quarter.Due.AddDays(3 + _random.Next(18)); // late (逾期), still counted
                else continue;
                if (filed < quarter.Opens) filed = quarter.Opens;
                var (title, author) = DemoWriting.TheoryBooks[(i * 3 + quarter.Quarter.Number) % DemoWriting.TheoryBooks.Length];
                var body = DemoWriting.BookNotes(_random, title, Rules.TheoryBookMinChars);
                var (personId, key) = (cadre.Id, quarter.Key);
                Act(On(filed, 21), Office, $"代为录入{cadre.Name}{quarter.Label}读书笔记", async sp =>
                    Refusal(await S<TheoryBookNotes>(sp).SubmitAsync(new BookNoteInput(personId, key, title, author, body), ct)));

                var reviewed = filed.AddDays(5 + _random.Next(5));
                if (_random.NextDouble() < 0.1)
                {
                    var comment = DemoWriting.BookReturnComments[_random.Next(DemoWriting.BookReturnComments.Length)];
                    Act(On(reviewed, 15), Office, $"退回{cadre.Name}{quarter.Label}读书笔记", async sp =>
                        Refusal(await S<TheoryBookNotes>(sp).ReturnAsync((await BookTextAsync(sp, personId, quarter)).Id, comment, ct)));
                    var revised = body + "联系本职工作，我认为要把书中的立场观点方法运用到推动牧区发展、服务各族群众的具体实践中去。";
                    Act(On(reviewed.AddDays(4), 21), Office, $"{cadre.Name}修改后重新提交读书笔记", async sp =>
                        Refusal(await S<TheoryBookNotes>(sp).SubmitAsync(new BookNoteInput(personId, key, title, author, revised), ct)));
                    reviewed = reviewed.AddDays(7);
                }
                Act(On(reviewed, 16), Office, $"验收{cadre.Name}{quarter.Label}读书笔记", async sp =>
                    Refusal(await S<TheoryBookNotes>(sp).AcceptAsync((await BookTextAsync(sp, personId, quarter)).Id, ct)));
            }
        }
    }

    private async Task<CountedTextInfo> BookTextAsync(IServiceProvider sp, long personId, BookQuarter quarter) =>
        (await S<ICountedTexts>(sp).ListAsync(new CountedTextQuery(TheoryBookNotes.Kind) { AuthorPersonId = personId, From = quarter.PeriodDate, To = quarter.PeriodDate }, ct)).Single();

    // ── ⑤ 撰写一篇调研报告 ──

    private void WriteResearchReports()
    {
        var cadres = cast.Members.Where(m => m.IsLeadingCadre).ToList();
        var start = new DateOnly(Rules.Year, 8, 15);
        var span = Math.Max(1, Min(cast.Today, Rules.ReportDue).DayNumber - start.DayNumber);
        var shortlisted = 0;
        foreach (var (cadre, i) in cadres.Select((c, i) => (c, i)))
        {
            if (_random.NextDouble() > 0.6) continue; // not written yet
            var filed = start.AddDays(_random.Next(span));
            var (title, topic) = DemoWriting.Reports[i % DemoWriting.Reports.Length];
            var body = DemoWriting.ReportBody(_random, title, Rules.ReportMinChars);
            var personId = cadre.Id;
            Act(On(filed, 20), Office, $"代为录入{cadre.Name}的调研报告", async sp =>
                Refusal(await S<ResearchReports>(sp).SubmitAsync(new ReportInput(personId, title, topic, body), ct)));
            var reviewed = filed.AddDays(7);
            if (_random.NextDouble() < 0.2)
            {
                Act(On(reviewed, 15), Office, $"退回{cadre.Name}的调研报告", async sp =>
                    Refusal(await S<ResearchReports>(sp).ReturnAsync((await ReportTextAsync(sp, personId)).Id, "请补充调研数据和典型案例。", ct)));
                if (_random.NextDouble() < 0.5) continue; // not resubmitted yet
                Act(On(reviewed.AddDays(5), 20), Office, $"{cadre.Name}修改后重新提交调研报告", async sp =>
                    Refusal(await S<ResearchReports>(sp).SubmitAsync(new ReportInput(personId, title, topic, body + "（已补充数据和典型案例。）"), ct)));
                reviewed = reviewed.AddDays(9);
            }
            Act(On(reviewed, 16), Office, $"评审通过{cadre.Name}的调研报告", async sp =>
                Refusal(await S<ResearchReports>(sp).AcceptAsync((await ReportTextAsync(sp, personId)).Id, "内容翔实，同意通过。", ct)));
            if (shortlisted++ >= 3) continue;
            // 择优 and 上报: the best go to the league's leading group, two of them already sent.
            var reportUp = shortlisted <= 2;
            Act(On(reviewed.AddDays(3), 10), Office, $"择优{cadre.Name}的调研报告", async sp =>
                Refusal(await S<ResearchReports>(sp).ShortlistAsync((await ReportTextAsync(sp, personId)).Id, "问题找得准，对策可操作，推荐参评。", ct)));
            if (reportUp)
                Act(On(reviewed.AddDays(4), 10), Office, $"上报{cadre.Name}的调研报告", async sp =>
                    Refusal(await S<ResearchReports>(sp).ReportUpAsync((await ReportTextAsync(sp, personId)).Id, ct)));
        }
    }

    private async Task<CountedTextInfo> ReportTextAsync(IServiceProvider sp, long personId) =>
        (await S<ICountedTexts>(sp).ListAsync(new CountedTextQuery(Reports.ResearchReports.Kind) { AuthorPersonId = personId }, ct)).Single();

    // ── ⑥ 党的知识竞赛 ──

    private void HoldKnowledgeContest()
    {
        var day = Rules.ContestDate;
        foreach (var question in DemoQuestions.All)
            Act(On(day.AddDays(-20), 9), Office, $"题库：{question.Text}", async sp => Refusal(await S<QuestionBank>(sp).CreateAsync(question, ct)));
        var title = $"{Rules.Year}年阿拉善右旗“迎七一”党的知识竞赛";
        var input = new ContestInput(title, $"{day:yyyy-MM-dd}", $"{day:yyyy-MM-dd} 08:00", $"{day:yyyy-MM-dd} 20:00", Rules.ContestMinutes);
        Act(On(day.AddDays(-10), 10), Office, "设置知识竞赛", async sp => Refusal(await S<ContestSetup>(sp).CreateAsync(input, ct)));
        Act(On(day.AddDays(-10), 10, 30), Office, "发布知识竞赛", async sp => Refusal(await S<ContestSetup>(sp).PublishAsync(await ContestIdAsync(sp, title), ct)));

        // About three in four take part: the demo member online, the others' paper sheets entered by the office as they are handed in.
        foreach (var member in cast.Members.Where(m => m.Id == cast.MemberPerson || _random.NextDouble() < (m.IsOutgoing ? 0.3 : 0.78)))
        {
            var started = On(day, 8 + _random.Next(10), _random.Next(60));
            var skill = 0.55 + _random.NextDouble() * 0.42;
            var seed = _random.Next();
            var actor = member.Id == cast.MemberPerson ? Member : Office;
            var personId = member.Id;
            Act(started, actor, $"{member.Name}开始答题", async sp =>
                Refusal(await S<Answering>(sp).StartAsync(await S<SixOnesDbContext>(sp).Contests.SingleAsync(c => c.Title == title, ct), personId, ct)));
            Act(started.AddMinutes(15 + _random.Next(40)), actor, $"{member.Name}交卷", async sp =>
            {
                var db = S<SixOnesDbContext>(sp);
                var contestId = await ContestIdAsync(sp, title);
                var attempt = await db.Attempts.AsTracking().SingleAsync(a => a.ContestId == contestId && a.PersonId == personId, ct);
                var paper = await db.Papers.Where(p => p.ContestId == contestId).OrderBy(p => p.Position).ToListAsync(ct);
                var random = new Random(seed);
                var answers = paper.ToDictionary(p => p.Position, p => (string?)(random.NextDouble() < skill ? p.Answer : Wrong(p, random)));
                return Refusal(await S<Answering>(sp).SaveAsync(attempt, answers, submit: true, ct));
            });
        }
        Act(On(day.AddDays(1), 10), Office, "公布竞赛排名", async sp => Refusal(await S<ContestSetup>(sp).PublishRankingsAsync(await ContestIdAsync(sp, title), ct)));
    }

    private async Task<long> ContestIdAsync(IServiceProvider sp, string title) =>
        await S<SixOnesDbContext>(sp).Contests.Where(c => c.Title == title).Select(c => c.Id).SingleAsync(ct);

    private static string Wrong(PaperQuestion question, Random random)
    {
        var letters = Enumerable.Range(0, question.Options.Length).Select(i => ((char)('A' + i)).ToString()).Where(l => l != question.Answer).ToList();
        return letters[random.Next(letters.Count)];
    }

    // ── 查找突出问题、落实整改 ──

    private static readonly (string Problem, string Cause, string Target, string Measures)[] DemoProblems =
    [
        ("党员理论学习不经常、不系统", "学习流于形式、缺少制度约束", "建立集中学习制度", "每月集中学习两次，支部书记带头讲党课，学习笔记季度检查"),
        ("服务群众意识不强，办事效率不高", "宗旨观念淡化", "群众反映的事项一周内答复", "公开办事流程和时限，设立党员示范岗，每月走访群众"),
        ("组织生活不规范，“三会一课”落实不到位", "制度执行不严", "“三会一课”按时召开、记录完整", "制定年度组织生活计划，会议记录每季度报上级党委检查"),
        ("外出流动党员联系不紧", "管理手段单一", "流动党员每月有联系", "建立流动党员联系群，每月通报支部工作，返乡时集中学习"),
        ("党员活动阵地设施陈旧", "投入不足", "阵地能满足学习和活动需要", "更新桌椅和远程教育设备，悬挂党员承诺公示栏"),
        ("部分党员先锋模范作用发挥不明显", "党性锻炼不够", "每名党员有一项承诺事项", "开展党员公开承诺、设岗定责，年底对照评议"),
    ];

    private void FindAndRectifyProblems()
    {
        var branches = cast.Members.GroupBy(m => m.OrganizationId).OrderBy(g => g.Key).ToList();
        var end = Min(cast.Today, Rules.CampaignEnd);
        foreach (var branch in branches)
        {
            var count = 1 + _random.Next(3);
            for (var i = 0; i < count; i++)
            {
                var (problem, cause, target, measures) = DemoProblems[_random.Next(DemoProblems.Length)];
                var people = branch.ToList();
                var lead = people[_random.Next(people.Count)].Id;
                var found = Rules.CampaignStart.AddDays(30 + _random.Next(40)); // after the discussion, June–July
                if (found > end) continue;
                var immediate = _random.NextDouble() < 0.25;
                var deadline = immediate ? (DateOnly?)null : found.AddDays(30 + 15 * _random.Next(8));
                var actor = branch.Key == cast.SecretaryBranch ? Secretary : Office;
                var title = problem;
                var organizationId = branch.Key;
                Act(On(found, 15, _random.Next(50)), actor, $"登记突出问题“{problem}”", async sp =>
                    Refusal(await S<ProblemList>(sp).AddAsync(new ProblemInput(organizationId, title, "大讨论", lead,
                        immediate ? RectificationMode.Immediate : RectificationMode.Deadline, deadline, target, measures, Cause: cause), ct)));
                // Most are put right before the deadline, some after it, one in six not yet.
                var r = _random.NextDouble();
                if (r < 1.0 / 6) continue;
                var due = deadline ?? found.AddDays(10);
                var done = r < 0.8 ? found.AddDays(1 + _random.Next(Math.Max(1, due.DayNumber - found.DayNumber))) : due.AddDays(5 + _random.Next(30));
                if (done > end) continue;
                var minute = _random.Next(50);
                Act(On(done, 16, minute), actor, $"整改销号“{problem}”", async sp =>
                {
                    var list = S<ProblemList>(sp);
                    var line = (await list.ListAsync(organizationId, null, ct)).Value!
                        .Where(p => p.Problem == title && p.CompletedOn is null && p.LeadPersonId == lead).OrderBy(p => p.Id).FirstOrDefault();
                    if (line is null) return "not found";
                    return Refusal(await list.CompleteAsync(line.Id, new ProblemCompletion(done, "已按整改措施落实到位，群众满意。", line.Version), ct));
                });
            }
        }
    }

    // ── 大讨论 ──

    private static readonly string[] DemoSayings =
    [
        "加强党性锻炼，首先要坚定理想信念，把学习作为一种习惯，每天挤出一小时读书学习。",
        "提高综合素质要立足本职，向书本学、向群众学、向实践学，做到干一行、爱一行、精一行。",
        "推动科学发展，基层党员要带头转变观念，在生态保护和增收致富上作表率。",
        "作为牧区党员，要带头遵守草原禁牧政策，帮助困难户解决实际问题。",
        "机关党员要改进作风，提高办事效率，让群众少跑腿、好办事。",
    ];

    private void HoldTheDiscussion()
    {
        var end = Min(cast.Today, Rules.CampaignEnd);
        var opened = Rules.CampaignStart.AddDays(10);
        if (opened > end) return;
        var topic = $"“{BigDiscussion.DocumentTopic}”大讨论";
        Act(On(opened, 9), Office, "发起大讨论", async sp =>
            Refusal(await S<BigDiscussion>(sp).OpenAsync(new TopicInput(topic, opened), ct)));
        async Task<long> IdAsync(IServiceProvider sp) => (await S<BigDiscussion>(sp).ListAsync(ct)).First(t => t.Topic == topic).Id;
        var closeOn = Rules.CampaignStart.AddDays(100);
        foreach (var m in cast.Members)
        {
            var r = _random.NextDouble();
            if (m.Id != cast.MemberPerson && r > 0.7) continue;
            var day = opened.AddDays(1 + _random.Next(80));
            if (day > end || day >= closeOn) continue;
            var text = DemoSayings[_random.Next(DemoSayings.Length)];
            var person = m.Id;
            if (m.Id == cast.MemberPerson)
                Act(On(day, 20, 30), Member, "在大讨论中发言", async sp => Refusal(await S<BigDiscussion>(sp).ContributeAsync(await IdAsync(sp), new ContributionInput(text), ct)));
            else
                Act(On(day, 17, _random.Next(50)), Office, "登记党员在大讨论中的发言", async sp =>
                    Refusal(await S<BigDiscussion>(sp).ContributeAsync(await IdAsync(sp), new ContributionInput(text, person), ct)));
        }
        if (closeOn <= end) Act(On(closeOn, 10), Office, "结束大讨论", async sp => Refusal(await S<BigDiscussion>(sp).CloseAsync(await IdAsync(sp), ct)));
    }

    // ── 奖惩 ──

    private void RecordAwardsAndPenalties()
    {
        var day = Rules.EducationDue.AddDays(1); // 七一 表彰
        if (day > Min(cast.Today, Rules.CampaignEnd)) return;
        var awarded = cast.Members.Where(m => m.Id == cast.MemberPerson || _random.NextDouble() < 0.03).Take(15).ToList();
        foreach (var m in awarded)
        {
            var person = m.Id;
            Act(On(day, 10, _random.Next(50)), Office, $"表彰优秀共产党员{m.Name}", async sp =>
                Refusal(await S<AwardsService>(sp).RecordAsync(new AwardInput(AwardKind.Award, person, null, "优秀共产党员", "学习笔记坚持每日记录，在主题教育活动中表现突出。", day), ct)));
        }
        foreach (var org in cast.Members.Select(m => m.OrganizationId).Distinct().OrderBy(id => id).Where((_, i) => i % 5 == 1).Take(3))
            Act(On(day, 11), Office, "表彰先进基层党组织", async sp =>
                Refusal(await S<AwardsService>(sp).RecordAsync(new AwardInput(AwardKind.Award, null, org, "先进基层党组织", "六个一各项工作走在全旗前列。", day), ct)));
        foreach (var m in cast.Members.Where(m => m.Id != cast.MemberPerson && m.Id != cast.SecretaryPerson && _random.NextDouble() < 0.005).Take(2))
        {
            var person = m.Id;
            var on = day.AddDays(30);
            if (on > Min(cast.Today, Rules.CampaignEnd)) break;
            Act(On(on, 15), Office, $"通报批评{m.Name}", async sp =>
                Refusal(await S<AwardsService>(sp).RecordAsync(new AwardInput(AwardKind.Penalty, person, null, "通报批评", "长期不参加组织生活，不记学习笔记。", on), ct)));
        }
    }

    // ── 能力素质建设（业务培训、岗位练兵、挂职锻炼） ──

    private static readonly (string Title, string Organizer)[] DemoCourses =
    [
        ("全旗财务人员业务培训班", "旗财政局"), ("嘎查“两委”成员业务培训", "旗委组织部"), ("农牧业实用技术培训", "旗农牧局"),
        ("基层党务工作者培训班", "旗委党校"), ("政策法规知识培训", "旗委党校"),
    ];

    private static readonly (string Title, string Organizer)[] DemoDrills =
    [
        ("窗口服务岗位练兵", "本单位"), ("党务知识岗位练兵比武", "旗直机关工委"), ("牲畜防疫技能岗位练兵", "旗农牧局"), ("公文写作岗位练兵", "本单位"),
    ];

    private static readonly (string Title, string HostUnit)[] DemoSecondments =
    [
        ("挂任嘎查党支部第一书记", "巴丹吉林嘎查党支部"), ("到苏木镇挂职锻炼", "雅布赖镇人民政府"), ("到盟直部门跟班学习", "阿拉善盟委组织部"),
        ("挂任社区党支部副书记", "额肯呼都格镇社区"),
    ];

    /// <summary>
    /// About a quarter of each organization's members took part in a measure (most a training, some a drill, a few leading cadres
    /// a secondment of three to six months); one organization in four has none yet. The demo member went to a training.
    /// </summary>
    private void BuildCapacity()
    {
        var end = Min(cast.Today, Rules.CampaignEnd);
        var branches = cast.Members.GroupBy(m => m.OrganizationId).OrderBy(g => g.Key).ToList();
        for (var i = 0; i < branches.Count; i++)
        {
            var branch = branches[i];
            var mine = branch.Key == cast.SecretaryBranch;
            if (i % 4 == 3 && !mine && branch.All(m => m.Id != cast.MemberPerson)) continue;
            var actor = mine ? Secretary : Office;
            foreach (var m in branch.Where(m => m.Id == cast.MemberPerson || _random.NextDouble() < 0.25))
            {
                var r = m.Id == cast.MemberPerson ? 0 : _random.NextDouble();
                var kind = r < 0.6 ? CapacityKind.Training : m.IsLeadingCadre && r > 0.85 ? CapacityKind.Secondment : CapacityKind.PostDrill;
                var from = Rules.CampaignStart.AddDays(m.Id == cast.MemberPerson ? 15 : 15 + _random.Next(150)); // hers early: her page shows it from June
                string title, organizer;
                string? host = null;
                int days;
                decimal hours;
                switch (kind)
                {
                    case CapacityKind.Training:
                        (title, organizer) = DemoCourses[_random.Next(DemoCourses.Length)];
                        days = 2 + _random.Next(4);
                        hours = 6m * days;
                        break;
                    case CapacityKind.PostDrill:
                        (title, organizer) = DemoDrills[_random.Next(DemoDrills.Length)];
                        days = 1;
                        hours = 3m + _random.Next(2) * 0.5m;
                        break;
                    default:
                        (title, host) = DemoSecondments[_random.Next(DemoSecondments.Length)];
                        organizer = "旗委组织部";
                        days = 90 + 30 * _random.Next(4);
                        hours = Math.Min(CapacityRule.MaxHours, 8m * (days * 5 / 7)); // working days, 8 hours each
                        break;
                }
                var to = from.AddDays(days - 1);
                // Training and drills are recorded once over; a secondment when it begins.
                var recorded = kind == CapacityKind.Secondment ? from : to.AddDays(1 + _random.Next(3));
                if (recorded > end) continue;
                var input = new CapacityInput(m.Id, kind, title, from, to, host, organizer, hours, null);
                Act(On(recorded, 16, _random.Next(50)), actor, $"登记{m.Name}的{CapacityService.KindName(kind)}", async sp => Refusal(await S<CapacityService>(sp).RecordAsync(input, ct)));
            }
        }
    }

    // ── 好做法、好经验 ──

    private void ReportGoodPractices()
    {
        var branches = cast.Members.Select(m => m.OrganizationId).Distinct().Where(id => id != cast.SecretaryBranch).OrderBy(id => id).ToList();
        var end = Min(cast.Today, Rules.CampaignEnd);
        for (var i = 0; i < DemoWriting.Practices.Length; i++)
        {
            var (title, body, field) = DemoWriting.Practices[i];
            var ofField = branches.Where(id => cast.Tree.SectorOf(id) == field).DefaultIfEmpty(branches[0]).ToList();
            var organizationId = i == 0 ? cast.SecretaryBranch : ofField[_random.Next(ofField.Count)];
            var date = Rules.CampaignStart.AddDays(20 + _random.Next(Math.Max(1, end.DayNumber - Rules.CampaignStart.DayNumber - 25)));
            Act(On(date.AddDays(2), 16), i == 0 ? Secretary : Office, $"报送好做法“{title}”", async sp =>
                Refusal(await S<GoodPractices>(sp).SubmitAsync(new PracticeInput(organizationId, title, body, date), ct)));
            if (i % 3 != 0) continue;
            Act(On(date.AddDays(9), 11), Office, $"精选好做法“{title}”", async sp =>
            {
                var practice = await S<SixOnesDbContext>(sp).Practices.SingleAsync(p => p.Title == title, ct);
                return Refusal(await S<GoodPractices>(sp).FeatureAsync(practice.Id, "做法实、效果好，值得各基层党组织学习借鉴。", null, ct));
            });
        }
    }

    // ── helpers ──

    private static T S<T>(IServiceProvider services) where T : notnull => services.GetRequiredService<T>();

    private void Act(DateTimeOffset at, string actor, string what, Func<IServiceProvider, Task<string?>> work) => _acts.Add(new(at, actor, what, work));

    private DateTimeOffset On(DateOnly day, int hour, int minute = 0) => demo.LocalInstant(day, new TimeOnly(hour, minute));

    private static IEnumerable<DateOnly> Days(DateOnly from, DateOnly to)
    {
        for (var d = from; d <= to; d = d.AddDays(1)) yield return d;
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static string? Refusal<T>(Result<T>? result) =>
        result is null ? "not found" : result.Succeeded ? null
        : result.Errors.Count > 0 ? string.Join(" ", result.Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"))
        : $"{result.Kind}: {result.Message}";
}
