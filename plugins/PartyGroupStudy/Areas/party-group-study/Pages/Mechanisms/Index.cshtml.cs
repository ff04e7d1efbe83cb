using Modular.Plugins.PartyGroupStudy.LeadingGroup;
using Modular.Plugins.PartyGroupStudy.Mechanisms;

namespace Modular.Plugins.PartyGroupStudy.Pages.Mechanisms;

/// <summary>完善体制机制: the mechanisms set up or revised, by area, and the office's form.</summary>
public sealed class IndexModel(MechanismService mechanisms, GroupOffice office, PartyGroupStudyCampaign campaign) : PluginPageModel
{
    public IReadOnlyList<MechanismView>? Mechanisms { get; private set; }
    public bool MayRun { get; private set; }
    public DateOnly Today { get; private set; }
    public string? Notice { get; private set; }

    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Summary { get; set; }

    public async Task OnGetAsync(string? done, CancellationToken ct)
    {
        Notice = done == "saved" ? Text.Of("体制机制已登记。", "The mechanism is recorded.") : null;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(MechanismChange change, MechanismArea area, DateOnly adoptedOn, CancellationToken ct) =>
        await AfterPostAsync(await mechanisms.AddAsync(new MechanismInput(Name, change, area, adoptedOn, Summary), ct), "saved", () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct)
    {
        Today = campaign.Today;
        Mechanisms = (await mechanisms.ListAsync(ct)).Value;
        MayRun = await office.MayRunAsync(ct);
    }
}
