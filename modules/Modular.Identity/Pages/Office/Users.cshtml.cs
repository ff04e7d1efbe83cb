using Microsoft.AspNetCore.Mvc;
using Modular.Modules.Web;
using Modular.Sdk;

namespace Modular.Identity.Pages.Office;

internal sealed class UsersModel(UserAdmin users, IJurisdictionContext jurisdiction) : FormPageModel
{
    public IReadOnlyList<UserAdmin.UserSummary> Users { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Users = await users.ListAllAsync(jurisdiction.Required.Id, ct);

    public async Task OnPostAsync(string userName, string displayName, string password, string role, long? organizationId, CancellationToken ct)
    {
        var (user, errors) = await users.CreateAsync(jurisdiction.Required.Id, new UserAdmin.NewUser(userName, displayName, password, role, organizationId), ct);
        if (user is null) ShowErrors(errors);
        else Notice = Text.Of($"已创建用户 {user.UserName}。", $"User {user.UserName} created.");
        Users = await users.ListAllAsync(jurisdiction.Required.Id, ct);
    }

    public async Task<IActionResult> OnPostResetAsync(int userId, string newPassword, CancellationToken ct)
    {
        switch (await users.ResetPasswordAsync(jurisdiction.Required.Id, userId, newPassword))
        {
            case null: return NotFound();
            case { Count: 0 }: Notice = Text.Of("密码已重置：该用户需用新密码重新登录，并在登录后修改密码。", "Password reset: the user signs in again with the new one and must then change it."); break;
            case var errors: ShowErrors(errors); break;
        }
        Users = await users.ListAllAsync(jurisdiction.Required.Id, ct);
        return Page();
    }
}
