using Modular.Plugins.PartyGroupStudy.GroupReport;
using Modular.Plugins.PartyGroupStudy.LeadingGroup;
using Modular.Plugins.PartyGroupStudy.LifeMeeting;
using Modular.Plugins.PartyGroupStudy.PersonalReports;
using Modular.Plugins.PartyGroupStudy.Talks;

namespace Modular.Plugins.PartyGroupStudy.Demo;

/// <summary>
/// 四(二) 分析检查 as the office records it this year: the members' reports drafted from late April (one finalized late, one
/// never), opinions on them, the talks (a couple of pairs never meet), the life meeting on 5月13日 with its materials and
/// criticism, then the group's report discussed, evaluated by the public with codes, revised, final and submitted up.
/// </summary>
public sealed partial class PartyGroupStudyDemo
{
    private static readonly string[] Opinions =
    [
        "深入基层调研不够，对乡镇的困难了解不深。", "项目审批环节多、时间长，希望进一步简化。", "联系群众不够紧密，接访次数偏少。",
        "对农民增收问题研究不够，措施不够具体。", "会议多、文件多，抓落实的时间少。", "窗口单位服务态度有待改进。",
    ];

    private static IEnumerable<DemoAct> AnalysisActs(IDemoSeeding demo, IReadOnlyList<Participant> participants, CancellationToken ct)
    {
        var year = demo.Today.Year;
        DateOnly On(int month, int day) => new(year, month, day);
        DemoAct Act(DateOnly day, int hour, string what, Func<IServiceProvider, Task<string?>> doIt) =>
            new(demo.LocalInstant(day, new TimeOnly(hour, 0)), Office, what, doIt);
        var n = participants.Count;

        // 1 个人分析检查报告: drafted, revised by most, final by stage 2's end — the last member late, the one before never.
        for (var i = 0; i < n; i++)
        {
            var p = participants[i];
            PersonalReportInput Draft(int version, string? note) => new(p.PersonId,
                $"{p.Name}：理论学习不够系统，运用科学发展观指导实践、推动工作的能力还不强。", "发展思路对国际金融危机带来的新形势研究不够，体制机制创新不足。",
                "与周边先进县相比，在项目建设、招商引资方面差距明显，赶超发展的紧迫感不强。", "群众关心的就业、就医、上学等问题解决得还不够及时。",
                "原因在于解放思想不够、调查研究不深；今后坚持每月集中学习，重点项目实行领导包抓和全程代办。", version, note);
            yield return Act(On(4, 24).AddDays(i), 16, $"个人分析检查报告初稿 {p.Name}", async s => Refused(await s.GetRequiredService<PersonalReportService>().SaveAsync(Draft(0, null), ct)));
            if (i % 3 != 2)
                yield return Act(On(5, 6).AddDays(i % 4), 17, $"个人分析检查报告修改 {p.Name}", async s => Refused(await s.GetRequiredService<PersonalReportService>().SaveAsync(Draft(1, "结合征求到的意见修改"), ct)));
            if (i == n - 2) continue;
            var version = i % 3 != 2 ? 2 : 1;
            yield return Act(i == n - 1 ? On(5, 23) : On(5, 14).AddDays(i % 5), 10, $"个人分析检查报告定稿 {p.Name}",
                async s => Refused(await s.GetRequiredService<PersonalReportService>().FinalizeAsync(new FinalizeInput(p.PersonId, version), ct)));
        }

        // 2 征求意见: before the meeting for all but one, who collected them only after it.
        for (var i = 0; i < n; i++)
        {
            var p = participants[i];
            var on = i == 2 ? On(5, 15) : On(5, 2).AddDays(i);
            var input = new OpinionInput(p.PersonId, i % 2 == 0 ? OpinionSource.Grassroots : OpinionSource.Public, i % 2 == 0 ? "城关镇党委" : null, Opinions[i % Opinions.Length], on);
            yield return Act(on, 18, $"征求意见 {p.Name}", async s => Refused(await s.GetRequiredService<PersonalReportService>().RecordOpinionAsync(null, input, ct)));
        }

        // 2 谈心交心: every pair from late April, the last two pairs never meet.
        var pairs = (from i in Enumerable.Range(0, n) from j in Enumerable.Range(i + 1, n - i - 1) select (participants[i], participants[j])).ToList();
        for (var k = 0; k < pairs.Count - 2; k++)
        {
            var (a, b) = pairs[k];
            var on = On(4, 27).AddDays(k % 15);
            yield return Act(on, 15, $"谈心 {a.Name} {b.Name}", async s =>
                Refused(await s.GetRequiredService<TalkService>().RecordAsync(new TalkInput(a.PersonId, b.PersonId, on, "交流个人分析检查报告，互相提醒、互相帮助"), ct)));
        }

        // 2 专题民主生活会 on 5月13日: one member away; materials before it (one late, one missing); criticism at it.
        var meetingOn = On(5, 13);
        yield return Act(On(5, 8), 9, "专题民主生活会通知", async s => Refused(await s.GetRequiredService<LifeMeetingService>().HoldAsync(new MeetingInput(
            "县政府党组深入学习实践科学发展观专题民主生活会", meetingOn, 4, "县政府三楼会议室", "围绕深入贯彻落实科学发展观这一主题，开展批评与自我批评。",
            [.. participants.Take(n - 1).Select(p => p.PersonId)]), ct)));
        for (var i = 0; i < n; i++)
        {
            var p = participants[i];
            if (i == 1) continue;
            var on = i == 3 ? On(5, 14) : On(5, 9).AddDays(i % 4);
            yield return Act(on, 20, $"发言材料 {p.Name}", async s => Refused(await s.GetRequiredService<LifeMeetingService>().SaveMaterialAsync(
                new MaterialInput(p.PersonId, $"{p.Name}：结合征求到的意见和谈心情况，查找本人在推动科学发展、改进作风方面的突出问题，分析原因，提出整改方向。", on), ct)));
        }
        for (var i = 0; i < n - 1; i++)
        {
            var (p, next) = (participants[i], participants[(i + 1) % (n - 1)]);
            yield return Act(meetingOn, 11, $"自我批评 {p.Name}", async s => Refused(await s.GetRequiredService<LifeMeetingService>().AddCriticismAsync(
                new CriticismInput(p.PersonId, null, "深入基层调查研究不够，对群众反映的问题回应不够及时。"), ct)));
            if (next.PersonId != p.PersonId)
                yield return Act(meetingOn, 12, $"批评 {p.Name} → {next.Name}", async s => Refused(await s.GetRequiredService<LifeMeetingService>().AddCriticismAsync(
                    new CriticismInput(p.PersonId, next.PersonId, "抓落实的力度还要加大，对分管单位的督促检查要更经常。"), ct)));
        }

        // 3–4 党组分析检查报告: drafted, discussed by all but one member, revised; evaluated with codes; revised, final and submitted up.
        GroupReportInput Report(int version, string? note) => new("全县经济保持平稳较快增长，重点项目建设加快推进，民生持续改善。",
            "发展理念还不够新，发展思路还不够宽，体制机制还不够活，服务型政府建设还有差距。", "解放思想不够，对科学发展观的学习理解不深，工作作风不够扎实。",
            "主要思路：转变政府职能，优化发展环境。具体措施：推行重点项目全程代办制，建立联系基层制度，完善政府绩效考核。", version, note);
        yield return Act(On(5, 14), 17, "党组分析检查报告初稿", async s => Refused(await s.GetRequiredService<GroupReportService>().SaveAsync(Report(0, null), ct)));
        foreach (var p in participants.Skip(1))
            yield return Act(On(5, 15), 10, $"讨论党组分析检查报告 {p.Name}", async s => Refused(await s.GetRequiredService<GroupReportService>().CommentAsync(
                new ReportCommentInput(p.PersonId, 1, "查找问题要更具体，整改措施要可检查、可考核。"), ct)));
        yield return Act(On(5, 16), 9, "党组分析检查报告第二稿", async s => Refused(await s.GetRequiredService<GroupReportService>().SaveAsync(Report(1, "吸收党组成员讨论意见"), ct)));
        yield return Act(On(5, 16), 10, "组织群众评议", async s => Refused(await s.GetRequiredService<GroupReportService>().OpenEvaluationAsync(ct)));
        var codes = new List<string>();
        foreach (var (group, count) in new[] { (EvaluatorGroup.TownHeads, 12), (EvaluatorGroup.DepartmentHeads, 20), (EvaluatorGroup.Grassroots, 30) })
            yield return Act(On(5, 16), 11, $"发放评议码 {group}", async s =>
            {
                var slips = await s.GetRequiredService<GroupReportService>().IssueCodesAsync(new EvaluationCodesInput(group, count), ct);
                if (slips.Succeeded) codes.AddRange(slips.Value!.Codes);
                return Refused(slips);
            });
        // 50 of the 62 slips come back: most judge it good, the measures the least so.
        for (var k = 0; k < 50; k++)
        {
            var slip = k;
            yield return Act(On(5, 17), 14, $"录入评议表 {slip + 1}", async s =>
            {
                string Grade(int q) => (slip + q) % 7 == 0 ? "average" : (slip + q) % 3 == 0 ? "fairly-good" : q == 4 && slip % 2 == 0 ? "fairly-good" : "good";
                var answers = GroupReportRule.Questions.Select((q, i) => (q.Key, Grade(i))).ToDictionary(x => x.Key, x => x.Item2);
                return Refused(await s.GetRequiredService<GroupReportService>().EnterSlipAsync(new SlipInput(codes[slip], answers), ct));
            });
        }
        yield return Act(On(5, 18), 9, "群众评议结束", async s => Refused(await s.GetRequiredService<GroupReportService>().CloseEvaluationAsync(ct)));
        yield return Act(On(5, 18), 16, "党组分析检查报告第三稿", async s => Refused(await s.GetRequiredService<GroupReportService>().SaveAsync(Report(2, "吸收群众评议意见"), ct)));
        yield return Act(On(5, 19), 10, "党组分析检查报告定稿", async s => Refused(await s.GetRequiredService<GroupReportService>().FinalizeAsync(new ReportVersionInput(3), ct)));
        yield return Act(On(5, 19), 11, "党组分析检查报告上报", async s => Refused(await s.GetRequiredService<GroupReportService>().SubmitAsync(new ReportVersionInput(3), ct)));
    }
}
