using Modular.Plugins.PartyGroupStudy.Progress;

namespace Modular.Plugins.PartyGroupStudy.Pages.Mine;

/// <summary>我的活动任务: the member's own steps, the next one due and what was missed, and the group's steps they take part in.</summary>
public sealed class IndexModel(ProgressService progress, ICurrentUser user) : PluginPageModel
{
    public MyProgress? Mine { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var read = await progress.MineAsync(await user.PersonIdAsync(ct), ct);
        Mine = read.Value;
        Error = read.Succeeded ? null : read.Message;
    }
}
