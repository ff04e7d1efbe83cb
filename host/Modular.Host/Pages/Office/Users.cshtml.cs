using Modular.Host.Web;
using Modular.Identity;
using Modular.Sdk;

namespace Modular.Host.Pages.Office;

public sealed class UsersModel(UserAdmin users, IJurisdictionContext jurisdiction) : FormPageModel
{
    public IReadOnlyList<UserAdmin.UserSummary> Users { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Users = await users.ListAsync(jurisdiction.Required.Id, ct);

    public async Task OnPostAsync(string userName, string displayName, string password, string role, long? organizationId, CancellationToken ct)
    {
        var (user, errors) = await users.CreateAsync(jurisdiction.Required.Id, new UserAdmin.NewUser(userName, displayName, password, role, organizationId), ct);
        if (user is null) ShowErrors(errors);
        else Notice = Text.Of($"已创建用户 {user.UserName}。", $"User {user.UserName} created.");
        Users = await users.ListAsync(jurisdiction.Required.Id, ct);
    }
}
