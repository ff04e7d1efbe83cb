using System.Collections.Concurrent;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Http.Features;
using Modular.Sdk;
using Npgsql;

namespace Modular.Host.Web;

/// <summary>
/// A database constraint that refuses a write at the top of a request is the client's to hear about, never a 500.
/// One place, so every module and plugin gets it:
/// <list type="bullet">
/// <item>a unique violation (PostgreSQL 23505) — two saves of the same thing at once, a form posted twice — is a 409 with a message;</item>
/// <item>a foreign-key violation (23503) — a composite key with <c>jurisdiction_id</c> meets an id this jurisdiction does not
/// have (another's, or none at all) — is a 400 naming the field: the key's column other than <c>jurisdiction_id</c>, camelCased.</item>
/// </list>
/// Problem details under <c>/api</c>; for a page's form, the page again (as a GET) with the message above it.
/// </summary>
public sealed class ConstraintViolations(RequestDelegate next)
{
    /// <summary>Where the message waits for the layout (<c>HttpContext.Items</c>) while the page is shown again.</summary>
    public const string MessageKey = "Modular.ConstraintViolation";

    // (schema, table, constraint) → the field it guards, read once from the catalog.
    private readonly ConcurrentDictionary<(string?, string?, string?), string> _fields = new();

    public async Task InvokeAsync(HttpContext http)
    {
        try
        {
            await next(http);
        }
        catch (Exception e) when (Violation(e) is { } violation && !http.Response.HasStarted)
        {
            UseRequestLanguage(http);
            http.Response.Clear();
            if (violation.SqlState == PostgresErrorCodes.UniqueViolation)
            {
                var message = Text.Of("未保存：同样的记录已经存在，可能是重复提交，或别人刚刚保存了相同的内容。请刷新后查看。",
                    "Not saved: the same record already exists — submitted twice, or someone has just saved the same. Refresh to see it.");
                await AnswerAsync(http, StatusCodes.Status409Conflict, message,
                    Results.Problem(title: Text.Of("记录已存在", "Already exists"), detail: message, statusCode: StatusCodes.Status409Conflict));
            }
            else
            {
                var field = await FieldOfAsync(http, violation);
                var message = Text.Of("引用的记录在本辖区不存在。", "refers to nothing in this jurisdiction.");
                await AnswerAsync(http, StatusCodes.Status400BadRequest, $"{field}: {message}",
                    Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }));
            }
        }
    }

    private static PostgresException? Violation(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
            if (e is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.ForeignKeyViolation } p) return p;
        return null;
    }

    private async Task AnswerAsync(HttpContext http, int status, string pageMessage, IResult apiAnswer)
    {
        if (http.Request.Path.StartsWithSegments("/api"))
            await apiAnswer.ExecuteAsync(http);
        else if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
            http.Response.StatusCode = status; // the error page says it (status code pages)
        else
            await ShowPageAgainAsync(http, status, pageMessage);
    }

    // The constraint's columns but jurisdiction_id (every tenant key leads with it), as the JSON field: person_id → personId.
    private async Task<string> FieldOfAsync(HttpContext http, PostgresException violation)
    {
        var key = (violation.SchemaName, violation.TableName, violation.ConstraintName);
        if (_fields.TryGetValue(key, out var known)) return known;
        await using var command = http.RequestServices.GetRequiredService<NpgsqlDataSource>().CreateCommand("""
            select a.attname
              from pg_constraint c
              join pg_class t on t.oid = c.conrelid
              join pg_namespace n on n.oid = t.relnamespace
             cross join lateral unnest(c.conkey) with ordinality k(attnum, position)
              join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum
             where n.nspname = $1 and t.relname = $2 and c.conname = $3 and a.attname <> 'jurisdiction_id'
             order by k.position
            """);
        command.Parameters.Add(new() { Value = (object?)violation.SchemaName ?? DBNull.Value });
        command.Parameters.Add(new() { Value = (object?)violation.TableName ?? DBNull.Value });
        command.Parameters.Add(new() { Value = (object?)violation.ConstraintName ?? DBNull.Value });
        var columns = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync(http.RequestAborted))
            while (await reader.ReadAsync(http.RequestAborted)) columns.Add(CamelCase(reader.GetString(0)));
        return _fields[key] = columns.Count > 0 ? string.Join(",", columns) : violation.ConstraintName ?? "id";
    }

    private static string CamelCase(string snake)
    {
        var parts = snake.Split('_', StringSplitOptions.RemoveEmptyEntries);
        return string.Concat(parts.Select((p, i) => i == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]));
    }

    // The page the form was on, read afresh in a new scope (the failed save's DbContext and transaction stay behind),
    // with the message shown by the layout and the status given.
    private async Task ShowPageAgainAsync(HttpContext http, int status, string message)
    {
        http.Items[MessageKey] = message;
        http.Request.Method = HttpMethods.Get;
        // A named handler (?handler=Delete) has no GET twin: show the page itself.
        http.Request.QueryString = QueryString.Create(http.Request.Query.Where(q => !q.Key.Equals("handler", StringComparison.OrdinalIgnoreCase)));
        http.SetEndpoint(null);
        http.Features.Get<IRouteValuesFeature>()?.RouteValues.Clear();
        var requestServices = http.RequestServices;
        await using var scope = requestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        http.RequestServices = scope.ServiceProvider;
        try
        {
            http.Response.StatusCode = status;
            await next(http);
        }
        finally
        {
            http.RequestServices = requestServices;
        }
    }

    // The language chosen inside the request (JurisdictionRouting keeps it in the culture feature) does not flow back out here.
    internal static void UseRequestLanguage(HttpContext http)
    {
        if (http.Features.Get<IRequestCultureFeature>()?.RequestCulture is not { } culture) return;
        System.Globalization.CultureInfo.CurrentCulture = culture.Culture;
        System.Globalization.CultureInfo.CurrentUICulture = culture.UICulture;
    }
}
