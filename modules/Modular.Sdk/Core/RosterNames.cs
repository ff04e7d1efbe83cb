namespace Modular.Sdk.Core;

/// <summary>
/// The names behind person and organization ids, loaded once per page or ledger from the SDK views,
/// so lists show "王芳" and "巴彦宝力格嘎查党支部" instead of numbers (an unknown id shows as #id). Used by the obligations
/// ledger, the office's review pages, and any plugin list that names people and organizations.
/// </summary>
public sealed class RosterNames(IReadOnlyDictionary<long, string> people, IReadOnlyDictionary<long, string> organizations)
{
    public static async Task<RosterNames> LoadAsync(IRoster roster, IOrganizationDirectory directory, CancellationToken ct) => new(
        (await roster.MembersAsync(new RosterQuery(), ct)).ToDictionary(p => p.Id, p => p.Name),
        (await directory.ListAsync(ct)).ToDictionary(o => o.Id, o => o.Name));

    public static RosterNames Empty { get; } = new(new Dictionary<long, string>(), new Dictionary<long, string>());

    public string Person(long id) => people.GetValueOrDefault(id, $"#{id}");
    public string Organization(long id) => organizations.GetValueOrDefault(id, $"#{id}");
    /// <summary>The organization's name, or blank when it is not in the tree (a ledger column left empty).</summary>
    public string OrganizationOrBlank(long id) => organizations.GetValueOrDefault(id, "");
}
