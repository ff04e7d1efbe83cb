using Modular.Plugins.BannerSixOnes.Common;
using Modular.Plugins.BannerSixOnes.Contest;
using Modular.Plugins.BannerSixOnes.Items;

namespace Modular.Plugins.BannerSixOnes.Pages.Contest;

/// <summary>党员：本人的竞赛状态、开放中的竞赛（开始答题）、已公布的排名。</summary>
public sealed class IndexModel(ICurrentUser user, IRoster roster, SixOnesDbContext db, ContestSetup setup, ContestItem item, SixOnesCampaign campaign) : PluginPageModel
{
    public MemberItemStatus? Status { get; private set; }
    public List<(ContestView View, ContestAttempt? Attempt, bool Open)> Contests { get; } = [];
    public bool IsOffice => user.IsJurisdictionAdmin;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var personId = await user.PersonIdAsync(ct);
        if (personId is { } id && await roster.FindAsync(id, ct) is { } person)
            Status = await item.ForMemberAsync(await campaign.RulesAsync(ct), person, campaign.Today, ct);
        var now = campaign.Now;
        foreach (var c in await db.Contests.AsNoTracking().Where(c => c.PublishedAt != null).OrderByDescending(c => c.Date).ToListAsync(ct))
        {
            var attempt = personId is null ? null : await db.Attempts.AsNoTracking().FirstOrDefaultAsync(a => a.ContestId == c.Id && a.PersonId == personId, ct);
            Contests.Add((await setup.ViewAsync(c, ct), attempt, now >= c.OpensAt && now < c.ClosesAt));
        }
    }

    public string StateOf(ContestAttempt attempt) => Answering.StateOf(attempt, campaign.Now) switch
    {
        AttemptState.Answering => Text.Of("答题中", "Answering"),
        AttemptState.Submitted => Text.Of($"已交卷：{attempt.Score} 分，用时 {ContestLedgers.Duration(Answering.SecondsUsed(attempt))}",
            $"Handed in: {attempt.Score} points in {ContestLedgers.SayDuration(Answering.SecondsUsed(attempt))}"),
        _ => Text.Of($"超时：按已保存答案 {attempt.Score} 分", $"Timed out: {attempt.Score} points from the saved answers"),
    };

    public IActionResult OnPostStart(long id) => RedirectToPage("./Take", new { id });
}
