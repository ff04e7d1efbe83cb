using Modular.Plugins.BannerSixOnes.Common;
using Modular.Plugins.BannerSixOnes.Discussion;

namespace Modular.Plugins.BannerSixOnes.Pages.Discussion;

/// <summary>大讨论: the topics, and for the office the form to open one.</summary>
public sealed class IndexModel(BigDiscussion discussion, SixOnesCampaign campaign) : PluginPageModel
{
    public IReadOnlyList<TopicRow> Topics { get; private set; } = [];
    public bool MayRun => discussion.MayRun;
    public string? Notice { get; private set; }

    [BindProperty] public string? Topic { get; set; }
    [BindProperty] public DateOnly? HeldOn { get; set; }

    public async Task OnGetAsync(string? done, CancellationToken ct)
    {
        Notice = done == "opened" ? Text.Of("大讨论已发起。", "The discussion is open.") : null;
        Topic = $"“{BigDiscussion.DocumentTopic}”大讨论";
        HeldOn = campaign.Today;
        Topics = await discussion.ListAsync(ct);
    }

    public async Task<IActionResult> OnPostOpenAsync(CancellationToken ct) =>
        await AfterPostAsync(await discussion.OpenAsync(new TopicInput(Topic, HeldOn), ct), "opened", async () => Topics = await discussion.ListAsync(ct));
}
