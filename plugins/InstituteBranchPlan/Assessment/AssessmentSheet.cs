using Modular.Plugins.InstituteBranchPlan.Commendation;
using Modular.Plugins.InstituteBranchPlan.Evaluation;
using Modular.Plugins.InstituteBranchPlan.Oversight;
using Modular.Plugins.InstituteBranchPlan.PersonalPlans;
using Modular.Plugins.InstituteBranchPlan.ReadingNotes;
using Modular.Plugins.InstituteBranchPlan.Suggestions;

namespace Modular.Plugins.InstituteBranchPlan.Assessment;

/// <summary>
/// Writes a member's assessment from the facts the items recorded, in the plan's order. The rules are the items' own
/// (<see cref="SuggestionRule"/>, <see cref="CommendationRule"/>, <see cref="OversightRule"/>…); this only reads their
/// verdicts as lines. Pure.
/// </summary>
public static class AssessmentSheet
{
    public static MemberAssessment Write(InstituteRules rules, DateOnly today, long personId, string name, long branchId, string branch, AssessmentFacts f)
    {
        var lines = new List<AssessmentLine>();
        void Add(string key, LocalizedText item, string detail, AssessmentState state, string page, bool required = true) =>
            lines.Add(new(key, item.ToString(), detail, state, AssessmentRule.StateName(state).ToString(), required, page));
        string Join(IEnumerable<string> parts) => string.Join(Text.Of("；", "; "), parts);

        // 三(一)二 个人打算: handed in by its day, and the branch's year-end assessment of how it was kept.
        var plan = f.Plan.Plan;
        Add("plan", new("个人打算", "Personal plan"), plan is null ? Text.Of($"未提交（{rules.PersonalPlansDue:yyyy-MM-dd} 前）", $"Not handed in (due {rules.PersonalPlansDue:yyyy-MM-dd})")
            : Text.Of($"{PersonalPlanRule.KindName(plan.PledgeKind)}，{f.Plan.HandedInOn:yyyy-MM-dd} 提交（{f.Plan.StateName}）", $"{PersonalPlanRule.KindName(plan.PledgeKind)}, handed in {f.Plan.HandedInOn:yyyy-MM-dd} ({f.Plan.StateName})"),
            AssessmentRule.Of(f.Plan.State), "/PersonalPlans/Index");
        Add("plan-score", new("个人打算考核", "Personal plan assessed"), plan?.Outcome is { } outcome
                ? Text.Of($"{PersonalPlanFeature.OutcomeName(outcome)}，得分 {plan.Score}", $"{PersonalPlanFeature.OutcomeName(outcome)}, score {plan.Score}")
                : Text.Of("支部尚未考核", "Not assessed by the branch yet"),
            AssessmentRule.ByYearEnd(plan?.Outcome is not null, rules, today), "/PersonalPlans/Index");

        // 三(一)三 学习: every session attended, the required readings covered; notes and reflections; suggestions.
        var s = f.Study;
        Add("study", new("组织学习出勤", "Study attendance"), Text.Of($"参加 {s.Attended} 次，缺席 {s.Missed} 次，学时 {s.Hours:0.#}", $"attended {s.Attended}, missed {s.Missed}, {s.Hours:0.#} hours"),
            s.Attended + s.Missed == 0 ? AssessmentRule.ByYearEnd(false, rules, today) : AssessmentRule.ByYearEnd(s.Missed == 0, rules, today), "/Study/Index");
        Add("readings", new("必读篇目", "Required readings"), Text.Of($"已学 {s.ReadingsCovered}/{s.ReadingsRequired} 篇", $"{s.ReadingsCovered} of {s.ReadingsRequired} covered"),
            AssessmentRule.ByYearEnd(s.ReadingsCovered >= s.ReadingsRequired, rules, today), "/Study/Index");
        foreach (var count in new[] { f.Notes.ReadingNotes, f.Notes.Reflections })
            Add(count.Kind == NoteKind.Reflection ? "reflections" : "reading-notes", ReadingNoteRule.KindName(count.Kind),
                Text.Of($"按时 {count.OnTime} 篇（共 {count.Total} 篇），至少 {count.Minimum} 篇", $"{count.OnTime} on time ({count.Total} in all), at least {count.Minimum}"),
                AssessmentRule.Of(count.State), "/ReadingNotes/Index");
        Add("suggestions", new("我为组织建一言", "Suggestions"), Text.Of($"已提 {f.SuggestionsGiven} 条（至少 {rules.MinSuggestions} 条），已答复 {f.SuggestionsAnswered} 条",
                $"{f.SuggestionsGiven} given (at least {rules.MinSuggestions}), {f.SuggestionsAnswered} answered"),
            AssessmentRule.ByYearEnd(SuggestionRule.Met(rules, f.SuggestionsGiven), rules, today), "/Suggestions/Index");

        // 三(二)1 党性教育 and the analysis; 三(二)2 岗位奉献 (taking part, not owed by each member).
        var ps = f.PartySpirit;
        Add("party-spirit", new("党性教育", "Party-spirit education"), Text.Of($"参加 {ps.Events} 次（至少 {rules.MinEducationEvents} 次）", $"attended {ps.Events} (at least {rules.MinEducationEvents})"),
            AssessmentRule.ByYearEnd(ps.Reached, rules, today), "/PartySpirit/Index");
        Add("analysis", new("党性分析", "Party-spirit analysis"), ps.Analysis is { } a
                ? Text.Of($"{a.FormName}，{ps.HandedInOn:yyyy-MM-dd} 提交", $"{a.FormName}, handed in {ps.HandedInOn:yyyy-MM-dd}") : Text.Of($"未提交（{rules.AnalysisDue:yyyy-MM-dd} 前）", $"Not handed in (due {rules.AnalysisDue:yyyy-MM-dd})"),
            AssessmentRule.Of(ps.State), "/PartySpirit/Index");
        Add("contests", new("岗位奉献竞赛", "Dedication contests"), f.Contests.Count == 0 ? Text.Of("未参加", "None entered")
                : Join(f.Contests.Select(c => c.Contest.Title + (c.Entry.Rank is { } rank ? Text.Of($"（第 {rank} 名）", $" (rank {rank})") : "") + (c.Entry.Award is { } award ? $" {award}" : ""))),
            f.Contests.Count > 0 ? AssessmentState.Done : AssessmentState.NotRequired, "/Dedication/Index", required: false);
        Add("model-post", new("党员示范岗", "Model post"), f.Posts.Count == 0 ? Text.Of("无", "None") : Join(f.Posts.Select(p => p.PostName)),
            f.Posts.Count > 0 ? AssessmentState.Done : AssessmentState.NotRequired, "/Dedication/Index", required: false);

        // 三(二)3 群众评议: each round of the year, the member's grade once it closed.
        foreach (var round in f.Rounds)
        {
            var result = round.Closed ? round.Result : null;
            var key = round.Period == EvaluationPeriod.YearEnd ? "evaluation-year-end" : "evaluation-half-year";
            if (!round.Opened && round.Closes < rules.Start)
            {
                // A round that closed before the campaign began (the half-year one in the plan's first year) was never owed.
                Add(key, EvaluationRule.PeriodName(round.Period), Text.Of($"活动开始前已截止（{round.Closes:yyyy-MM-dd}），未举行", $"Closed before the campaign began ({round.Closes:yyyy-MM-dd}); not held"),
                    AssessmentState.NotRequired, "/Evaluation/Index", required: false);
                continue;
            }
            Add(key, EvaluationRule.PeriodName(round.Period),
                result is { } r ? Text.Of($"{r.GradeName}，综合成绩 {r.Composite}", $"{r.GradeName}, composite {r.Composite}")
                    : round.Opened ? Text.Of($"评议进行中（{round.Closes:yyyy-MM-dd} 结束）", $"Under way (closes {round.Closes:yyyy-MM-dd})")
                    : Text.Of($"尚未开始（{round.Closes:yyyy-MM-dd} 结束）", $"Not opened (closes {round.Closes:yyyy-MM-dd})"),
                AssessmentRule.ByDay(result is not null, round.Closes, today), "/Evaluation/Index");
        }

        // 三(二)4 评选表彰: on the recommendation list or what is lacking, and honours received (not owed).
        var yearEnd = f.Rounds.FirstOrDefault(r => r.Period == EvaluationPeriod.YearEnd && r.Closed)?.Result;
        var inputs = new CommendationInputs(plan is not null, f.SuggestionsGiven, plan?.Outcome, yearEnd?.Grade);
        var recommended = CommendationRule.Recommended(rules, inputs);
        var honors = f.Honors.Select(h => $"{h.KindName}：{h.Title}").ToList();
        Add("commendation", new("评选表彰", "Commendation"),
            Join([recommended ? Text.Of("符合优先推荐条件", "On the recommendation list") : Text.Of($"未列入推荐：{string.Join("、", CommendationRule.Lacks(rules, inputs))}",
                $"Not on the list: {string.Join(", ", CommendationRule.Lacks(rules, inputs))}"), .. honors]),
            recommended || honors.Count > 0 ? AssessmentState.Done : AssessmentState.NotRequired, "/Commendation/Index", required: false);

        // 三(三) 年度总结: the member's report by the summary day, and the branch's review of it.
        var report = f.Report;
        Add("report", new("个人总结", "Year-end report"), report.Report is null ? Text.Of($"未提交（{rules.SummaryDue:yyyy-MM-dd} 前）", $"Not handed in (due {rules.SummaryDue:yyyy-MM-dd})")
                : Text.Of($"{report.HandedInOn:yyyy-MM-dd} 提交（{report.StateName}）", $"Handed in {report.HandedInOn:yyyy-MM-dd} ({report.StateName})"),
            AssessmentRule.Of(report.State), "/Summary/Index");
        var review = report.Report?.State;
        Add("report-review", new("个人总结审阅", "Report reviewed"), review switch
            {
                TextReviewState.Accepted => Text.Of("支部已审阅通过", "Accepted by the branch"),
                TextReviewState.Returned => Text.Of($"支部退回：{report.Report!.ReviewComment}", $"Returned by the branch: {report.Report!.ReviewComment}"),
                null => Text.Of("尚无个人总结", "No report yet"),
                _ => Text.Of("待支部审阅", "Waiting for the branch"),
            },
            review == TextReviewState.Accepted ? AssessmentState.Done : AssessmentRule.ByDay(false, rules.SummaryDue, today), "/Summary/Index");

        // 四(五) 考核督导: what the records flag now, and the member's rectifications.
        var flags = OversightRule.Flags(rules, new OversightRule.MemberRecords(f.Plan.State, f.SuggestionsGiven > 0, report.State), today);
        var statuses = f.Rectifications.Select(r => r.StatusOn(today)).ToList();
        var rectified = statuses.Count(x => x == RectificationStatus.Done);
        Add("oversight", new("督导整改", "Oversight"),
            Join([.. flags.Select(x => x.ToString()), statuses.Count == 0 ? Text.Of("未列入整改清单", "Not on the rectification list")
                : Text.Of($"整改 {statuses.Count} 项，已整改 {rectified} 项", $"{statuses.Count} to put right, {rectified} done")]),
            statuses.Contains(RectificationStatus.Overdue) ? AssessmentState.Overdue
                : statuses.Contains(RectificationStatus.Open) || flags.Count > 0 ? AssessmentState.Open : AssessmentState.Done, "/Oversight/Index");

        var overall = AssessmentRule.Overall(lines.Where(l => l.Required).Select(l => l.State));
        var required = lines.Where(l => l.Required).ToList();
        int done = required.Count(l => l.State is AssessmentState.Done or AssessmentState.Late), late = required.Count(l => l.State == AssessmentState.Late),
            open = required.Count(l => l.State == AssessmentState.Open), overdue = required.Count(l => l.State == AssessmentState.Overdue);
        var gradeName = yearEnd is null ? Text.Of("未评定", "Not graded") : yearEnd.GradeName;
        var summary = Text.Of($"{rules.Year} 年度应完成 {required.Count} 项：完成 {done} 项（其中逾期完成 {late} 项），未完成 {open} 项，逾期 {overdue} 项；年终评议：{gradeName}。",
            $"{rules.Year}: {required.Count} items owed — {done} done ({late} late), {open} not done, {overdue} overdue; year-end grade: {gradeName}.");
        return new MemberAssessment(personId, name, branchId, branch, rules.Year, lines, yearEnd?.Grade, gradeName, yearEnd?.Composite, overall,
            AssessmentRule.StateName(overall).ToString(), summary);
    }
}
