using Modular.Identity;
using Modular.Identity.Accounts;
using Modular.Jurisdictions;
using Modular.Sdk.Core;

namespace Modular.Host.Demo;

/// <summary>
/// Two accounts per demo jurisdiction besides its office, linked to roster people so that the
/// member's and the secretary's pages show something: <c>{code}-secretary</c>, the secretary of the
/// deepest branch (an officer of it), and <c>{code}-member</c>, another member of that branch.
/// A jurisdiction without branches (a party group) uses its deepest unit instead. Every demo
/// jurisdiction also gets a read-only <c>{code}-auditor</c>.
/// </summary>
public static class DemoAccounts
{
    public static async Task SeedAsync(IServiceProvider services, Jurisdiction jurisdiction, string password, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<JurisdictionContext>().Set(jurisdiction.ToResolved());
        var organizations = scope.ServiceProvider.GetRequiredService<IOrganizationDirectory>();
        var roster = scope.ServiceProvider.GetRequiredService<IRoster>();
        var users = scope.ServiceProvider.GetRequiredService<UserAdmin>();
        var links = scope.ServiceProvider.GetRequiredService<AccountLinks>();

        // An auditor (read-only) everywhere, e.g. the discipline inspection office.
        var (auditor, errors) = await users.CreateAsync(jurisdiction.Id, new UserAdmin.NewUser($"{jurisdiction.Code}-auditor", $"{jurisdiction.Name}审计员", password, Roles.Auditor), ct);
        if (auditor is null) throw new InvalidOperationException($"Demo account {jurisdiction.Code}-auditor: {string.Join("; ", errors.SelectMany(e => e.Value))}");

        // A branch (党支部) where there is one, else the deepest unit (a party group has none).
        var candidates = (await organizations.ListAsync(ct))
            .OrderBy(o => o.Kind == OrganizationKind.Branch ? 0 : 1).ThenByDescending(o => o.Depth).ThenBy(o => o.Id);
        foreach (var branch in candidates)
        {
            var secretary = (await organizations.OfficersAsync(branch.Id, ct)).FirstOrDefault(o => o.Post == OfficerPost.Secretary);
            var member = (await roster.MembersAsync(new RosterQuery { SubtreeRootId = branch.Id }, ct))
                .FirstOrDefault(p => p.OrganizationId == branch.Id && p.Id != secretary?.PersonId);
            if (secretary is null || member is null) continue;
            await CreateLinkedAsync(users, links, jurisdiction, $"{jurisdiction.Code}-secretary", $"{branch.Name}书记", password, Roles.OrganizationOfficer, branch.Id, secretary.PersonId, ct);
            await CreateLinkedAsync(users, links, jurisdiction, $"{jurisdiction.Code}-member", member.Name, password, Roles.Member, null, member.Id, ct);
            return;
        }
    }

    private static async Task CreateLinkedAsync(UserAdmin users, AccountLinks links, Jurisdiction jurisdiction, string userName, string displayName,
        string password, string role, long? organizationId, long personId, CancellationToken ct)
    {
        var (user, errors) = await users.CreateAsync(jurisdiction.Id, new UserAdmin.NewUser(userName, displayName, password, role, organizationId), ct);
        if (user is null) throw new InvalidOperationException($"Demo account {userName}: {string.Join("; ", errors.SelectMany(e => e.Value))}");
        var linked = await links.LinkAsync(user.Id, personId, ct);
        if (!linked.Succeeded) throw new InvalidOperationException($"Demo account {userName}: {linked.Message}");
    }
}
