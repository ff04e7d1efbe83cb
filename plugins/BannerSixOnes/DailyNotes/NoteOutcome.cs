using Microsoft.AspNetCore.Http;
using Modular.Plugins.BannerSixOnes.Common;

namespace Modular.Plugins.BannerSixOnes.DailyNotes;

/// <summary>What a notes action came to, for the API (problem responses) and the pages (a message next to the form).</summary>
public sealed record NoteOutcome<T>(T? Value, int Status, string? Field = null, string? Message = null)
{
    public bool Succeeded => Status is StatusCodes.Status200OK;

    public static NoteOutcome<T> Ok(T value) => new(value, StatusCodes.Status200OK);
    public static NoteOutcome<T> Refused(string field, string message) => new(default, StatusCodes.Status400BadRequest, field, message);
    public static NoteOutcome<T> Forbidden(string message) => new(default, StatusCodes.Status403Forbidden, null, message);
    public static NoteOutcome<T> NotFound(string message) => new(default, StatusCodes.Status404NotFound, null, message);
    public static NoteOutcome<T> Conflict(string message) => new(default, StatusCodes.Status409Conflict, null, message);

    public NoteOutcome<TOther> As<TOther>() => new(default, Status, Field, Message);

    public IResult ToResult() => Status switch
    {
        StatusCodes.Status200OK => Results.Ok(Value),
        StatusCodes.Status400BadRequest => SixOnesApi.Refused(Field ?? "", Message ?? ""),
        StatusCodes.Status403Forbidden => SixOnesApi.Forbidden(Message ?? ""),
        _ => Results.Problem(statusCode: Status, title: Message),
    };
}
