using Modular.Plugins.PartyGroupStudy.LeadingGroup;

namespace Modular.Plugins.PartyGroupStudy.Pages;

/// <summary>活动概览: the three stages with their days and where today falls, the numbers the jurisdiction set, the items' pages.</summary>
public sealed class IndexModel(PartyGroupStudyCampaign campaign, GroupOffice office) : PluginPageModel
{
    public PartyGroupRules Rules { get; private set; } = null!;
    public DateOnly Today { get; private set; }
    public IReadOnlyList<Participant> Participants { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Rules = await campaign.RulesAsync(ct);
        Today = campaign.Today;
        if (await office.MayReadGroupAsync(ct)) Participants = await office.ParticipantsAsync(ct);
    }
}
