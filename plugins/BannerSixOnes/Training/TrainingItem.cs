using Modular.Plugins.BannerSixOnes.Common;
using Modular.Plugins.BannerSixOnes.Items;

namespace Modular.Plugins.BannerSixOnes.Training;

/// <summary>Item 2 on the dashboards: per organization, its own members under the rotation; trained once, overdue after training.due.</summary>
public sealed class TrainingItem(TrainingService training, IOrganizationDirectory directory, IRoster roster, ICampaignEvents events) : ISixOnesItem
{
    public int Number => 2;

    // Counted per organization where the rows are (headcounts and first sessions), not member by member.
    public async Task<IReadOnlyList<OrganizationProgress>> ProgressAsync(SixOnesRules rules, DateOnly asOf, CancellationToken cancellationToken)
    {
        var tree = await directory.TreeAsync(cancellationToken);
        var inScope = TrainingScope.Organizations(tree);
        var headcounts = await roster.HeadcountsAsync(new RosterQuery(), cancellationToken);
        var firsts = (await events.FirstAttendancesAsync(TrainingService.Source, asOf, cancellationToken)).ToLookup(f => f.OrganizationId);
        return [.. headcounts.Where(h => inScope.Contains(h.Key)).Select(h =>
        {
            var months = new int[12];
            foreach (var f in firsts[h.Key])
                if (f.Year == rules.Year) months[f.Month - 1] += f.People;
            var (expected, done) = (h.Value, firsts[h.Key].Sum(f => f.People));
            return new OrganizationProgress(h.Key, expected, done, asOf > rules.TrainingDue ? expected - done : 0, months);
        })];
    }

    public async Task<MemberItemStatus?> ForMemberAsync(SixOnesRules rules, PersonInfo member, DateOnly today, CancellationToken cancellationToken)
    {
        var tree = await directory.TreeAsync(cancellationToken);
        if (!TrainingScope.Organizations(tree).Contains(member.OrganizationId)) return null;
        var view = await training.ForMemberAsync(member, rules, today, cancellationToken);
        if (view.Trained)
            return new MemberItemStatus(Number, DueState.Done, Text.Of($"已于 {view.FirstTrainedOn:yyyy-MM-dd} 参加轮训（{view.Session}），共 {view.Sessions} 次", $"Trained on {view.FirstTrainedOn:yyyy-MM-dd} ({view.Session}); {view.Sessions} session(s) in all"), null, "/Training/Index");
        return view.Overdue
            ? new MemberItemStatus(Number, DueState.Missed, Text.Of($"尚未参加轮训，已过期限 {view.Due:M月d日}", $"Not trained yet; it was due {SixOnesDates.Day(view.Due)}"), null, "/Training/Index")
            : new MemberItemStatus(Number, DueState.Pending, Text.Of($"尚未参加轮训，期限 {view.Due:M月d日}", $"Not trained yet; due {SixOnesDates.Day(view.Due)}"), view.Due, "/Training/Index");
    }
}
