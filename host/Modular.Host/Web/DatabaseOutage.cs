using System.Net;
using System.Net.Sockets;
using Modular.Sdk;
using Npgsql;

namespace Modular.Host.Web;

/// <summary>
/// When the database is away (restarting, unreachable, refusing connections) or cannot write (its disk is full), a request
/// is answered at once with 503 and <c>Retry-After</c>, saying so in the user's language, never with a 500 and a stack
/// trace in the log for every request. Nothing is kept between requests: Npgsql drops a broken connection when it is
/// used and opens a new one for the next request, so the host serves again as soon as the database is back.
/// The page is written here, without the layout: the layout reads the database too.
/// </summary>
public sealed class DatabaseOutage(RequestDelegate next, ILogger<DatabaseOutage> logger)
{
    /// <summary>Seconds a client is told to wait before trying again.</summary>
    public const int RetryAfterSeconds = 5;

    public async Task InvokeAsync(HttpContext http)
    {
        try
        {
            await next(http);
        }
        catch (Exception e) when (Classify(e) is { } outage && !http.Response.HasStarted)
        {
            logger.LogWarning("{Method} {Path}: answered 503, the database is {Outage}: {Message}", http.Request.Method, http.Request.Path, outage, Innermost(e).Message);
            ConstraintViolations.UseRequestLanguage(http);
            var (title, detail) = outage == Outage.DiskFull
                ? (Text.Of("数据库磁盘已满", "The database's disk is full"),
                   Text.Of("数据库所在的磁盘已满，刚才的操作没有保存。请联系系统管理员清理磁盘后再试。",
                           "The disk the database writes to is full; what you just did was not saved. Ask your administrator to free space, then try again."))
                : (Text.Of("数据库暂时不可用", "The database is unavailable"),
                   Text.Of("数据库暂时无法连接（可能正在重启），刚才的操作没有完成。请稍等几秒后刷新重试。",
                           "The database cannot be reached for the moment (it may be restarting); what you just did was not done. Wait a few seconds and try again."));
            http.Response.Clear();
            http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            http.Response.Headers.RetryAfter = RetryAfterSeconds.ToString();
            if (http.Request.Path.StartsWithSegments("/api"))
                await Results.Problem(title: title, detail: detail, statusCode: StatusCodes.Status503ServiceUnavailable).ExecuteAsync(http);
            else
                await WritePageAsync(http, title, detail);
        }
    }

    public enum Outage { Unreachable, DiskFull }

    /// <summary>Whether the exception (or one inside it) says the database is away or full, and which.</summary>
    public static Outage? Classify(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException { SqlState: PostgresErrorCodes.DiskFull }:
                    return Outage.DiskFull;
                case PostgresException p when p.SqlState.StartsWith("08", StringComparison.Ordinal) // connection exceptions
                                              || p.SqlState is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown
                                                  or PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.TooManyConnections:
                    return Outage.Unreachable;
                case PostgresException:
                    return null; // the server answered: a real error of the request
                case NpgsqlException { InnerException: SocketException or IOException or EndOfStreamException or TimeoutException }:
                    return Outage.Unreachable;
            }
        }
        return null;
    }

    private static Exception Innermost(Exception e)
    {
        while (e.InnerException is not null) e = e.InnerException;
        return e;
    }

    private static async Task WritePageAsync(HttpContext http, string title, string detail)
    {
        http.Response.ContentType = "text/html; charset=utf-8";
        var language = System.Globalization.CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal) ? "zh-CN" : "en";
        await http.Response.WriteAsync($$"""
            <!DOCTYPE html>
            <html lang="{{language}}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="refresh" content="{{RetryAfterSeconds * 2}}"><title>{{WebUtility.HtmlEncode(title)}}</title>
            <style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;line-height:1.6}</style></head>
            <body><h1>{{WebUtility.HtmlEncode(title)}}</h1><p>{{WebUtility.HtmlEncode(detail)}}</p>
            <p><a href="{{WebUtility.HtmlEncode(http.Request.PathBase + http.Request.Path + http.Request.QueryString)}}">{{Text.Of("重试", "Try again")}}</a></p></body></html>
            """);
    }
}
