using Modular.Sdk;
using Modular.Sdk.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Modular.Sdk.Blocks;

namespace Modular.Plugins.CountyFiveActivities.Common;

/// <summary>How the plugin's API answers: RFC 7807 problems naming the field in Chinese, 403 for “not yours to do”, 409 for a stale version.</summary>
public static class CountyApi
{
    public static IResult Refused(string field, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });

    public static IResult From<T>(Result<T> result) =>
        result.Succeeded ? Results.Ok(result.Value) : Results.ValidationProblem(result.Errors.ToDictionary(e => e.Key, e => e.Value));

    public static IResult Forbidden(string message = "无权进行此操作。") =>
        Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: message);

    public static IResult Conflict() =>
        Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "记录已被他人修改，请刷新后重试。", detail: "version");

    public static IResult NotFound(string what = "记录") =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"未找到该{what}。");

    /// <summary>Saves in one transaction; a moved version (or a row created by someone else meanwhile) is a 409.</summary>
    public static async Task<IResult?> SaveAsync(DbContext db, CancellationToken ct) =>
        await db.TrySaveAsync(ct) ? null : Conflict();

    /// <summary>Text that must be given: trimmed, or null when blank.</summary>
    public static string? Required(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    public static LedgerFormat Format(string? format) => LedgerFormats.Parse(format);
}
