using Microsoft.AspNetCore.Mvc;
using Modular.Identity.Accounts;
using Modular.Modules.Web;
using Modular.Sdk;
using Modular.Sdk.Web;
using Modular.Sdk.Core;

namespace Modular.Identity.Pages.Office;

/// <summary>
/// The jurisdiction's accounts, fifty a page from the database, filtered by name and role and sorted by name, user
/// name or role; each with its roles (organizations by name) and the roster member it is linked to (the link page is
/// <see cref="UserModel"/>). The office creates accounts here; a password is reset on the account's own page.
/// </summary>
internal sealed class UsersModel(UserAdmin users, AccountLinks links, IRoster roster, IOrganizationDirectory organizations, IJurisdictionContext jurisdiction) : FormPageModel
{
    public const int PageSize = 50;

    /// <summary>The list's filter, sort and page, from the query string only (the forms' fields share some names).</summary>
    public sealed class ListQuery
    {
        public string? Name { get; set; }
        public string? Role { get; set; }
        public UserAdmin.UserSort Sort { get; set; }
        public bool Desc { get; set; }
        public int Page { get; set; } = 1;
    }

    public ListQuery Query { get; private set; } = new();
    public ListPage<UserAdmin.UserSummary> Users { get; private set; } = null!;
    public OrganizationTree Tree { get; private set; } = new([]);
    /// <summary>The member each listed account is linked to.</summary>
    public IReadOnlyDictionary<int, PersonInfo> Members { get; private set; } = new Dictionary<int, PersonInfo>();
    public string Code => jurisdiction.Required.Code;
    public Pager Pager => Pager.For(Request, Users.Page, Users.PageCount, Users.Total);

    public async Task OnGetAsync([FromQuery] ListQuery query, CancellationToken ct) => await LoadAsync(query, ct);

    public async Task OnPostAsync([FromQuery] ListQuery query, string userName, string displayName, string password, string role, long? organizationId, CancellationToken ct)
    {
        var (user, errors) = await users.CreateAsync(jurisdiction.Required.Id, new UserAdmin.NewUser(userName, displayName, password, role, organizationId), ct);
        if (user is null) ShowErrors(errors);
        else Notice = Text.Of($"已创建用户 {user.UserName}。", $"User {user.UserName} created.");
        await LoadAsync(query, ct);
    }

    private async Task LoadAsync(ListQuery query, CancellationToken ct)
    {
        Query = query;
        var j = jurisdiction.Required.Id;
        Users = await users.FindAsync(j, query.Name, query.Role, query.Sort, query.Desc, new PageRequest(query.Page, PageSize), ct);
        Tree = await organizations.TreeAsync(ct);
        var linked = await links.PeopleOfUsersAsync([.. Users.Items.Select(u => u.Id)], ct);
        var members = new Dictionary<int, PersonInfo>();
        foreach (var (userId, personId) in linked)
            if (await roster.FindAsync(personId, ct) is { } person) members[userId] = person;
        Members = members;
    }
}
