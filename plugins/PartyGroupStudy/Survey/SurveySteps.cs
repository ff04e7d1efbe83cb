using Modular.Plugins.PartyGroupStudy.Common;
using Modular.Plugins.PartyGroupStudy.LeadingGroup;

namespace Modular.Plugins.PartyGroupStudy.Survey;

/// <summary>四(三)3: the party group's own step, the survey held and its result published by stage 3's end.</summary>
public sealed class SurveySteps(PartyGroupStudyDbContext db) : IPlanSteps
{
    public static readonly ObligationType Published = new("party-group-study.satisfaction-survey", new("群众满意度测评并公布结果", "Hold the satisfaction survey and publish its result"));

    public IReadOnlyList<ObligationType> Types { get; } = [Published];

    public async Task<IReadOnlyList<PlanStep>> StepsAsync(PartyGroupRules rules, IReadOnlyList<Participant> participants, CancellationToken ct)
    {
        var survey = await db.SatisfactionSurveys.SingleOrDefaultAsync(ct);
        var detail = survey is null ? Text.Of("尚未设立", "Not set up") : Text.Of($"测评人员 {survey.Evaluators} 人", $"{survey.Evaluators} evaluators");
        return [new PlanStep(Published.Key, 3, Published.Name, null, rules.Rectify.End, survey?.PublishedOn, detail, FiveLead.Rectification, "/Survey")];
    }
}
