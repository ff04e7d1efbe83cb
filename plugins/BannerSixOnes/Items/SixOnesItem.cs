namespace Modular.Plugins.BannerSixOnes.Items;

/// <summary>
/// One of the six as the dashboards see it. Each feature registers one implementation
/// (<c>services.AddScoped&lt;ISixOnesItem, …&gt;()</c>); the dashboards roll the per-organization
/// figures up the tree (a sumu/town's figure is the sum over its subtree) and list a member's own six.
/// </summary>
public interface ISixOnesItem
{
    /// <summary>1–6, the document's order.</summary>
    int Number { get; }

    /// <summary>
    /// For every organization of the jurisdiction that owes something under this item (its own
    /// members or itself, not its subtree): how much is expected as of <paramref name="asOf"/>, how
    /// much is done, how much is overdue, and what was done in each month of the campaign year.
    /// </summary>
    Task<IReadOnlyList<OrganizationProgress>> ProgressAsync(SixOnesRules rules, DateOnly asOf, CancellationToken cancellationToken);

    /// <summary>The member's own state under this item and what is due next; null when it does not apply to them (e.g. not a leading cadre).</summary>
    Task<MemberItemStatus?> ForMemberAsync(SixOnesRules rules, PersonInfo member, DateOnly today, CancellationToken cancellationToken);
}

/// <param name="Expected">What is owed so far: organizations (1), members to train, member-days of notes due, leading-cadre quarters …</param>
/// <param name="Done">Of those, met.</param>
/// <param name="Overdue">Of those, past their due day and not met (late).</param>
/// <param name="DoneByMonth">Twelve counts, January to December of the campaign year: met in that month (the trend line).</param>
public sealed record OrganizationProgress(long OrganizationId, int Expected, int Done, int Overdue, IReadOnlyList<int> DoneByMonth)
{
    public static IReadOnlyList<int> NoMonths { get; } = new int[12];
}


/// <param name="Summary">One line in Chinese for the member, e.g. “本季度 38/61 天，还差 23 天”.</param>
/// <param name="NextDue">The next day something is due, if any.</param>
/// <param name="Page">The plugin page where the member acts on it, relative to the plugin (e.g. <c>/Notes/Index</c>).</param>
public sealed record MemberItemStatus(int Number, DueState State, string Summary, DateOnly? NextDue, string? Page);
