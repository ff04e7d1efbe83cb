namespace Modular.Sdk.Core;

/// <summary>
/// An id a client sends must name a record of the current jurisdiction. <see cref="IRoster"/> and
/// <see cref="IOrganizationDirectory"/> only see that jurisdiction, so "found" means "ours": another
/// jurisdiction's id and an id that exists nowhere are refused alike, with one wording for every module and plugin.
/// </summary>
public static class References
{
    public static string NoPerson(long id) =>
        Text.Of($"本辖区名册中没有编号为 {id} 的党员。", $"There is no person {id} on this jurisdiction's roster.");

    public static string NoOrganization(long id) =>
        Text.Of($"本辖区没有编号为 {id} 的组织。", $"There is no organization {id} in this jurisdiction.");

    /// <summary>Null when the person is on the current jurisdiction's roster; else why not.</summary>
    public static async Task<string?> PersonProblemAsync(this IRoster roster, long id, CancellationToken cancellationToken = default) =>
        await roster.FindAsync(id, cancellationToken) is null ? NoPerson(id) : null;

    /// <summary>Null when the organization is in the current jurisdiction's tree; else why not.</summary>
    public static async Task<string?> OrganizationProblemAsync(this IOrganizationDirectory organizations, long id, CancellationToken cancellationToken = default) =>
        await organizations.FindAsync(id, cancellationToken) is null ? NoOrganization(id) : null;
}
