using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Modular.Modules;
using Modular.Organizations.Accounts;
using Modular.Sdk;

namespace Modular.Organizations.Api;

/// <summary>
/// <c>/api/j/{jurisdiction}/accounts</c>: accounts for the members of a subtree, made in bulk (the office for any
/// organization, an officer for their own subtree), the batches with their slip sheets (downloaded once) and how
/// many members of each organization have an account.
/// </summary>
internal static class MemberAccountsApi
{
    public sealed record ProvisionInput(long OrganizationId);

    /// <param name="SlipsUrl">Where the batch's slip sheet downloads (once); null when no account was made.</param>
    public sealed record ProvisionAnswer(long OrganizationId, long? BatchId, int Created, int AlreadyHadAccounts, IReadOnlyList<MemberAccounts.SkippedMember> Skipped, string? SlipsUrl);

    public static string SlipsUrl(string jurisdiction, long batchId) => $"/api/j/{jurisdiction}/accounts/provision/{batchId}/slips";

    /// <summary>The page that prints the same slips (once, instead of the .xlsx).</summary>
    public static string PrintUrl(string jurisdiction, long batchId) => $"/j/{jurisdiction}/accounts/batches/{batchId}/slips";

    public static void MapMemberAccountsApi(this IEndpointRouteBuilder app)
    {
        var accounts = app.MapGroup("/api/j/{jurisdiction}/accounts").WithTags("member accounts").RequireAuthorization(Policies.RosterEditor);

        accounts.MapPost("/provision", async (ProvisionInput input, MemberAccounts service, HttpContext http, IJurisdictionContext j, CancellationToken ct) =>
                (await service.ProvisionAsync(RosterActor.From(http.User), input.OrganizationId, ct)).ToHttpResult(s => Results.Ok(new ProvisionAnswer(
                    s.OrganizationId, s.BatchId, s.Created, s.AlreadyHadAccounts, s.Skipped, s.BatchId is { } id ? SlipsUrl(j.Required.Code, id) : null))))
            .WithSummary("Gives every member of the organization's subtree who has none an account (user name: their mobile number, else {code}-{person id}; a one-time initial password; Member, and OrganizationOfficer where the officers list names them), linked to their roster person. Members on the rolls only; a second run makes only what is missing.");

        accounts.MapGet("/provision", async (int? page, int? pageSize, MemberAccounts service, HttpContext http, CancellationToken ct) =>
                ListPage.Of(await service.BatchesAsync(RosterActor.From(http.User), ct), new PageRequest(page, pageSize)))
            .WithSummary("The provisioning batches of the organizations the caller looks after, newest first, and whether each slip sheet can still be downloaded.");

        accounts.MapGet("/provision/{batchId:long}/slips", async (long batchId, SlipSheets sheets, HttpContext http, CancellationToken ct) =>
            {
                var download = await sheets.XlsxAsync(RosterActor.From(http.User), batchId, ct);
                http.Response.Headers.CacheControl = "no-store"; // initial passwords: kept by no cache on the way
                return download.Outcome switch
                {
                    SlipSheets.Outcome.Handed => Results.File(download.Sheet!, SlipSheets.ContentType, sheets.FileName(batchId)),
                    SlipSheets.Outcome.Gone => Results.Problem(statusCode: StatusCodes.Status410Gone, title: sheets.GoneMessage(download.Batch)),
                    _ => download.Refusal!.ToHttpResult(),
                };
            })
            .WithSummary("The batch's slip sheet (.xlsx: name, organization, user name, initial password, 首次登录须修改密码), once: the passwords are deleted as it is handed out and the download is audited; afterwards 410 Gone.");

        accounts.MapGet("/progress", async (int? page, int? pageSize, MemberAccounts service, HttpContext http, CancellationToken ct) =>
                ListPage.Of(await service.ProgressAsync(RosterActor.From(http.User), ct), new PageRequest(page, pageSize)))
            .WithSummary("For each organization the caller looks after, in tree order: members on the rolls in its subtree and how many of them have an account.");
    }
}
