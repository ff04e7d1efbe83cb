using Modular.Plugins.PartyGroupStudy.LeadingGroup;
using Modular.Plugins.PartyGroupStudy.PersonalReports;

namespace Modular.Plugins.PartyGroupStudy.Pages.PersonalReports;

/// <summary>个人分析检查报告: every member's report and opinions (the office, inspectors), one's own to write, revise, finalize and collect opinions on.</summary>
public sealed class IndexModel(PersonalReportService reports, GroupOffice office, PartyGroupStudyCampaign campaign) : PluginPageModel
{
    public IReadOnlyList<PersonalReportView> Reports { get; private set; } = [];
    public PersonalReportView? Selected { get; private set; }
    public bool MayRun { get; private set; }
    public long? Me { get; private set; }
    public string? Notice { get; private set; }
    public DateOnly Today { get; private set; }
    public Func<DateTimeOffset, DateTime> Local => campaign.WallClock;

    [BindProperty] public string? Essence { get; set; }
    [BindProperty] public string? Situation { get; set; }
    [BindProperty] public string? Practice { get; set; }
    [BindProperty] public string? Expectations { get; set; }
    [BindProperty] public string? Causes { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public string? FromWhom { get; set; }
    [BindProperty] public string? OpinionText { get; set; }

    public async Task OnGetAsync(string? done, long? personId, CancellationToken ct)
    {
        Notice = done switch
        {
            "saved" => Text.Of("报告已保存为新的一稿。", "The report is saved as a new version."),
            "final" => Text.Of("报告已定稿。", "The report is final."),
            "opinion" => Text.Of("意见已登记。", "The opinion is recorded."),
            _ => null,
        };
        await LoadAsync(personId, ct);
    }

    public async Task<IActionResult> OnPostSaveAsync(long? personId, int version, CancellationToken ct) =>
        await AfterAsync(await reports.SaveAsync(new PersonalReportInput(personId, Essence, Situation, Practice, Expectations, Causes, version, Note), ct), "saved", personId, ct);

    public async Task<IActionResult> OnPostFinalAsync(long? personId, int version, CancellationToken ct) =>
        await AfterAsync(await reports.FinalizeAsync(new FinalizeInput(personId, version), ct), "final", personId, ct);

    public async Task<IActionResult> OnPostOpinionAsync(long? personId, OpinionSource? source, DateOnly? receivedOn, CancellationToken ct) =>
        await AfterAsync(await reports.RecordOpinionAsync(null, new OpinionInput(personId, source, FromWhom, OpinionText, receivedOn), ct), "opinion", personId, ct);

    /// <summary>Back to the member the form was for; on a refusal the form shows again with what was typed.</summary>
    private async Task<IActionResult> AfterAsync<T>(Result<T> result, string done, long? personId, CancellationToken ct) =>
        result.Succeeded ? RedirectToPage(new { done, personId }) : await AfterPostAsync(result, done, () => LoadAsync(personId, ct));

    private async Task LoadAsync(long? personId, CancellationToken ct)
    {
        Today = campaign.Today;
        MayRun = await office.MayRunAsync(ct);
        Me = (await office.MeAsync(ct))?.PersonId;
        Reports = await reports.ReportsAsync(ct);
        Selected = Reports.FirstOrDefault(r => r.PersonId == (personId ?? Me));
        if (Selected is null) return;
        Essence ??= Selected.Parts["essence"];
        Situation ??= Selected.Parts["situation"];
        Practice ??= Selected.Parts["practice"];
        Expectations ??= Selected.Parts["expectations"];
        Causes ??= Selected.Parts["causes"];
    }

    /// <summary>Whether the user writes the selected member's report: the member, or the office for them.</summary>
    public bool Writes => Selected is { } s && (MayRun || Me == s.PersonId);

    /// <summary>The current value of a part's field, for the form.</summary>
    public string? Value(string key) => key switch
    {
        "essence" => Essence, "situation" => Situation, "practice" => Practice, "expectations" => Expectations, _ => Causes,
    };
}
