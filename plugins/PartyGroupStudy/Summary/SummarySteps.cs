using Modular.Plugins.PartyGroupStudy.Common;
using Modular.Plugins.PartyGroupStudy.LeadingGroup;

namespace Modular.Plugins.PartyGroupStudy.Summary;

/// <summary>四(三)5: the party group's own step, the final report submitted to the county leading group by stage 3's end.</summary>
public sealed class SummarySteps(SummaryService summary, PartyGroupStudyCampaign campaign) : IPlanSteps
{
    public static readonly ObligationType Submitted = new("party-group-study.summary-report", new("总结报告上报县委领导小组", "Submit the summary report to the county leading group"));

    public IReadOnlyList<ObligationType> Types { get; } = [Submitted];

    public async Task<IReadOnlyList<PlanStep>> StepsAsync(PartyGroupRules rules, IReadOnlyList<Participant> participants, CancellationToken ct)
    {
        var document = await summary.DocumentAsync(ct);
        var detail = document switch
        {
            null => Text.Of("尚未起草", "Not drafted"),
            { SubmittedAt: not null } => Text.Of($"第 {document.Version} 稿已上报", $"Version {document.Version} submitted"),
            { Final: true } => Text.Of("已定稿，未上报", "Final, not submitted"),
            _ => Text.Of($"第 {document.Version} 稿", $"Draft {document.Version}"),
        };
        return [new PlanStep(Submitted.Key, 3, Submitted.Name, null, rules.Rectify.End, document?.SubmittedAt is { } at ? campaign.LocalDay(at) : null, detail, null, "/Summary")];
    }
}
