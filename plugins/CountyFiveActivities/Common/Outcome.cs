using Microsoft.AspNetCore.Http;

namespace Modular.Plugins.CountyFiveActivities.Common;

/// <summary>
/// The result of an action shared by the API and the pages: done (with a value), or refused with a
/// status, the field and a Chinese message. The API turns it into a problem; a page shows the message.
/// </summary>
public sealed record Outcome(int Status, string? Field, string? Message, object? Value)
{
    public bool Succeeded => Status is >= 200 and < 300;

    public static Outcome Ok(object value) => new(StatusCodes.Status200OK, null, null, value);
    public static Outcome Refused(string field, string message) => new(StatusCodes.Status400BadRequest, field, message, null);
    public static Outcome Forbidden(string message = "无权进行此操作。") => new(StatusCodes.Status403Forbidden, null, message, null);
    public static Outcome NotFound(string what) => new(StatusCodes.Status404NotFound, null, $"未找到该{what}。", null);
    public static Outcome Conflict() => new(StatusCodes.Status409Conflict, "version", "记录已被他人修改，请刷新后重试。", null);

    public IResult ToResult() => Status switch
    {
        StatusCodes.Status400BadRequest => CountyApi.Refused(Field!, Message!),
        StatusCodes.Status403Forbidden => CountyApi.Forbidden(Message!),
        StatusCodes.Status404NotFound => Results.Problem(statusCode: Status, title: Message),
        StatusCodes.Status409Conflict => CountyApi.Conflict(),
        _ => Results.Ok(Value),
    };
}
