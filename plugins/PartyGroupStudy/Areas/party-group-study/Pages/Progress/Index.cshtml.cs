using Modular.Plugins.PartyGroupStudy.Progress;

namespace Modular.Plugins.PartyGroupStudy.Pages.Progress;

/// <summary>活动进度: each member by stage (what is missing), the group's own steps, the ledger; a member sees their own line.</summary>
public sealed class IndexModel(ProgressService progress) : PluginPageModel
{
    public OfficeProgress? Office { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var read = await progress.OfficeAsync(ct);
        Office = read.Value;
        Error = read.Succeeded ? null : read.Message;
    }
}
