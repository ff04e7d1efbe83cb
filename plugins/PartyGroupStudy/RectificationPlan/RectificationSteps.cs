using Modular.Plugins.PartyGroupStudy.Common;
using Modular.Plugins.PartyGroupStudy.LeadingGroup;

namespace Modular.Plugins.PartyGroupStudy.RectificationPlan;

/// <summary>
/// 四(三)2 集中解决突出问题 (带头整改落实): a lead member's items are their steps, due each item's deadline (an at-once item's
/// from the meeting; before the adoption, the stage's end) and met the day it was completed. The core keeps one obligation
/// per member and period, so a member's items due the same day are one step, met when the last of them is done.
/// </summary>
public sealed class RectificationSteps(RectificationService rectification) : IPlanSteps
{
    public static readonly ObligationType Item = new("party-group-study.rectification", new("完成整改事项", "Complete the rectification items"));

    public IReadOnlyList<ObligationType> Types { get; } = [Item];

    public async Task<IReadOnlyList<PlanStep>> StepsAsync(PartyGroupRules rules, IReadOnlyList<Participant> participants, CancellationToken ct)
    {
        var members = participants.Select(p => p.PersonId).ToHashSet();
        var dues = await rectification.DuesAsync(ct);
        return [.. (await rectification.ItemsAsync(ct))
            .Where(i => i.LeadPersonId is { } lead && members.Contains(lead))
            .GroupBy(i => (Lead: i.LeadPersonId!.Value, Due: RectificationService.DueOf(i, dues) ?? rules.Rectify.End))
            .OrderBy(g => g.Key.Due).ThenBy(g => g.Key.Lead)
            .Select(g =>
            {
                var items = g.ToList();
                var done = items.All(i => i.CompletedOn is not null) ? items.Max(i => i.CompletedOn) : null;
                LocalizedText name = items.Count == 1 ? new($"整改：{items[0].Problem}", $"Rectify: {items[0].Problem}") : new($"整改 {items.Count} 项", $"Rectify {items.Count} items");
                return new PlanStep(Item.Key, 3, name, g.Key.Lead, g.Key.Due, done,
                    Text.Of($"已完成 {items.Count(i => i.CompletedOn is not null)} / {items.Count} 项", $"{items.Count(i => i.CompletedOn is not null)} of {items.Count} done"),
                    FiveLead.Rectification, "/Rectification") { Period = g.Key.Due };
            })];
    }
}
