using Microsoft.AspNetCore.Http;

namespace Modular.Jurisdictions.Api;

/// <summary>How every module's API answers an <see cref="EditResult"/>.</summary>
public static class ApiResults
{
    /// <summary>RFC 7807: 400 with the fields and reasons, or 409 when someone else saved first.</summary>
    public static IResult From(EditResult result, Func<IResult>? ok = null) =>
        result.Conflict ? Results.Problem(detail: result.Errors["version"][0], statusCode: StatusCodes.Status409Conflict)
        : !result.Succeeded ? Results.ValidationProblem(result.Errors)
        : ok?.Invoke() ?? Results.NoContent();
}
