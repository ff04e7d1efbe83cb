using Modular.Plugins.PartyGroupStudy.Discussion;
using Modular.Plugins.PartyGroupStudy.LeadingGroup;
using Modular.Plugins.PartyGroupStudy.ReadingNotes;
using Modular.Plugins.PartyGroupStudy.Research;
using Modular.Plugins.PartyGroupStudy.Study;

namespace Modular.Plugins.PartyGroupStudy.Demo;

/// <summary>
/// Stage 1 (学习调研) as the office records it: the mobilization meeting, five study events with a few absences, each
/// member's self-study, reading notes, research topic and report, and the discussion — most members on time, one late
/// with the report and short of the hours, one short of the notes and silent in the discussion.
/// </summary>
public sealed partial class PartyGroupStudyDemo
{
    private static readonly (StudyKind Kind, string Title, int Month, int Day, decimal Hours)[] StudyEvents =
    [
        (StudyKind.Training, "集中培训：《邓小平论科学发展》", 3, 10, 8), (StudyKind.Tutorial, "专题辅导：保增长、保民生、保稳定", 3, 20, 6),
        (StudyKind.GroupStudy, "集体研讨：《科学发展观重要论述摘编》", 3, 31, 6), (StudyKind.Training, "集中培训：省委十二届八次全会精神", 4, 10, 8),
        (StudyKind.Tutorial, "专题辅导：应对国际金融危机", 4, 16, 4),
    ];

    private static readonly string[] Topics =
    [
        "全县科学发展的总体思路", "加快项目建设审批提速", "财政增收与民生投入", "农民增收和现代农业", "水利基础设施建设", "教育均衡发展", "医疗卫生服务体系建设",
    ];

    private const string NoteParagraph = "学习科学发展观，第一要义是发展，核心是以人为本，基本要求是全面协调可持续，根本方法是统筹兼顾。结合分管工作，要把思想认识统一到服务全县科学发展上来，在解放思想中破解发展难题。";

