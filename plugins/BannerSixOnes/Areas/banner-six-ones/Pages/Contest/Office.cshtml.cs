using Modular.Plugins.BannerSixOnes.Common;
using Modular.Plugins.BannerSixOnes.Contest;

namespace Modular.Plugins.BannerSixOnes.Pages.Contest;

/// <summary>旗委组织部：题库（导入、筛选、删除）与竞赛（新建、发布）。</summary>
public sealed class OfficeModel(QuestionBank bank, ContestSetup setup, SixOnesCampaign campaign) : PluginPageModel
{
    public IReadOnlyDictionary<string, int> Counts { get; private set; } = new Dictionary<string, int>();
    public IReadOnlyList<ContestQuestion> Questions { get; private set; } = [];

    /// <summary>The office sets up contests and keeps the bank; an auditor reads the page without the forms.</summary>
    public bool MayEdit => setup.MayEdit;
    public IReadOnlyList<ContestView> Contests { get; private set; } = [];
    public SixOnesRules Rules { get; private set; } = null!;
    public List<string> Errors { get; } = [];
    public string? Notice { get; private set; }
    [BindProperty(SupportsGet = true)] public string? Category { get; set; }
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, CancellationToken ct)
    {
        byte[]? content = null;
        if (file is not null)
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            content = buffer.ToArray();
        }
        var result = await bank.ImportAsync(content, file?.FileName, ct);
        if (result.Kind == ResultKind.Forbidden) return Forbid();
        if (result.Value is { Succeeded: true } done) Notice = Text.Of($"导入完成：新增 {done.Created} 题，更新 {done.Updated} 题。", $"Imported: {done.Created} new question(s), {done.Updated} updated.");
        else if (result.Value is { } failed) { Errors.Add(Text.Of("题库文件有误，未导入任何题目：", "The file has errors; nothing was imported:")); Errors.AddRange(failed.Errors); }
        else Errors.Add(Text.Of("请选择题库文件（.xlsx 或 .csv）", "Choose the question file (.xlsx or .csv)."));
        return await LoadAsync(ct);
    }

    /// <summary>A question is deleted for good: the row's ticked box confirms it (checked here, so it holds without JavaScript).</summary>
    public async Task<IActionResult> OnPostDeleteAsync(long id, bool confirm, CancellationToken ct)
    {
        if (!confirm)
        {
            Errors.Add(Text.Of("请先勾选该题的“确认”再删除。", "Tick the question's \"confirm\" box to delete it."));
            return await LoadAsync(ct);
        }
        var result = await bank.DeleteAsync(id, ct);
        if (result.Kind == ResultKind.Forbidden) return Forbid();
        if (result.Succeeded) Notice = Text.Of("已删除。", "Deleted.");
        return await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostCreateAsync(string? title, string? date, string? opens, string? closes, int? minutes, int? questionCount,
        int? theory, int? knowledge, int? history, CancellationToken ct)
    {
        var counts = new Dictionary<string, int>();
        if (theory > 0) counts["党的理论"] = theory.Value;
        if (knowledge > 0) counts["党的知识"] = knowledge.Value;
        if (history > 0) counts["党的历史"] = history.Value;
        var result = await setup.CreateAsync(new ContestInput(title, date, opens, closes, minutes, questionCount, counts.Count > 0 ? counts : null), ct);
        if (result.Kind == ResultKind.Forbidden) return Forbid();
        if (result.Succeeded) Notice = string.Join(" ", [Text.Of("已新建竞赛，核对后请发布。", "Contest created; check it, then publish it."), .. result.Value!.Warnings]);
        else Errors.AddRange(result.Errors.SelectMany(e => e.Value));
        return await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostPublishAsync(long id, CancellationToken ct)
    {
        var result = await setup.PublishAsync(id, ct);
        if (result.Kind == ResultKind.Forbidden) return Forbid();
        if (result.Succeeded) Notice = Text.Of("已发布：试卷已抽定，党员可在答题时间内答题。", "Published: the paper is drawn; members answer within the window.");
        else Errors.AddRange(result.Errors.SelectMany(e => e.Value));
        return await LoadAsync(ct);
    }

    private async Task<IActionResult> LoadAsync(CancellationToken ct)
    {
        if (!setup.MayReadAll) return Forbid();
        Rules = await campaign.RulesAsync(ct);
        Counts = await bank.CountsAsync(ct);
        Questions = await bank.ListAsync(QuestionRules.ParseCategory(Category), QuestionRules.ParseKind(Kind), ct);
        Contests = await setup.ListAsync(ct);
        return Page();
    }
}
