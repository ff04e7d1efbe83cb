using Microsoft.EntityFrameworkCore;
using Modular.Modules;
using Modular.Sdk;

namespace Modular.Organizations;

/// <summary>Setup checklist, step 1: the organization tree, imported from the offices' organization file or entered by hand.</summary>
internal sealed class ImportOrganizationsStep(RosterDbContext db) : ISetupStep
{
    public int Order => 10;
    public string Title => Text.Of("导入党组织", "Import the organizations");
    public string Description => Text.Of("上传本辖区的党组织文件（组织编号、组织名称、组织类别、上级组织、书记……），或逐个新建党组织。",
        "Upload the jurisdiction's organization file (code, name, kind, parent, secretary, ...) or add organizations one by one.");
    public string PageUrl(string jurisdictionCode) => $"/j/{jurisdictionCode}/organizations/import";

    public IReadOnlyList<SetupDownload> Downloads(string jurisdictionCode) =>
        [new(Text.Of("党组织文件模板（.xlsx）", "Organization file template (.xlsx)"), $"/api/j/{jurisdictionCode}/organizations/template")];

    public async Task<SetupProgress> ProgressAsync(CancellationToken cancellationToken = default)
    {
        var count = await db.Organizations.CountAsync(cancellationToken);
        return SetupProgress.AnyOf(count, count == 0 ? Text.Of("还没有党组织。", "No organizations yet.") : Text.Of($"已有 {count:N0} 个党组织。", $"{count:N0} organizations."));
    }
}

/// <summary>Setup checklist, step 2: the member roster (党员名册), imported all or nothing.</summary>
internal sealed class ImportRosterStep(RosterDbContext db) : ISetupStep
{
    public int Order => 20;
    public string Title => Text.Of("导入党员名册", "Import the roster");
    public string Description => Text.Of("上传党员名册（CSV 或 Excel），党员按所在组织或组织编号归入上一步的党组织；文件有任何错误则不导入。",
        "Upload the member roster (CSV or Excel); members join the organizations of step 1 by name or code. A file with any error imports nothing.");
    public string PageUrl(string jurisdictionCode) => $"/j/{jurisdictionCode}/people/import";

    public IReadOnlyList<SetupDownload> Downloads(string jurisdictionCode) =>
        [new(Text.Of("党员名册模板（.xlsx）", "Roster template (.xlsx)"), $"/api/j/{jurisdictionCode}/people/template")];

    public async Task<SetupProgress> ProgressAsync(CancellationToken cancellationToken = default)
    {
        var count = await db.People.CountAsync(cancellationToken);
        return SetupProgress.AnyOf(count, count == 0 ? Text.Of("名册中还没有党员。", "The roster is empty.") : Text.Of($"名册中有 {count:N0} 名党员。", $"{count:N0} members on the roster."));
    }
}

/// <summary>Setup checklist, step 3: every member on the rolls has an account to sign in with (党员账号, made set-based with a slip sheet).</summary>
internal sealed class MemberAccountsStep(RosterDbContext db, Modular.Identity.Accounts.AccountLinks links) : ISetupStep
{
    public int Order => 30;
    public string Title => Text.Of("为党员开通账号", "Give the members their accounts");
    public string Description => Text.Of("按党组织一次为所有党员开通账号，下载账号分发单（只能下载一次）发给党员；首次登录须修改密码。",
        "Make the accounts of a whole organization's members at once and hand out the slip sheet (it downloads once); the first sign-in asks for a new password.");
    public string PageUrl(string jurisdictionCode) => $"/j/{jurisdictionCode}/accounts";

    public async Task<SetupProgress> ProgressAsync(CancellationToken cancellationToken = default)
    {
        var standings = Accounts.MemberAccounts.ActiveStandings.ToList();
        var members = await db.People.AsNoTracking().Where(p => standings.Contains(p.Standing)).Select(p => p.Id).ToListAsync(cancellationToken);
        var linked = await links.AccountsOfPeopleAsync(cancellationToken);
        var done = members.Count(linked.ContainsKey);
        return members.Count == 0
            ? new(0, 1, Text.Of("名册中还没有党员。", "The roster is empty."))
            : new(done, members.Count, Text.Of($"{members.Count:N0} 名党员中，{done:N0} 名已有账号。", $"{done:N0} of {members.Count:N0} members have an account."));
    }
}
