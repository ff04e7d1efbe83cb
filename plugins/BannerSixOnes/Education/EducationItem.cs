using Modular.Plugins.BannerSixOnes.Items;

namespace Modular.Plugins.BannerSixOnes.Education;

/// <summary>Item 1 on the dashboards: each party organization owes one event; missed when none by the due day.</summary>
public sealed class EducationItem(IOrganizationDirectory directory, EducationService education) : ISixOnesItem
{
    public int Number => 1;

    public async Task<IReadOnlyList<OrganizationProgress>> ProgressAsync(SixOnesRules rules, DateOnly asOf, CancellationToken cancellationToken)
    {
        // Events held by asOf count; one held later has not happened yet as of that day.
        var held = await education.HeldAsync(rules, asOf, cancellationToken);
        return [.. (await directory.ListAsync(cancellationToken)).Where(EducationRules.Owes).Select(o =>
        {
            DateOnly? heldOn = held.TryGetValue(o.Id, out var e) ? e.HeldOn : null;
            var state = EducationRules.StateOf(heldOn, rules.EducationDue, asOf);
            var months = new int[12];
            if (heldOn is { } h && h.Year == rules.Year) months[h.Month - 1] = 1;
            return new OrganizationProgress(o.Id, 1, heldOn is null ? 0 : 1, state == DueState.Missed ? 1 : 0, months);
        })];
    }

    public async Task<MemberItemStatus?> ForMemberAsync(SixOnesRules rules, PersonInfo member, DateOnly today, CancellationToken cancellationToken)
    {
        if (await education.ForMemberAsync(member, rules, today, cancellationToken) is not { } view) return null;
        var summary = view.State switch
        {
            DueState.Done or DueState.Late => Text.Of($"{view.Organization} {view.HeldOn:yyyy-MM-dd} 已开展（{view.StateLabel}），{(view.Attended == true ? "您已出席" : "您未出席")}",
                $"{view.Organization} held it on {view.HeldOn:yyyy-MM-dd} ({view.StateLabel}); {(view.Attended == true ? "you attended" : "you were absent")}"),
            DueState.Missed => Text.Of($"{view.Organization} 尚未开展，已过期限 {view.Due:M月d日}", $"{view.Organization} has not held it; it was due {SixOnesDates.Day(view.Due)}"),
            _ => Text.Of($"{view.Organization} 待开展，期限 {view.Due:M月d日}", $"{view.Organization} is to hold it by {SixOnesDates.Day(view.Due)}"),
        };
        return new MemberItemStatus(Number, view.State, summary, view.State == DueState.Pending ? view.Due : null, "/Education/Index");
    }
}
