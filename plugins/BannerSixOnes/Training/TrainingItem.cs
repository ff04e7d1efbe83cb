using Modular.Plugins.BannerSixOnes.Common;
using Modular.Plugins.BannerSixOnes.Items;

namespace Modular.Plugins.BannerSixOnes.Training;

/// <summary>Item 2 on the dashboards: per organization, its own members under the rotation; trained once, overdue after training.due.</summary>
public sealed class TrainingItem(TrainingService training, IOrganizationDirectory directory, IRoster roster) : ISixOnesItem
{
    public int Number => 2;

    public async Task<IReadOnlyList<OrganizationProgress>> ProgressAsync(SixOnesRules rules, DateOnly asOf, CancellationToken cancellationToken)
    {
        var tree = await directory.TreeAsync(cancellationToken);
        var inScope = TrainingScope.Organizations(tree);
        var first = await training.FirstTrainedAsync(asOf, cancellationToken);
        var members = await roster.MembersAsync(new RosterQuery(), cancellationToken);
        return [.. members.Where(m => inScope.Contains(m.OrganizationId)).GroupBy(m => m.OrganizationId).Select(g =>
        {
            var months = new int[12];
            var done = 0;
            foreach (var m in g)
            {
                if (!first.TryGetValue(m.Id, out var day)) continue;
                done++;
                if (day.Year == rules.Year) months[day.Month - 1]++;
            }
            var expected = g.Count();
            return new OrganizationProgress(g.Key, expected, done, asOf > rules.TrainingDue ? expected - done : 0, months);
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
