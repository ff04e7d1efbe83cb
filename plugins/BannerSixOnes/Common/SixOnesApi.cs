using Modular.Sdk;
using Microsoft.AspNetCore.Http;
using Modular.Sdk.Blocks;

namespace Modular.Plugins.BannerSixOnes.Common;

/// <summary>How the plugin's API answers: RFC 7807 problems naming the field, 403 for "not yours to do".</summary>
public static class SixOnesApi
{
    public static IResult Refused(string field, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });

    public static IResult From<T>(Result<T> result) =>
        result.Succeeded ? Results.Ok(result.Value) : Results.ValidationProblem(result.Errors.ToDictionary(e => e.Key, e => e.Value));

    /// <summary>The user may not act here (a member writing for another member, a member reviewing).</summary>
    public static IResult Forbidden(string message) =>
        Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: message);
}
