using System.Globalization;
using Modular.Plugins.MyCampaign.Volunteering;

namespace Modular.Plugins.MyCampaign.Demo;

/// <summary>
/// The campaign as XX县 (<c>xx-county</c>) runs it this year: the document's year moved to the current one, and the months
/// so far recorded through the plugin's own service as the county office would have, on the evening of each day — most
/// branches on time, some late, a few months missed — so a first run's pages, ledger and calendars have something to show.
/// </summary>
public sealed class MyCampaignDemo : IDemoContribution
{
    public const string Office = "xx-county-admin";

    private static readonly string[] Titles =
    [
        "清扫村内主干道和公共区域", "走访慰问困难党员和老党员", "政策宣讲进农户", "义务植树", "帮助留守老人收种",
        "文明交通劝导", "关爱留守儿童课业辅导", "河道垃圾清理", "防诈骗宣传进社区", "为独居老人检修水电",
    ];

    public IReadOnlyList<string> IssuedIn { get; } = ["xx-county"];

    /// <summary>The document's campaign year made this year.</summary>
    public IReadOnlyDictionary<string, string?> Settings(DateOnly today) => new Dictionary<string, string?>
    {
        ["campaign.start"] = new DateOnly(today.Year, 1, 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["campaign.end"] = new DateOnly(today.Year, 12, 31).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    public async Task SeedAsync(IDemoSeeding demo, CancellationToken cancellationToken)
    {
        IReadOnlyList<OrganizationInfo> branches = [];
        var now = DateTimeOffset.MinValue;
        await demo.AsAsync(Office, async services =>
        {
            var tree = await services.GetRequiredService<IOrganizationDirectory>().TreeAsync(cancellationToken);
            branches = [.. tree.All.Where(o => o.Kind == OrganizationKind.Branch)];
            now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        });
        await demo.PlayAsync(Acts(demo, branches, cancellationToken), now, cancellationToken);
    }

    /// <summary>Each branch's month: usually one activity between the 5th and the 24th, now and then after the 25th (late), every fifth month none.</summary>
    private static IEnumerable<DemoAct> Acts(IDemoSeeding demo, IReadOnlyList<OrganizationInfo> branches, CancellationToken ct)
    {
        for (var month = 1; month <= demo.Today.Month; month++)
            foreach (var (branch, i) in branches.Select((b, i) => (b, i)))
            {
                if ((month + i) % 5 == 0) continue; // missed
                var day = new DateOnly(demo.Today.Year, month, (month + 2 * i) % 6 == 1 ? 27 : 5 + (month * 3 + i * 5) % 20);
                var input = new ActivityInput(branch.Id, day, Titles[(month + i) % Titles.Length], 5 + (month + i * 2) % 9, null);
                yield return new DemoAct(demo.LocalInstant(day, new TimeOnly(20, 0)), Office, $"党员志愿服务 {branch.Name} {day:yyyy-MM-dd}",
                    async services => (await services.GetRequiredService<VolunteeringService>().RecordAsync(input, ct)) is { Succeeded: false } refused
                        ? refused.Message : null);
            }
    }
}
