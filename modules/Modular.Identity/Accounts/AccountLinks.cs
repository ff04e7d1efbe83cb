using Microsoft.EntityFrameworkCore;
using Modular.Sdk;
using Modular.Sdk.Core;
using Modular.Sdk.Data;

namespace Modular.Identity.Accounts;

/// <summary>Which roster person an account of the jurisdiction is (<c>identity.person_accounts</c>).</summary>
public sealed class PersonAccount
{
    public int JurisdictionId { get; set; }
    public int UserId { get; set; }
    public long PersonId { get; set; }
}

/// <summary>
/// The account ↔ roster person link of the current jurisdiction: one person per account, one account per person.
/// Other modules read and write it here (the schedules' "who am I on the roster", the office's
/// <c>PUT /api/j/{jurisdiction}/person-accounts</c>); provisioning writes it set-based with the accounts.
/// The account is checked here (identity's own), the person through the roster's SDK view (<see cref="IRoster"/>).
/// </summary>
public sealed class AccountLinks(ModularIdentityDbContext db, IJurisdictionContext jurisdiction, IRoster roster)
{
    public sealed record Link(int UserId, long PersonId);

    private int J => jurisdiction.Required.Id;

    /// <summary>The roster person of a user account, if linked.</summary>
    public async Task<long?> PersonOfUserAsync(int userId, CancellationToken ct = default) =>
        await db.Set<PersonAccount>().AsNoTracking().Where(a => a.JurisdictionId == J && a.UserId == userId)
            .Select(a => (long?)a.PersonId).SingleOrDefaultAsync(ct);

    /// <summary>The account of a roster person, if they have one.</summary>
    public async Task<int?> UserOfPersonAsync(long personId, CancellationToken ct = default) =>
        await db.Set<PersonAccount>().AsNoTracking().Where(a => a.JurisdictionId == J && a.PersonId == personId)
            .Select(a => (int?)a.UserId).SingleOrDefaultAsync(ct);

    /// <summary>Every linked person of the jurisdiction with their account (person → user), e.g. to count who has one.</summary>
    public async Task<IReadOnlyDictionary<long, int>> AccountsOfPeopleAsync(CancellationToken ct = default) =>
        await db.Set<PersonAccount>().AsNoTracking().Where(a => a.JurisdictionId == J).ToDictionaryAsync(a => a.PersonId, a => a.UserId, ct);

    /// <summary>
    /// Links an account of this jurisdiction to a person on its roster (an account linked before is moved to the new
    /// person). Refused, naming <c>userId</c> or <c>personId</c>, for another jurisdiction's account or person, or for a
    /// person who already has another account.
    /// </summary>
    public async Task<Result<Link>> LinkAsync(int userId, long personId, CancellationToken ct = default)
    {
        if (!await db.Users.AnyAsync(u => u.Id == userId && u.JurisdictionId == J, ct))
            return Refuse.Field("userId", Text.Of($"本辖区没有编号为 {userId} 的用户。", $"There is no user {userId} in this jurisdiction."));
        if (await roster.PersonProblemAsync(personId, ct) is { } noPerson) return Refuse.Field("personId", noPerson);
        if (await UserOfPersonAsync(personId, ct) is { } other && other != userId)
        {
            var name = await db.Users.AsNoTracking().Where(u => u.Id == other).Select(u => u.UserName + "（" + u.DisplayName + "）").SingleOrDefaultAsync(ct) ?? $"#{other}";
            return Refuse.Field("personId", Text.Of($"该党员已关联账号 {name}，每人只能有一个账号：请先在该账号上取消关联。",
                $"This person is already linked to the account {name}; one account per person: unlink it there first."));
        }

        var row = await db.Set<PersonAccount>().SingleOrDefaultAsync(a => a.JurisdictionId == J && a.UserId == userId, ct);
        if (row is null) db.Set<PersonAccount>().Add(new PersonAccount { JurisdictionId = J, UserId = userId, PersonId = personId });
        else row.PersonId = personId;
        return await db.TrySaveAsync(ct) ? Result.Ok(new Link(userId, personId)) : Refuse.Conflict();
    }

    /// <summary>The people linked to these accounts of the jurisdiction (user → person), e.g. for a page of the user list.</summary>
    public async Task<IReadOnlyDictionary<int, long>> PeopleOfUsersAsync(IReadOnlyCollection<int> userIds, CancellationToken ct = default)
    {
        var ids = userIds.ToList();
        return await db.Set<PersonAccount>().AsNoTracking().Where(a => a.JurisdictionId == J && ids.Contains(a.UserId)).ToDictionaryAsync(a => a.UserId, a => a.PersonId, ct);
    }

    /// <summary>Unlinks an account of this jurisdiction from its roster person (audited like every change); false when it had none.</summary>
    public async Task<bool> UnlinkAsync(int userId, CancellationToken ct = default)
    {
        var row = await db.Set<PersonAccount>().SingleOrDefaultAsync(a => a.JurisdictionId == J && a.UserId == userId, ct);
        if (row is null) return false;
        db.Set<PersonAccount>().Remove(row);
        await db.SaveChangesAsync(ct);
        return true;
    }
}
