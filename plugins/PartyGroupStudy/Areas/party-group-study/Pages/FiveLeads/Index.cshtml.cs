using Modular.Plugins.PartyGroupStudy.Progress;

namespace Modular.Plugins.PartyGroupStudy.Pages.FiveLeads;

/// <summary>五带头: each member on study, research, emancipating the mind, analysis and rectification (a member sees their own).</summary>
public sealed class IndexModel(ProgressService progress) : PluginPageModel
{
    public IReadOnlyList<MemberLeads> Members { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var read = await progress.FiveLeadsAsync(ct);
        Members = read.Value ?? [];
        Error = read.Succeeded ? null : read.Message;
    }
}