    private static IEnumerable<DemoAct> StudyStageActs(IDemoSeeding demo, IReadOnlyList<Participant> participants, CancellationToken ct)
    {
        var year = demo.Today.Year;
        DateOnly On(int month, int day) => new(year, month, day);
        DemoAct Act(DateOnly day, int hour, string what, Func<IServiceProvider, Task<string?>> act) => new(demo.LocalInstant(day, new TimeOnly(hour, 0)), Office, what, act);
        var late = participants[^1];      // studies late, has the report accepted late
        var short_ = participants[^2];    // short of the notes, silent in the discussion

        yield return Act(On(3, 3), 9, "动员大会", async s => Refused(await s.GetRequiredService<StudyService>().RecordAsync(new StudyEventInput(StudyKind.Mobilization,
            "县政府党组深入学习实践科学发展观活动动员大会", On(3, 3), 2, "县政府常务会议室", "传达上级文件和会议精神，阐明学习实践活动的重大意义。",
            [new AttendanceInput(late.PersonId, false, "在省里参加会议")]), ct)));
        foreach (var (e, i) in StudyEvents.Select((e, i) => (e, i)))
        {
            // Someone misses each event; someone leaves one early.
            var absent = participants[(i + 1) % participants.Count];
            var early = participants[(i + 3) % participants.Count];
            yield return Act(On(e.Month, e.Day), 17, e.Title, async s => Refused(await s.GetRequiredService<StudyService>().RecordAsync(new StudyEventInput(e.Kind, e.Title,
                On(e.Month, e.Day), e.Hours, "县政府三楼会议室", null,
                [new AttendanceInput(absent.PersonId, false, i % 2 == 0 ? "下乡检查防汛工作" : "接待上级调研组"), new AttendanceInput(early.PersonId, Hours: e.Hours - 2)]), ct)));
        }

        foreach (var (p, i) in participants.Select((p, i) => (p, i)))
        {
            // Self-study: three hours an evening, four to six evenings; the late member studies one evening and falls short of the hours.
            var evenings = p == late ? 1 : 4 + i % 3;
            for (var k = 0; k < evenings; k++)
            {
                var day = p == late ? On(4, 18) : On(3, 12).AddDays(6 * k + i % 3);
                yield return Act(day, 21, $"自学 {p.Name} {day:MM-dd}", async s => Refused(await s.GetRequiredService<StudyService>().RecordSelfStudyAsync(
                    new SelfStudyInput(3, "通读并摘抄重点段落，联系分管工作思考。", k % 2 == 0 ? "《科学发展观重要论述摘编》" : "《邓小平论科学发展》", day, p.PersonId), ct)));
            }

            // Reading notes of about 5,200 characters each: four reach 20,000; the one short writes two.
            var notes = p == short_ ? 2 : 4;
            for (var k = 0; k < notes; k++)
            {
                var day = On(3, 15).AddDays(7 * k + i % 4);
                yield return Act(day, 20, $"读书笔记 {p.Name} {day:MM-dd}", async s => Refused(await s.GetRequiredService<ReadingNoteService>().SubmitAsync(
                    new NoteInput(k % 2 == 0 ? "《邓小平论科学发展》" : "《科学发展观重要论述摘编》", string.Concat(Enumerable.Repeat(NoteParagraph, 60)), day, p.PersonId), ct)));
            }

            var topic = Topics[i % Topics.Length];
            yield return Act(On(3, 13 + i), 10, $"课题 {p.Name}", async s => Refused(await s.GetRequiredService<ResearchService>().ChooseTopicAsync(new TopicInput(topic, p.PersonId), ct)));
            if (i == 2) continue; // one member has a topic and no report yet
            var handedIn = p == late ? On(4, 18) : On(4, 6 + i);
            yield return Act(handedIn, 11, $"调研报告 {p.Name}", async s => Refused(await s.GetRequiredService<ResearchService>().SubmitReportAsync(
                new ReportInput($"关于{topic}的调研报告：深入基层、深入群众调研，找准问题，分析原因，提出对策。", p.PersonId), ct)));
            if (i == 1)
            {
                // Returned once for concrete measures, handed in again, accepted.
                yield return Act(handedIn.AddDays(2), 15, $"退回调研报告 {p.Name}", async s => await ReviewAsync(s, p, "对策不够具体，请补充可操作的措施。"));
                yield return Act(handedIn.AddDays(4), 11, $"重交调研报告 {p.Name}", async s => Refused(await s.GetRequiredService<ResearchService>().SubmitReportAsync(
                    new ReportInput($"关于{topic}的调研报告（修改稿）：补充了三条可操作的对策措施。", p.PersonId), ct)));
            }
            yield return Act(p == late ? On(4, 24) : handedIn.AddDays(i == 1 ? 6 : 3), 16, $"验收调研报告 {p.Name}", async s => await ReviewAsync(s, p, null));
        }

        yield return Act(On(4, 8), 15, "解放思想讨论", async s => Refused(await s.GetRequiredService<DiscussionService>().HoldAsync(
            new HoldInput("在要不要科学发展、能不能科学发展、怎样科学发展上解放思想", On(4, 8)), ct)));
        foreach (var (p, i) in participants.Where(p => p != short_).Select((p, i) => (p, i)))
            yield return Act(i == 0 ? On(4, 12) : On(4, 8), 16 + i % 2, $"讨论发言 {p.Name}", async s =>
            {
                var discussions = s.GetRequiredService<DiscussionService>();
                var id = (await discussions.OverviewAsync(ct)).Value!.Discussions[0].Id;
                return Refused(await discussions.ContributeAsync(id, new ContributionInput($"{p.Name}：破除“等靠要”思想，以改革创新的办法解决分管领域的发展难题。", p.PersonId), ct));
            });

        async Task<string?> ReviewAsync(IServiceProvider s, Participant p, string? comment)
        {
            var research = s.GetRequiredService<ResearchService>();
            var id = (await research.OverviewAsync(ct)).Value!.Members.Single(m => m.PersonId == p.PersonId).Report!.Id;
            return Refused(comment is null ? await research.AcceptAsync(id, ct) : await research.ReturnAsync(id, new ReviewInput(comment), ct));
        }
    }
}
