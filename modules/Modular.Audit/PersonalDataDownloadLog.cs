using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Modular.Sdk;
using Modular.Sdk.Core;

namespace Modular.Audit;

/// <summary>
/// The SDK's <see cref="IPersonalDataDownloads"/>: one <c>download</c> entry in the jurisdiction's audit log (who and
/// when as for a change; which list, format, rows, people, and the path asked for), on its own jurisdiction-bound
/// connection, so a download is recorded even when the request changes nothing.
/// </summary>
internal sealed class PersonalDataDownloadLog(PlatformDatabase database, IJurisdictionContext jurisdiction, IAuditActor actor,
    IHttpContextAccessor http, TimeProvider clock) : IPersonalDataDownloads
{
    /// <summary>The audit log's entity for downloads (filter the log by it to see them all).</summary>
    public const string Entity = "download";

    public async Task RecordAsync(PersonalDataDownload download, CancellationToken cancellationToken = default)
    {
        var jurisdictionId = jurisdiction.Required.Id;
        var request = http.HttpContext?.Request;
        var after = JsonSerializer.Serialize(new
        {
            list = download.List,
            format = download.Format,
            rows = download.Rows,
            people = download.People,
            path = request is null ? null : request.Path.Value + request.QueryString.Value,
        });
        await using var connection = await database.DataSource.OpenForJurisdictionAsync(jurisdictionId, cancellationToken);
        await AuditEntryWriter.WriteAsync(connection, null, actor.Current, clock.GetUtcNow(),
            [new NewAuditEntry(jurisdictionId, Entity, download.List, AuditAction.Download, null, after)], cancellationToken);
    }
}
