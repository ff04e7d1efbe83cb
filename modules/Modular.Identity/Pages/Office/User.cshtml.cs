using Microsoft.AspNetCore.Mvc;
using Modular.Identity.Accounts;
using Modular.Modules.Web;
using Modular.Sdk;
using Modular.Sdk.Core;

namespace Modular.Identity.Pages.Office;

/// <summary>
/// One account of the jurisdiction and the roster member it is (<see cref="AccountLinks"/>): the office links it to a
/// member with the person picker, changes the member, or removes the link — audited like the API's
/// <c>PUT /person-accounts</c>. A member already linked to another account, and anyone not on this jurisdiction's
/// roster, is refused with the reason.
/// </summary>
internal sealed class UserModel(UserAdmin users, AccountLinks links, IRoster roster, IOrganizationDirectory organizations, IJurisdictionContext jurisdiction) : FormPageModel
{
    public UserAdmin.UserSummary Account { get; private set; } = null!;
    public PersonInfo? Member { get; private set; }
    public string MemberPath { get; private set; } = "";
    public OrganizationTree Tree { get; private set; } = new([]);
    public string Code => jurisdiction.Required.Code;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await ShowAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostLinkAsync(int id, long? personId, CancellationToken ct)
    {
        if (await users.FindAsync(jurisdiction.Required.Id, id, ct) is null) return NotFound();
        if (personId is not { } person)
            ShowErrors(new Dictionary<string, string[]> { ["personId"] = [Text.Of("请选择要关联的党员。", "Choose the member to link.")] });
        else
        {
            var result = await links.LinkAsync(id, person, ct);
            if (result.Succeeded) return Back(Text.Of("已关联党员。", "Linked to the member."), id);
            ShowErrors(result.Errors.Count > 0 ? result.Errors : new Dictionary<string, string[]> { ["personId"] = [result.Message ?? ""] });
        }
        await ShowAsync(id, ct);
        return Page();
    }

    /// <summary>Unlinking takes the member's own pages away from the account, so the form asks for a ticked confirmation (checked here too).</summary>
    public async Task<IActionResult> OnPostUnlinkAsync(int id, bool confirm, CancellationToken ct)
    {
        if (await users.FindAsync(jurisdiction.Required.Id, id, ct) is null) return NotFound();
        if (!confirm)
        {
            Errors.Add("confirm", Text.Of("请勾选“确认取消关联”后再取消。", "Tick \"Confirm the unlink\" to unlink."));
            await ShowAsync(id, ct);
            return Page();
        }
        return await links.UnlinkAsync(id, ct)
            ? Back(Text.Of("已取消关联：该账号不再对应名册中的党员。", "Unlinked: the account no longer stands for a member on the roster."), id)
            : Back(Text.Of("该账号本来就没有关联党员。", "The account was not linked to a member."), id);
    }

    /// <summary>A new password for a user who forgot theirs: lifts a lockout, ends their sessions, and they change it at the next sign-in.</summary>
    public async Task<IActionResult> OnPostResetAsync(int id, string? newPassword, CancellationToken ct)
    {
        switch (await users.ResetPasswordAsync(jurisdiction.Required.Id, id, newPassword ?? ""))
        {
            case null: return NotFound();
            case { Count: 0 }: return Back(Text.Of("密码已重置：该用户需用新密码重新登录，并在登录后修改密码。", "Password reset: the user signs in again with the new one and must then change it."), id);
            case var errors: ShowErrors(errors); break;
        }
        await ShowAsync(id, ct);
        return Page();
    }

    private IActionResult Back(string notice, int id) => RedirectWithNotice($"/j/{Code}/office/users/{id}", notice);

    private async Task<bool> ShowAsync(int id, CancellationToken ct)
    {
        if (await users.FindAsync(jurisdiction.Required.Id, id, ct) is not { } account) return false;
        Account = account;
        Tree = await organizations.TreeAsync(ct);
        if (await links.PersonOfUserAsync(id, ct) is { } personId && await roster.FindAsync(personId, ct) is { } member)
        {
            Member = member;
            MemberPath = Tree.PathOf(member.OrganizationId);
        }
        return true;
    }
}
