using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Modular.Plugins.BannerSixOnes.Common;
using Modular.Plugins.BannerSixOnes.Contest;
using Modular.Sdk.Core;

namespace Modular.Plugins.BannerSixOnes.Pages.Contest;

/// <summary>旗委组织部：题库（导入、筛选、删除）与竞赛（新建、发布）。</summary>
public sealed class OfficeModel(ICurrentUser user, ContestDbContext db, QuestionBank bank, ContestSetup setup, SixOnesCampaign campaign) : PageModel
{
    public IReadOnlyDictionary<string, int> Counts { get; private set; } = new Dictionary<string, int>();
    public IReadOnlyList<ContestQuestion> Questions { get; private set; } = [];

    /// <summary>The office sets up contests and keeps the bank; an auditor reads the page without the forms.</summary>
    public bool MayEdit => user.IsJurisdictionAdmin;
    public List<ContestView> Contests { get; } = [];
    public SixOnesRules Rules { get; private set; } = null!;
    public List<string> Errors { get; } = [];
    public string? Notice { get; private set; }
    [BindProperty(SupportsGet = true)] public string? Category { get; set; }
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, CancellationToken ct)
    {
        if (!user.IsJurisdictionAdmin) return Forbid();
        if (file is null) Errors.Add("请选择题库文件（.xlsx 或 .csv）");
        else
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            var outcome = await bank.ImportAsync(buffer.ToArray(), file.FileName, ct);
            if (outcome.Succeeded) Notice = $"导入完成：新增 {outcome.Created} 题，更新 {outcome.Updated} 题。";
            else { Errors.Add("题库文件有误，未导入任何题目："); Errors.AddRange(outcome.Errors); }
        }
        return await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostDeleteAsync(long id, CancellationToken ct)
    {
        if (!user.IsJurisdictionAdmin) return Forbid();
        if (await bank.DeleteAsync(id, ct)) Notice = "已删除。";
        return await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostCreateAsync(string? title, string? date, string? opens, string? closes, int? minutes, int? questionCount,
        int? theory, int? knowledge, int? history, CancellationToken ct)
    {
        if (!user.IsJurisdictionAdmin) return Forbid();
        var counts = new Dictionary<string, int>();
        if (theory > 0) counts["党的理论"] = theory.Value;
        if (knowledge > 0) counts["党的知识"] = knowledge.Value;
        if (history > 0) counts["党的历史"] = history.Value;
        var result = await setup.CreateAsync(new ContestInput(title, date, opens, closes, minutes, questionCount, counts.Count > 0 ? counts : null), ct);
        if (result.Succeeded)
            Notice = string.Join(" ", ["已新建竞赛，核对后请发布。", .. ContestSetup.Warnings(result.Value!.Date)]);
        else Errors.AddRange(result.Errors.SelectMany(e => e.Value));
        return await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostPublishAsync(long id, CancellationToken ct)
    {
        if (!user.IsJurisdictionAdmin) return Forbid();
        var result = await setup.PublishAsync(id, ct);
        if (result is { Succeeded: true }) Notice = "已发布：试卷已抽定，党员可在答题时间内答题。";
        else if (result is not null) Errors.AddRange(result.Errors.SelectMany(e => e.Value));
        return await LoadAsync(ct);
    }

    private async Task<IActionResult> LoadAsync(CancellationToken ct)
    {
        if (!user.IsJurisdictionAdmin && !user.IsAuditor) return Forbid();
        Rules = await campaign.RulesAsync(ct);
        Counts = await bank.CountsAsync(ct);
        Questions = await bank.ListAsync(QuestionRules.ParseCategory(Category), QuestionRules.ParseKind(Kind), ct);
        foreach (var c in await db.Contests.AsNoTracking().OrderByDescending(c => c.Date).ThenByDescending(c => c.Id).ToListAsync(ct))
            Contests.Add(await setup.ViewAsync(c, ct));
        return Page();
    }
}
