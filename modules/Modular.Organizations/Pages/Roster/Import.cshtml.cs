using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Modular.Modules;
using Modular.Modules.Web;
using Modular.Sdk;

namespace Modular.Organizations.Pages.Roster;

[Authorize(Policy = Policies.JurisdictionAdmin)]
internal sealed class ImportModel(RosterImporter importer, IJurisdictionContext jurisdiction) : FormPageModel
{
    public RosterImporter.Outcome? Outcome { get; private set; }
    public string Code => jurisdiction.Required.Code;

    public void OnGet() { }

    public async Task OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            Errors.Add("file", Text.Of("请选择名册文件（.csv、.xlsx 或 .xls）。", "Choose a roster file (.csv, .xlsx or .xls)."));
            return;
        }
        Outcome = await importer.ImportAsync(await ImportFiles.ReadAsync(file, ct), file.FileName, ct);
        if (Outcome.Succeeded)
            Notice = Text.Of($"导入完成：新增 {Outcome.Added} 人，更新 {Outcome.Updated} 人。", $"Imported: {Outcome.Added} added, {Outcome.Updated} updated.");
        else Response.StatusCode = Outcome.TooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest; // as the API answers
    }
}
