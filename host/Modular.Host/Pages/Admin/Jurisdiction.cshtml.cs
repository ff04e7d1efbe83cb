using Microsoft.AspNetCore.Mvc;
using Modular.Identity;
using Modular.Jurisdictions;
using Modular.Modules.Web;
using Modular.Sdk;

namespace Modular.Host.Pages.Admin;

public sealed class JurisdictionModel(JurisdictionDirectory directory, JurisdictionAdmin admin, UserAdmin users) : FormPageModel
{
    public Jurisdiction Jurisdiction { get; private set; } = null!;
    public IReadOnlyList<Jurisdiction> Others { get; private set; } = [];
    public IReadOnlyList<UserAdmin.UserSummary> Users { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, bool created, CancellationToken ct)
    {
        if (created) Notice = Text.Of("辖区已创建。下一步：为它创建管理员。", "Jurisdiction created. Next: create its admin.");
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostUpdateAsync(int id, string name, int? parentId, string? timeZone, string? language, CancellationToken ct)
    {
        var result = await admin.UpdateAsync(id, new JurisdictionAdmin.Input("", name ?? "", parentId, timeZone, language), ct);
        if (result.Succeeded) Notice = Text.Of("已保存。", "Saved.");
        else ShowErrors(result.Errors);
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    /// <summary>
    /// Archiving takes every page of the jurisdiction off line for all its people at once, so the admin confirms it by
    /// typing the jurisdiction's code (a form field: it holds without JavaScript). Restoring needs no confirmation.
    /// </summary>
    public async Task<IActionResult> OnPostArchiveAsync(int id, bool archived, string? confirmCode, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (archived && !string.Equals(confirmCode?.Trim(), Jurisdiction.Code, StringComparison.OrdinalIgnoreCase))
        {
            Errors.Add("confirmCode", Text.Of($"请输入辖区代码“{Jurisdiction.Code}”以确认归档。", $"Type the jurisdiction's code \"{Jurisdiction.Code}\" to confirm archiving."));
            return Page();
        }
        if (!await admin.SetArchivedAsync(id, archived, ct)) return NotFound();
        Notice = archived ? Text.Of("已归档：该辖区的网址不再可用，数据全部保留。", "Archived: its URLs answer 404; all data is kept.") : Text.Of("已恢复。", "Restored.");
        await LoadAsync(id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAdminAsync(int id, string userName, string displayName, string password, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var (user, errors) = await users.CreateAsync(id, new UserAdmin.NewUser(userName, displayName, password, Roles.JurisdictionAdmin), ct);
        if (user is null) ShowErrors(errors);
        else Notice = Text.Of($"已创建管理员 {user.UserName}。", $"Admin {user.UserName} created.");
        Users = await users.ListAllAsync(id, ct);
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var all = await directory.ListAsync(includeArchived: true, ct);
        if (all.FirstOrDefault(j => j.Id == id) is not { } found) return false;
        Jurisdiction = found;
        Others = all.Where(j => j.Id != id && j.ArchivedAt is null).ToList();
        Users = await users.ListAllAsync(id, ct);
        return true;
    }
}
