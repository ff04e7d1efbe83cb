using Microsoft.EntityFrameworkCore;
using Modular.Modules;
using Modular.Sdk;
using Modular.Sdk.Core;

namespace Modular.Identity;

/// <summary>
/// Setup checklist, step 5: every organization with officers on the roster's officers list (书记 and the committee
/// members, from the organization file or the organization page) has someone signing in as its officer — an account
/// with the organization officer role scoped to it — so the branch's work is run by the branch.
/// </summary>
internal sealed class OfficersSetupStep(ModularIdentityDbContext db, IOrganizationDirectory organizations, IJurisdictionContext jurisdiction) : ISetupStep
{
    public int Order => 50;
    public string Title => Text.Of("为支部书记等开通管理账号", "Give the officers their accounts");
    public string Description => Text.Of("为党组织名单中的书记、委员开通“党组织管理员”账号（限于其组织），让各支部自己录入、审核本支部的工作。",
        "Give the secretaries and committee members on the officers list an organization officer account for their organization, so each branch runs its own work.");
    public string PageUrl(string jurisdictionCode) => $"/j/{jurisdictionCode}/office/users";

    public async Task<SetupProgress> ProgressAsync(CancellationToken cancellationToken = default)
    {
        var withOfficers = (await organizations.AllOfficersAsync(cancellationToken)).Select(o => o.OrganizationId).ToHashSet();
        if (withOfficers.Count == 0)
            return new(0, 1, Text.Of("党组织还没有登记书记或委员（在党组织页面或党组织文件中登记）。", "No organization has its officers recorded yet (on the organization page or in the organization file)."));
        var id = jurisdiction.Required.Id;
        var covered = await db.RoleAssignments.AsNoTracking()
            .Where(r => r.JurisdictionId == id && r.Role == Roles.OrganizationOfficer && r.OrganizationId != null)
            .Select(r => r.OrganizationId!.Value).Distinct().ToListAsync(cancellationToken);
        var done = covered.Count(withOfficers.Contains);
        return new(done, withOfficers.Count, Text.Of($"{withOfficers.Count:N0} 个有书记或委员的党组织中，{done:N0} 个已有管理账号。",
            $"{done:N0} of the {withOfficers.Count:N0} organizations with officers have an officer account."));
    }
}
