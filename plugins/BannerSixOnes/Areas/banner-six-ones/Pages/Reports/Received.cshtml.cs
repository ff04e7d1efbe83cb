using Modular.Plugins.BannerSixOnes.Common;
using Modular.Plugins.BannerSixOnes.Reports;

namespace Modular.Plugins.BannerSixOnes.Pages.Reports;

/// <summary>
/// The receiving office (the league, the region): the research reports child jurisdictions reported here; one of them in full
/// (<c>Received/{from}/{id}</c>) with the appraisal form (评比: grade, comment, forward one level up).
/// </summary>
public sealed class ReceivedModel(ReceivedReports received, SixOnesCampaign campaign) : PluginPageModel
{
    /// <summary>Days are shown in the jurisdiction's time zone.</summary>
    public TimeZoneInfo Zone => campaign.Jurisdiction.TimeZone;
    public IReadOnlyList<ReceivedRow> Rows { get; private set; } = [];
    public ReceivedDetail? Detail { get; private set; }
    public string? Notice { get; private set; }

    [BindProperty] public string? Grade { get; set; }
    [BindProperty] public string? Comment { get; set; }
    [BindProperty] public bool Forward { get; set; }

    public async Task<IActionResult> OnGetAsync(int? from, long? id, string? done, CancellationToken ct)
    {
        if (done == "appraised") Notice = Text.Of("已记录评比结果。", "Appraisal recorded.");
        return await LoadAsync(from, id, ct) ?? Page();
    }

    public async Task<IActionResult> OnPostAppraiseAsync(int from, long id, CancellationToken ct)
    {
        var result = await received.AppraiseAsync(from, id, new AppraisalInput(Grade, Comment, Forward), ct);
        return await AfterPostAsync(result, "appraised", () => LoadAsync(from, id, ct));
    }

    private async Task<IActionResult?> LoadAsync(int? from, long? id, CancellationToken ct)
    {
        var list = await received.ListAsync(ct);
        if (Unless(list) is { } stop) return stop;
        Rows = list.Value!;
        if (from is { } f && id is { } n)
        {
            var read = await received.ReadAsync(f, n, ct);
            if (Unless(read) is { } none) return none;
            Detail = read.Value;
        }
        return null;
    }
}
