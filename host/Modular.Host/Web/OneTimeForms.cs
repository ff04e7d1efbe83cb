using System.Globalization;
using System.Security.Claims;
using Modular.Audit;
using Modular.Sdk;
using Modular.Sdk.Web;
using Npgsql;

namespace Modular.Host.Web;

/// <summary>
/// Makes every page form safe to post twice (a double click, a resent POST, three posts with one
/// antiforgery token). Each rendered form carries a one-time key (<see cref="OneTimeFormKeyTagHelper"/>).
/// The first post of a key claims it in <c>host.form_submissions</c>; if its page redirects (it did
/// what it was asked) the key keeps where to; if it shows the form again (refused) or fails, the key
/// is released so the corrected form can use it. A post whose key is taken waits for the first one's
/// outcome and is sent where it went, creating nothing. Keys are kept for a day.
/// </summary>
public sealed class OneTimeForms(RequestDelegate next)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);

    public async Task InvokeAsync(HttpContext http, IJurisdictionContext jurisdiction, NpgsqlDataSource database)
    {
        if (!HttpMethods.IsPost(http.Request.Method) || !http.Request.HasFormContentType
            || http.Request.Path.StartsWithSegments("/api")
            || jurisdiction.Current is not { } j
            || !int.TryParse(http.User.FindFirstValue(ClaimTypes.NameIdentifier), NumberStyles.None, CultureInfo.InvariantCulture, out var userId)
            // Uploads are all-or-nothing and one at a time already; reading them here would buffer the file.
            || http.Request.ContentType?.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase) == true)
        {
            await next(http);
            return;
        }
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        if (!Guid.TryParse(form[OneTimeFormKeyTagHelper.FieldName], out var key))
        {
            await next(http);
            return;
        }

        var deadline = DateTime.UtcNow + Wait;
        while (true)
        {
            if (await ClaimAsync(database, j.Id, key, userId, http.RequestAborted))
            {
                await RunFirstAsync(http, database, j.Id, key);
                return;
            }
            var (exists, resultUrl) = await FindAsync(database, j.Id, key, userId, http.RequestAborted);
            if (resultUrl is not null)
            {
                http.Response.Redirect(resultUrl);
                return;
            }
            if (DateTime.UtcNow > deadline)
            {
                http.Response.Redirect(http.Request.Path + http.Request.QueryString); // still running: show the page as it is
                return;
            }
            if (!exists) continue; // the first was refused and let go of the key: this post is judged on its own
            await Task.Delay(Poll, http.RequestAborted);
        }
    }

    private async Task RunFirstAsync(HttpContext http, NpgsqlDataSource database, int jurisdictionId, Guid key)
    {
        try
        {
            await next(http);
        }
        catch
        {
            await ReleaseAsync(database, jurisdictionId, key);
            throw;
        }
        var status = http.Response.StatusCode;
        if (status is >= 300 and < 400 && http.Response.Headers.Location.ToString() is { Length: > 0 } location)
            await ExecuteAsync(database, jurisdictionId, "update host.form_submissions set result_url = $3 where jurisdiction_id = $1 and key = $2", CancellationToken.None, key, location);
        else
            await ReleaseAsync(database, jurisdictionId, key);
    }

    // One statement, one round trip: the day-old keys go as this one is claimed.
    private static async Task<bool> ClaimAsync(NpgsqlDataSource database, int jurisdictionId, Guid key, int userId, CancellationToken ct) =>
        await ExecuteAsync(database, jurisdictionId, """
            with expired as (delete from host.form_submissions where jurisdiction_id = $1 and created_at < now() - interval '1 day')
            insert into host.form_submissions (jurisdiction_id, key, user_id) values ($1, $2, $3) on conflict do nothing
            """, ct, key, userId) == 1;

    // Another user's key is none of this user's business: it is treated as taken with nowhere to go.
    private static async Task<(bool Exists, string? ResultUrl)> FindAsync(NpgsqlDataSource database, int jurisdictionId, Guid key, int userId, CancellationToken ct)
    {
        await using var connection = await database.OpenForJurisdictionAsync(jurisdictionId, ct);
        await using var command = new NpgsqlCommand("select user_id, result_url from host.form_submissions where jurisdiction_id = $1 and key = $2", connection);
        command.Parameters.Add(new() { Value = jurisdictionId });
        command.Parameters.Add(new() { Value = key });
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct)) return (false, null);
        return (true, reader.GetInt32(0) == userId && !reader.IsDBNull(1) ? reader.GetString(1) : null);
    }

    private static Task ReleaseAsync(NpgsqlDataSource database, int jurisdictionId, Guid key) =>
        ExecuteAsync(database, jurisdictionId, "delete from host.form_submissions where jurisdiction_id = $1 and key = $2", CancellationToken.None, key);

    private static async Task<int> ExecuteAsync(NpgsqlDataSource database, int jurisdictionId, string sql, CancellationToken ct, params object[] values)
    {
        await using var connection = await database.OpenForJurisdictionAsync(jurisdictionId, ct);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.Add(new() { Value = jurisdictionId });
        foreach (var value in values) command.Parameters.Add(new() { Value = value });
        return await command.ExecuteNonQueryAsync(ct);
    }
}
