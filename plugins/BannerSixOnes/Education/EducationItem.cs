using Microsoft.EntityFrameworkCore;
using Modular.Plugins.BannerSixOnes.Items;
using Modular.Sdk.Core;

namespace Modular.Plugins.BannerSixOnes.Education;

/// <summary>Item 1 on the dashboards: each party organization owes one event; late when none by the due day.</summary>
public sealed class EducationItem(EducationDbContext db, IOrganizationDirectory directory, EducationService education) : ISixOnesItem
{
    public int Number => 1;

    public async Task<IReadOnlyList<OrganizationProgress>> ProgressAsync(SixOnesRules rules, DateOnly asOf, CancellationToken cancellationToken)
    {
        // Events held by asOf count; one held later has not happened yet as of that day.
        var heldOn = await db.Events.AsNoTracking().Where(e => e.HeldOn <= asOf)
            .Select(e => new { e.OrganizationId, e.HeldOn }).ToDictionaryAsync(e => e.OrganizationId, e => e.HeldOn, cancellationToken);
        return [.. (await directory.ListAsync(cancellationToken)).Where(o => EducationRules.Owes(o.Kind)).Select(o =>
        {
            var held = heldOn.TryGetValue(o.Id, out var d) ? d : (DateOnly?)null;
            var state = EducationRules.StateOf(held, rules.EducationDue, asOf);
            var months = new int[12];
            if (held is { } h && h.Year == rules.Year) months[h.Month - 1] = 1;
            return new OrganizationProgress(o.Id, 1, held is null ? 0 : 1, state == EducationState.Overdue ? 1 : 0, months);
        })];
    }

    public async Task<MemberItemStatus?> ForMemberAsync(SixOnesRules rules, PersonInfo member, DateOnly today, CancellationToken cancellationToken)
    {
        if (await education.ForMemberAsync(member, rules, today, cancellationToken) is not { } view) return null;
        var (state, summary) = view.State switch
        {
            EducationState.OnTime or EducationState.DoneLate => (ItemState.Done,
                $"{view.Organization} {view.HeldOn:yyyy-MM-dd} 已开展（{view.StateLabel}），{(view.Attended == true ? "您已出席" : "您未出席")}"),
            EducationState.Overdue => (ItemState.Late, $"{view.Organization} 尚未开展，已过期限 {view.Due:M月d日}"),
            _ => (ItemState.InProgress, $"{view.Organization} 待开展，期限 {view.Due:M月d日}"),
        };
        return new MemberItemStatus(Number, state, summary, view.State == EducationState.Pending ? view.Due : null, "/Education/Index");
    }
}
