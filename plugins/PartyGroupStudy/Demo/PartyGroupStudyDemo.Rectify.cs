using Modular.Plugins.PartyGroupStudy.LeadingGroup;
using Modular.Plugins.PartyGroupStudy.Mechanisms;
using Modular.Plugins.PartyGroupStudy.RectificationPlan;
using Modular.Plugins.PartyGroupStudy.Summary;
using Modular.Plugins.PartyGroupStudy.Survey;

namespace Modular.Plugins.PartyGroupStudy.Demo;

/// <summary>
/// Stage 3 as the office records it: the items listed, the special meeting adopting the plan, opinions and the public pledge;
/// items done on time, late, and one still open past its deadline; the satisfaction survey (paper sheets) and its result;
/// three mechanisms; the summary report drafted, revised, made final and sent to 县委 (the parent, xx-county).
/// </summary>
public sealed partial class PartyGroupStudyDemo
{
    private static readonly (string Problem, string FoundIn, int Lead, RectificationMode Mode, (int M, int D)? Deadline, string Measures)[] Problems =
    [
        ("行政审批环节多、时限长", "群众评议", 1, RectificationMode.Immediate, null, "清理审批事项，实行限时办结和一次性告知"),
        ("服务窗口工作作风不实，群众办事多次往返", "征求意见", 2, RectificationMode.Immediate, null, "推行首问负责制，窗口服务公开承诺"),
        ("会议多、文件多，深入基层调研少", "专题民主生活会", 0, RectificationMode.Deadline, (7, 31), "精简会议文件，党组成员每月基层调研不少于5天"),
        ("农村饮水安全工程进度滞后", "调查研究", 3, RectificationMode.Deadline, (8, 15), "倒排工期，分管领导每周督办"),
        ("招商引资项目落地服务机制不健全", "解放思想讨论", 4, RectificationMode.Deadline, (8, 20), "建立重大项目全程代办制度"),
    ];

    /// <summary>(problem index, completed month, day): the first on time, the second after its 30 days, the fourth never.</summary>
    private static readonly (int Item, int M, int D)[] Completions = [(0, 6, 20), (1, 7, 5), (2, 7, 25), (4, 8, 12)];

