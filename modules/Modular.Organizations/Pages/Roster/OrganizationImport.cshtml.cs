using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Modular.Modules;
using Modular.Modules.Web;
using Modular.Sdk;

namespace Modular.Organizations.Pages.Roster;

/// <summary>The organization file: upload (all or nothing), the outcome or every bad cell, export, template, and the pending secretaries.</summary>
[Authorize(Policy = Policies.JurisdictionAdmin)]
internal sealed class OrganizationImportModel(OrganizationImporter importer, OrganizationExporter exporter, OrganizationService organizations,
    IJurisdictionContext jurisdiction) : FormPageModel
{
    public OrganizationImporter.Outcome? Outcome { get; private set; }
    /// <summary>What "match pending secretaries" found, after that button.</summary>
    public IReadOnlyList<OrganizationService.SecretaryMatch>? Matches { get; private set; }
    /// <summary>The organizations whose 书记 is still pending, as they stand.</summary>
    public IReadOnlyList<OrganizationService.Node> Pending { get; private set; } = [];
    public string Code => jurisdiction.Required.Code;

    public async Task OnGetAsync(CancellationToken ct) => await LoadPendingAsync(ct);

    public async Task OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
            Errors.Add("file", Text.Of("请选择组织文件（.xlsx、.xls 或 .csv）。", "Choose an organization file (.xlsx, .xls or .csv)."));
        else
        {
            Outcome = await importer.ImportAsync(await ImportFiles.ReadAsync(file, ct), file.FileName, ct);
            if (Outcome.Succeeded)
                Notice = Text.Of($"导入完成：新增 {Outcome.Added} 个组织，更新 {Outcome.Updated} 个（其中移动 {Outcome.Moved.Count} 个），{Outcome.Unchanged} 个无变化；按名册确定书记 {Outcome.SecretariesNamed} 名，待匹配书记 {Outcome.PendingSecretaries.Count} 名。",
                    $"Imported: {Outcome.Added} organizations added, {Outcome.Updated} updated ({Outcome.Moved.Count} moved), {Outcome.Unchanged} unchanged; {Outcome.SecretariesNamed} secretaries named from the roster, {Outcome.PendingSecretaries.Count} pending.");
            else Response.StatusCode = Outcome.TooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest; // as the API answers
        }
        await LoadPendingAsync(ct);
    }

    public async Task OnPostMatchAsync(CancellationToken ct)
    {
        (Matches, _) = await organizations.MatchPendingSecretariesAsync(RosterActor.From(User), ct: ct);
        var named = Matches.Count(m => m.PersonId is not null);
        Notice = Text.Of($"已按名册确定书记 {named} 名，仍待匹配 {Matches.Count - named} 名。", $"{named} secretaries named from the roster; {Matches.Count - named} still pending.");
        await LoadPendingAsync(ct);
    }

    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken ct)
    {
        var (content, type, name) = await exporter.FileAsync(format, ct);
        return File(content, type, name);
    }

    public IActionResult OnGetTemplate() => File(OrganizationExporter.Template(), OrganizationExporter.XlsxType, "组织信息模板.xlsx");

    private async Task LoadPendingAsync(CancellationToken ct) =>
        Pending = [.. (await organizations.NodesAsync(ct)).Where(n => n.PendingSecretaryName is not null)];
}
