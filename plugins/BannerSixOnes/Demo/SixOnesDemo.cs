using System.Globalization;
using Modular.Plugins.BannerSixOnes.Common;

namespace Modular.Plugins.BannerSixOnes.Demo;

/// <summary>
/// The six ones as Alxa Right Banner runs them, moved into the campaign year under way (the year whose
/// 05-05 is past; the document's month-days are kept). The months so far are then recorded through
/// the plugin's own services as the banner office, the secretary of one gacha branch and one of its
/// members would have, at the times they would have (<see cref="SixOnesDemoScript"/>).
/// </summary>
public sealed class SixOnesDemo : IDemoContribution
{
    public const string Office = "alxa-right-admin", Secretary = "alxa-right-secretary", Member = "alxa-right-member";

    public IReadOnlyList<string> IssuedIn { get; } = ["alxa-right"];

    public IReadOnlyDictionary<string, string?> Settings(DateOnly today) => new Dictionary<string, string?>
    {
        ["campaign.year"] = CampaignYear(today).ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>This year once its campaign has begun (05-05, the plan's date), else last year's.</summary>
    public static int CampaignYear(DateOnly today) => today >= new DateOnly(today.Year, 5, 5) ? today.Year : today.Year - 1;

    public async Task SeedAsync(IDemoSeeding demo, CancellationToken cancellationToken)
    {
        var cast = await SixOnesDemoCast.ReadAsync(demo, cancellationToken);
        await demo.PlayAsync(new SixOnesDemoScript(demo, cast, cancellationToken).Acts(), cast.Now, cancellationToken);
    }
}

/// <summary>Who and what the demo works with, read once: the rules, the tree, the members, and the two accounts linked to the roster.</summary>
public sealed record SixOnesDemoCast(
    SixOnesRules Rules, DateTimeOffset Now, DateOnly Today, OrganizationTree Tree, IReadOnlyList<PersonInfo> Members,
    long SecretaryBranch, long SecretaryPerson, long MemberPerson)
{
    public static async Task<SixOnesDemoCast> ReadAsync(IDemoSeeding demo, CancellationToken ct)
    {
        long branch = 0, secretary = 0, member = 0;
        await demo.AsAsync(SixOnesDemo.Secretary, async sp =>
        {
            var user = sp.GetRequiredService<ICurrentUser>();
            branch = user.OfficerOf[0];
            secretary = await user.PersonIdAsync(ct) ?? throw new InvalidOperationException("The demo secretary is not linked to the roster.");
        });
        await demo.AsAsync(SixOnesDemo.Member, async sp =>
            member = await sp.GetRequiredService<ICurrentUser>().PersonIdAsync(ct) ?? throw new InvalidOperationException("The demo member is not linked to the roster."));
        SixOnesDemoCast? cast = null;
        await demo.AsAsync(SixOnesDemo.Office, async sp =>
        {
            var campaign = sp.GetRequiredService<SixOnesCampaign>();
            var members = await sp.GetRequiredService<IRoster>().MembersAsync(new RosterQuery(), ct);
            cast = new(await campaign.RulesAsync(ct), campaign.Now, campaign.Today, await sp.GetRequiredService<IOrganizationDirectory>().TreeAsync(ct),
                [.. members.OrderBy(m => m.Id)], branch, secretary, member);
        });
        return cast!;
    }
}