    private static IEnumerable<DemoAct> RectifyActs(IDemoSeeding demo, IReadOnlyList<Participant> participants, CancellationToken ct)
    {
        var year = demo.Today.Year;
        DateOnly On(int month, int day) => new(year, month, day);
        DateTimeOffset At(int month, int day, int hour = 10) => demo.LocalInstant(On(month, day), new TimeOnly(hour, 0));
        long LeadOf(int i) => participants[Math.Min(i, participants.Count - 1)].PersonId;
        async Task<RectificationInfo> ItemAsync(IServiceProvider services, int i) =>
            (await services.GetRequiredService<RectificationService>().ItemsAsync(ct)).First(x => x.Problem == Problems[i].Problem);

        foreach (var (p, i) in Problems.Select((p, i) => (p, i)))
            yield return new DemoAct(At(5, 25, 9 + i), Office, $"整改事项 {i + 1}", async services =>
                Refused(await services.GetRequiredService<RectificationService>().AddItemAsync(new ItemInput(p.Problem, p.FoundIn, LeadOf(p.Lead), p.Mode,
                    p.Deadline is { } d ? On(d.M, d.D) : null, p.Measures), ct)));
        yield return new DemoAct(At(5, 28, 15), Office, "专题会议通过整改落实方案", async services =>
            Refused(await services.GetRequiredService<RectificationService>().AdoptAsync(new PlanInput(On(5, 28), string.Join("、", participants.Select(x => x.Name)),
                "着力解决群众反映强烈的审批慢、作风不实、基层调研少等突出问题，建立推动科学发展的长效机制", "针对群众评议和民主生活会查摆的问题逐条制定措施",
                "马上整改30天内完成，限时整改8月20日前完成", "每项明确责任领导、牵头单位和具体措施", "以群众满意为标准检验整改成效", 0), ct)));
        yield return new DemoAct(At(6, 2, 15), Office, "座谈会征求意见", async services =>
            Refused(await services.GetRequiredService<RectificationService>().AddOpinionsAsync(new OpinionInput(On(6, 2), OpinionForm.Forum, 14,
                "建议明确审批事项清单并向社会公开；窗口服务增加午间值班。"), ct)));
        yield return new DemoAct(At(6, 5, 16), Office, "书面征求意见", async services =>
            Refused(await services.GetRequiredService<RectificationService>().AddOpinionsAsync(new OpinionInput(On(6, 5), OpinionForm.Written, 9,
                "各乡镇、部门书面反馈意见9条，主要集中在项目审批和基层调研。"), ct)));
        yield return new DemoAct(At(6, 8), Office, "公开承诺", async services =>
        {
            var rectification = services.GetRequiredService<RectificationService>();
            return Refused(await rectification.PublishAsync((await rectification.ViewAsync(ct)).Plan!.Version, ct));
        });
        foreach (var (item, m, d) in Completions)
            yield return new DemoAct(At(m, d, 17), Office, $"整改完成 {item + 1}", async services =>
            {
                var found = await ItemAsync(services, item);
                return Refused(await services.GetRequiredService<RectificationService>().CompleteAsync(found.Id,
                    new CompletionInput(On(m, d), $"已按方案完成：{Problems[item].Measures}。", found.Version), ct));
            });

        (string Name, MechanismChange Change, MechanismArea Area, int M, int D, string Summary)[] mechanisms =
        [
            ("行政审批限时办结制度", MechanismChange.New, MechanismArea.GovernmentFunctions, 6, 15, "审批事项由47项减至29项，承诺时限平均缩短一半，超时问责。"),
            ("机关首问负责制", MechanismChange.Revised, MechanismArea.WorkStyle, 7, 10, "首问责任人一次性告知、全程跟踪，纳入年度考核。"),
            ("重大项目全程代办制度", MechanismChange.New, MechanismArea.ScientificDevelopment, 8, 5, "县政务中心为重大项目提供免费全程代办。"),
        ];
        foreach (var x in mechanisms)
            yield return new DemoAct(At(x.M, x.D, 11), Office, $"体制机制 {x.Name}", async services =>
                Refused(await services.GetRequiredService<MechanismService>().AddAsync(new MechanismInput(x.Name, x.Change, x.Area, On(x.M, x.D), x.Summary), ct)));

        yield return new DemoAct(At(8, 1), Office, "设立满意度测评", async services =>
            Refused(await services.GetRequiredService<SurveyService>().CreateAsync(new SurveyInput(48, 12, On(8, 1), On(8, 18)), ct)));
        yield return new DemoAct(At(8, 12, 16), Office, "汇总纸质测评表", async services =>
            Refused(await services.GetRequiredService<SurveyService>().AddPaperAsync(new PaperTallyInput(new Dictionary<string, IReadOnlyDictionary<string, int>>
            {
                ["effect"] = new Dictionary<string, int> { ["satisfied"] = 41, ["basically-satisfied"] = 15, ["dissatisfied"] = 2 },
                ["conduct"] = new Dictionary<string, int> { ["satisfied"] = 44, ["basically-satisfied"] = 13, ["dissatisfied"] = 1 },
            }), ct)));
        yield return new DemoAct(At(8, 18, 17), Office, "公布测评结果", async services =>
        {
            var surveys = services.GetRequiredService<SurveyService>();
            return Refused(await surveys.PublishAsync((await surveys.GetAsync(ct)).Value!.Version, ct));
        });

        yield return new DemoAct(At(8, 10, 16), Office, "总结报告初稿", async services =>
            Refused(await services.GetRequiredService<SummaryService>().SaveAsync(new SummaryInput(
                "一、基本情况。县政府党组按照县委部署，分学习调研、分析检查、整改落实三个阶段开展学习实践活动。\n二、主要成效。整改事项5项，完成4项；建立和完善体制机制3项。\n三、经验体会。", 0), ct)));
        yield return new DemoAct(At(8, 14, 16), Office, "总结报告修改", async services =>
            Refused(await services.GetRequiredService<SummaryService>().SaveAsync(new SummaryInput(
                "一、基本情况。县政府党组按照县委部署，分学习调研、分析检查、整改落实三个阶段开展学习实践活动。\n二、主要成效。整改事项5项，完成4项；行政审批事项由47项减至29项；建立和完善体制机制3项；群众满意度测评满意和基本满意率96.6%。\n三、经验体会。\n四、下一步打算。", 1, "补充成效数字和下一步打算"), ct)));
        yield return new DemoAct(At(8, 17, 10), Office, "总结报告定稿", async services =>
            Refused(await services.GetRequiredService<SummaryService>().FinalizeAsync(2, ct)));
        yield return new DemoAct(At(8, 19, 10), Office, "总结报告上报", async services =>
            Refused(await services.GetRequiredService<SummaryService>().SubmitAsync(2, ct)));
    }
}
