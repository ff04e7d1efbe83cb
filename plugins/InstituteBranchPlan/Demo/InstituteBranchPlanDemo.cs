using System.Globalization;
using Modular.Plugins.InstituteBranchPlan.Commendation;
using Modular.Plugins.InstituteBranchPlan.Evaluation;
using Modular.Plugins.InstituteBranchPlan.LeadingGroup;
using Modular.Plugins.InstituteBranchPlan.PersonalPlans;
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
        await demo.PlayAsync([.. Acts(demo, branches, cancellationToken), .. EvaluationActs(demo, branches, cancellationToken)], now, cancellationToken);
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
                            foreach (var (code, r) in codes.Value!.Select((c, r) => (c, r)))
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
}
