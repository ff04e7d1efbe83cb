using Modular.Plugins.PartyGroupStudy.Common;
using Modular.Plugins.PartyGroupStudy.LeadingGroup;

namespace Modular.Plugins.PartyGroupStudy.RectificationPlan;

/// <summary>
/// 四(三)2 集中解决突出问题 (带头整改落实): each item is its lead member's step, due its deadline (an at-once item's from the
/// meeting; before the adoption, the stage's end) and met the day it was completed.
/// </summary>
public sealed class RectificationSteps(IRectifications rectifications) : IPlanSteps
{
    public static readonly ObligationType Item = new("party-group-study.rectification", new("完成整改事项", "Complete a rectification item"));

    public IReadOnlyList<ObligationType> Types { get; } = [Item];

    public async Task<IReadOnlyList<PlanStep>> StepsAsync(PartyGroupRules rules, IReadOnlyList<Participant> participants, CancellationToken ct)
    {
        var members = participants.Select(p => p.PersonId).ToHashSet();
        return [.. (await rectifications.ListAsync(new RectificationQuery(RectificationService.Kind), ct))
            .Where(i => i.LeadPersonId is { } lead && members.Contains(lead))
            .OrderBy(i => i.Id)
            .Select(i => new PlanStep(Item.Key, 3, new($"整改：{i.Problem}", $"Rectify: {i.Problem}"), i.LeadPersonId, i.Deadline ?? rules.Rectify.End, i.CompletedOn,
                RectificationRule.ModeName(i.Mode).ToString(), FiveLead.Rectification, "/Rectification"))];
    }
}
