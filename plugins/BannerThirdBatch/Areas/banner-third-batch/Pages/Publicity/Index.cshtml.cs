using Modular.Plugins.BannerThirdBatch.Publicity;
using Modular.Plugins.BannerThirdBatch.Units;

namespace Modular.Plugins.BannerThirdBatch.Pages.Publicity;

/// <summary>好做法和先进典型: the units' reports and the office's decisions; the report form; the office's select and return forms.</summary>
public sealed class IndexModel(PublicityService publicity, ThirdBatchUnits units, BannerThirdBatchCampaign campaign) : PluginPageModel
{
    [BindProperty(SupportsGet = true)] public PublicityState? State { get; set; }
    [BindProperty] public long? UnitId { get; set; }
    [BindProperty] public ReportKind? Kind { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public long? PersonId { get; set; }
    [BindProperty] public string? Story { get; set; }
    [BindProperty] public Channel? Channel { get; set; }
    [BindProperty] public DateOnly? Day { get; set; }
    [BindProperty] public string? Reason { get; set; }

    public IReadOnlyList<PublicityView> Reports { get; private set; } = [];
    public IReadOnlyList<PublicityView> All { get; private set; } = [];
    public IReadOnlyList<Unit> ActFor { get; private set; } = [];
    public bool IsOffice => units.IsOffice;
    public DateOnly Today => campaign.Today;
    public string? Notice { get; private set; }

    public async Task OnGetAsync(string? done, CancellationToken ct)
    {
        Notice = done switch
        {
            "reported" => Text.Of("已报送。", "Reported."),
            "selected" => Text.Of("已选用。", "Selected for publicity."),
            "returned" => Text.Of("已退回。", "Returned."),
            _ => null,
        };
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostReportAsync(CancellationToken ct) =>
        await AfterPostAsync(await publicity.SaveAsync(null, new PublicityInput(UnitId, Kind, Title, PersonId, Story, Day), ct), "reported", () => LoadAsync(ct));

    public async Task<IActionResult> OnPostSelectAsync(long id, int version, CancellationToken ct) =>
        await AfterPostAsync(await publicity.SelectAsync(id, new SelectInput(Channel, Day, version), ct), "selected", () => LoadAsync(ct));

    public async Task<IActionResult> OnPostReturnAsync(long id, int version, CancellationToken ct) =>
        await AfterPostAsync(await publicity.ReturnAsync(id, new ReturnInput(Reason, version), ct), "returned", () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct)
    {
        All = await publicity.ListAsync(null, null, ct);
        Reports = [.. All.Where(r => State is null || r.State == State)];
        var act = new List<Unit>();
        foreach (var u in await units.SeenAsync(ct))
            if (await units.MayActForAsync(u.Id, ct)) act.Add(u);
        ActFor = act;
    }
}
