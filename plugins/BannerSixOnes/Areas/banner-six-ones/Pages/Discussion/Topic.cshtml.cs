using Modular.Plugins.BannerSixOnes.Discussion;

namespace Modular.Plugins.BannerSixOnes.Pages.Discussion;

/// <summary>One topic: one's own contribution (to post or replace), the contributions one oversees, participation per organization, closing for the office.</summary>
public sealed class TopicModel(BigDiscussion discussion, ICurrentUser user) : PluginPageModel
{
    public TopicView Topic { get; private set; } = null!;
    public bool MayRun => discussion.MayRun;
    public bool IsMember { get; private set; }
    public string? Notice { get; private set; }

    [BindProperty] public string? Contribution { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, string? done, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        Notice = done switch
        {
            "posted" => Text.Of("发言已提交。", "Your contribution is in."),
            "closed" => Text.Of("大讨论已结束。", "The discussion is closed."),
            _ => null,
        };
        Contribution = Topic.Mine?.Text;
        return Page();
    }

    public async Task<IActionResult> OnPostContributeAsync(long id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        var result = await discussion.ContributeAsync(id, new ContributionInput(Contribution), ct);
        if (result.Succeeded) return Redirect($"{Base}/Discussion/Topic?id={id}&done=posted");
        return Unless(result)!;
    }

    public async Task<IActionResult> OnPostCloseAsync(long id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        var result = await discussion.CloseAsync(id, ct);
        if (result.Succeeded) return Redirect($"{Base}/Discussion/Topic?id={id}&done=closed");
        return Unless(result)!;
    }

    private async Task<IActionResult?> LoadAsync(long id, CancellationToken ct)
    {
        var view = await discussion.ViewAsync(id, ct);
        if (!view.Succeeded) return NotFound();
        Topic = view.Value!;
        IsMember = await user.PersonIdAsync(ct) is not null;
        return null;
    }
}
