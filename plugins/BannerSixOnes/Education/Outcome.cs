using Microsoft.AspNetCore.Http;
using Modular.Plugins.BannerSixOnes.Common;

namespace Modular.Plugins.BannerSixOnes.Education;

public enum OutcomeKind { Ok, Refused, Forbidden, Conflict, NotFound }

/// <summary>
/// What a write of items 1 and 2 came to, for the API (as a problem response) and for the pages (as a
/// message next to the field): done, refused with the field, not the user's to do, edited meanwhile, or no such record.
/// </summary>
public sealed record Outcome<T>(OutcomeKind Kind, T? Value, string? Field, string? Message)
{
    public bool Succeeded => Kind == OutcomeKind.Ok;

    public static Outcome<T> Ok(T value) => new(OutcomeKind.Ok, value, null, null);
    public static Outcome<T> Refused(string field, string message) => new(OutcomeKind.Refused, default, field, message);
    public static Outcome<T> Forbidden(string message) => new(OutcomeKind.Forbidden, default, null, message);
    public static Outcome<T> Conflict() => new(OutcomeKind.Conflict, default, "version", "记录已被他人修改，请刷新后重试。 The record was changed meanwhile; reload and retry.");
    public static Outcome<T> NotFound(string message) => new(OutcomeKind.NotFound, default, null, message);

    public IResult ToResult(Func<T, IResult>? ok = null) => Kind switch
    {
        OutcomeKind.Ok => ok is null ? Results.Ok(Value) : ok(Value!),
        OutcomeKind.Refused => SixOnesApi.Refused(Field!, Message!),
        OutcomeKind.Forbidden => SixOnesApi.Forbidden(Message!),
        OutcomeKind.Conflict => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: Message),
        _ => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: Message),
    };
}
