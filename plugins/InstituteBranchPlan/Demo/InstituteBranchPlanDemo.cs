using System.Globalization;
using Modular.Plugins.InstituteBranchPlan.LeadingGroup;
using Modular.Plugins.InstituteBranchPlan.Oversight;
using Modular.Plugins.InstituteBranchPlan.PersonalPlans;
using Modular.Plugins.InstituteBranchPlan.Suggestions;
using Modular.Plugins.InstituteBranchPlan.Summary;

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
        await demo.PlayAsync([.. Acts(demo, branches, cancellationToken), .. YearEndActs(demo, branches, cancellationToken)], now, cancellationToken);
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
}
