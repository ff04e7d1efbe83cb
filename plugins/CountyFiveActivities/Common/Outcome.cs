using Modular.Sdk;
using Microsoft.AspNetCore.Http;
using Modular.Sdk.Blocks;

namespace Modular.Plugins.CountyFiveActivities.Common;

/// <summary>
/// The result of an action shared by the API, the pages and the demo: done (with a value), or refused
/// with a status, the field and a Chinese message. The API turns it into a problem; a page shows the message.
/// </summary>
public sealed record Outcome(int Status, string? Field, string? Message, object? Value)
{
    /// <summary>Where a created record is read (201).</summary>
    public string? Location { get; init; }

    /// <summary>A building block's refusal, field by field (it may name several).</summary>
    public IReadOnlyDictionary<string, string[]>? Errors { get; init; }

    public bool Succeeded => Status is >= 200 and < 300;

    public static Outcome Ok(object value) => new(StatusCodes.Status200OK, null, null, value);
    public static Outcome Created(string location, object value) => new(StatusCodes.Status201Created, null, null, value) { Location = location };
    public static Outcome NoContent() => new(StatusCodes.Status204NoContent, null, null, null);
    public static Outcome Refused(string field, string message) => new(StatusCodes.Status400BadRequest, field, message, null);
    public static Outcome Forbidden(string message = "无权进行此操作。") => new(StatusCodes.Status403Forbidden, null, message, null);
    public static Outcome NotFound(string what) => new(StatusCodes.Status404NotFound, null, $"未找到该{what}。", null);
    public static Outcome Conflict() => new(StatusCodes.Status409Conflict, "version", "记录已被他人修改，请刷新后重试。", null);

    /// <summary>A building block's result: its value, or its errors (the first one as the page's message).</summary>
    public static Outcome From<T>(Result<T> result)
    {
        if (result.Succeeded) return Ok(result.Value!);
        var (field, messages) = result.Errors.First();
        return Refused(field, string.Join(" ", messages)) with { Errors = result.Errors };
    }

    public IResult ToResult() => Status switch
    {
        StatusCodes.Status400BadRequest when Errors is not null => Results.ValidationProblem(Errors.ToDictionary(e => e.Key, e => e.Value)),
        StatusCodes.Status400BadRequest => CountyApi.Refused(Field!, Message!),
        StatusCodes.Status403Forbidden => CountyApi.Forbidden(Message!),
        StatusCodes.Status404NotFound => Results.Problem(statusCode: Status, title: Message),
        StatusCodes.Status409Conflict => CountyApi.Conflict(),
        StatusCodes.Status201Created => Results.Created(Location, Value),
        StatusCodes.Status204NoContent => Results.NoContent(),
        _ => Results.Ok(Value),
    };
}
