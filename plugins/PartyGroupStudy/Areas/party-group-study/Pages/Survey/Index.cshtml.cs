using Modular.Plugins.PartyGroupStudy.LeadingGroup;
using Modular.Plugins.PartyGroupStudy.Survey;

namespace Modular.Plugins.PartyGroupStudy.Pages.Survey;

/// <summary>群众满意度测评: who evaluates, codes for the public sheet, paper sheets, the result and its publication.</summary>
public sealed class IndexModel(SurveyService surveys, GroupOffice office, PartyGroupStudyCampaign campaign) : PluginPageModel
{
    public SurveyView? Survey { get; private set; }
    public bool MayRead { get; private set; }
    public bool MayRun { get; private set; }
    public int RaiserPercent { get; private set; }
    public DateOnly Today { get; private set; }
    public DateOnly StageEnd { get; private set; }
    public SurveyCodes? Codes { get; private set; }
    public string? Notice { get; private set; }

    public async Task OnGetAsync(string? done, CancellationToken ct)
    {
        Notice = done switch
        {
            "created" => Text.Of("满意度测评已设立。", "The survey is set up."),
            "paper" => Text.Of("纸质测评表已汇总。", "The paper sheets are counted."),
            "published" => Text.Of("测评结果已公布。", "The result is published."),
            _ => null,
        };
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostCreateAsync(int stage2Evaluators, int raisers, DateOnly? opens, DateOnly? closes, CancellationToken ct) =>
        await AfterPostAsync(await surveys.CreateAsync(new SurveyInput(stage2Evaluators, raisers, opens, closes), ct), "created", () => LoadAsync(ct));

    /// <summary>The codes are shown once, on this response: only their hashes are kept.</summary>
    public async Task<IActionResult> OnPostCodesAsync(int count, CancellationToken ct)
    {
        var codes = await surveys.IssueCodesAsync(count, ct);
        if (!codes.Succeeded) return await AfterPostAsync(codes, "codes", () => LoadAsync(ct));
        Codes = codes.Value;
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>The form sends <c>tally-{question}-{option}</c> counts.</summary>
    public async Task<IActionResult> OnPostPaperAsync(CancellationToken ct)
    {
        var counts = SurveyRule.Questions.ToDictionary(q => q.Key, q => (IReadOnlyDictionary<string, int>)q.Scale.Options.ToDictionary(o => o.Key,
            o => int.TryParse(Request.Form[$"tally-{q.Key}-{o.Key}"], out var n) ? n : 0));
        return await AfterPostAsync(await surveys.AddPaperAsync(new PaperTallyInput(counts), ct), "paper", () => LoadAsync(ct));
    }

    public async Task<IActionResult> OnPostPublishAsync(int version, CancellationToken ct) =>
        await AfterPostAsync(await surveys.PublishAsync(version, ct), "published", () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct)
    {
        var rules = await campaign.RulesAsync(ct);
        (Today, StageEnd, RaiserPercent) = (campaign.Today, rules.Rectify.End, rules.SurveyRaiserPercent);
        var read = await surveys.GetAsync(ct);
        (MayRead, Survey) = (read.Succeeded, read.Value);
        MayRun = await office.MayRunAsync(ct);
    }
}
