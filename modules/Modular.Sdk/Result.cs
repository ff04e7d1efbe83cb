using Microsoft.AspNetCore.Http;

namespace Modular.Sdk;

/// <summary>How an action came out: done, refused (fields and reasons), not the user's to do, no such record, or changed meanwhile.</summary>
public enum ResultKind { Ok, Refused, Forbidden, NotFound, Conflict }

/// <summary>
/// The one result of a write (or a guarded read) in the SDK, the building blocks and the plugins: the value when
/// done, else why not — field → messages for a refusal (bilingual, via <see cref="Text.Of"/>), a message for the
/// rest. The API answers it with <see cref="ResultHttp.ToHttpResult{T}"/> (RFC 7807 problem details); a page shows
/// <see cref="Message"/> next to <see cref="Field"/>; the demo and other services read <see cref="Succeeded"/>.
/// </summary>
public sealed record Result<T>(T? Value, IReadOnlyDictionary<string, string[]> Errors)
{
    private static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>();
    private readonly string? _message;

    public ResultKind Kind { get; init; } = Errors.Count == 0 ? ResultKind.Ok : ResultKind.Refused;

    public bool Succeeded => Kind == ResultKind.Ok;

    /// <summary>The first refused field, if any.</summary>
    public string? Field => Errors.Keys.FirstOrDefault();

    /// <summary>Why not, in one line: the message given, else the first field's reasons.</summary>
    public string? Message
    {
        get => _message ?? (Errors.Count > 0 ? string.Join(" ", Errors.First().Value) : null);
        init => _message = value;
    }

    public static Result<T> Ok(T value) => new(value, NoErrors);

    public static Result<T> Refused(string field, string message) =>
        new(default, new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase) { [field] = [message] });

    public static Result<T> Refused(IReadOnlyDictionary<string, string[]> errors) => new(default, errors);

    public static Result<T> Forbidden(string message) => new(default, NoErrors) { Kind = ResultKind.Forbidden, Message = message };

    public static Result<T> NotFound(string message) => new(default, NoErrors) { Kind = ResultKind.NotFound, Message = message };

    /// <summary>Someone else saved first (a version moved, a unique key taken meanwhile): reload and retry.</summary>
    public static Result<T> Conflict(string? message = null) => new(default, NoErrors)
    {
        Kind = ResultKind.Conflict,
        Message = message ?? Text.Of("记录已被他人修改，请刷新后重试。", "The record was changed meanwhile; reload and retry."),
    };

    /// <summary>The same refusal for another value type (a failed step of a larger action).</summary>
    public Result<TOther> As<TOther>() =>
        Succeeded ? throw new InvalidOperationException("Only a refusal changes its value type.") : new(default, Errors) { Kind = Kind, Message = _message };

    public Result<TOther> Map<TOther>(Func<T, TOther> map) => Succeeded ? Result<TOther>.Ok(map(Value!)) : As<TOther>();

    /// <summary>Where a record just created is read (the API answers 201 with it).</summary>
    public string? Location { get; init; }

    public static Result<T> Created(string location, T value) => Ok(value) with { Location = location };

    /// <summary>A refusal made without naming the value type (<see cref="Refuse"/>).</summary>
    public static implicit operator Result<T>(Refusal refusal) => new(default, refusal.Errors) { Kind = refusal.Kind, Message = refusal.Message };
}

/// <summary>Results whose value type is inferred: <c>return Result.Ok(row);</c>, <c>Result.Created($"badges/{row.Id}", row)</c>.</summary>
public static class Result
{
    public static Result<T> Ok<T>(T value) => Result<T>.Ok(value);

    public static Result<T> Created<T>(string location, T value) => Result<T>.Created(location, value);
}

/// <summary>Why not, before it is a <see cref="Result{T}"/> of some type: <c>return Refuse.Field("title", "请填写标题。");</c>.</summary>
public sealed record Refusal(ResultKind Kind, IReadOnlyDictionary<string, string[]> Errors, string? Message);

/// <summary>Refusals for a method returning <see cref="Result{T}"/>, without naming T.</summary>
public static class Refuse
{
    private static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>();

    public static Refusal Field(string field, string message) =>
        new(ResultKind.Refused, new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase) { [field] = [message] }, null);

    public static Refusal Fields(IReadOnlyDictionary<string, string[]> errors) => new(ResultKind.Refused, errors, null);

    public static Refusal Forbidden(string? message = null) =>
        new(ResultKind.Forbidden, NoErrors, message ?? Text.Of("无权进行此操作。", "This is not yours to do."));

    public static Refusal NotFound(string message) => new(ResultKind.NotFound, NoErrors, message);

    public static Refusal Conflict(string? message = null) =>
        new(ResultKind.Conflict, NoErrors, message ?? Text.Of("记录已被他人修改，请刷新后重试。", "The record was changed meanwhile; reload and retry."));

    /// <summary>Another result's refusal, carried up (<c>if (!saved.Succeeded) return Refuse.As(saved);</c>).</summary>
    public static Refusal As<T>(Result<T> result) =>
        result.Succeeded ? throw new InvalidOperationException("Only a refusal is carried up.") : new(result.Kind, result.Errors, result.Kind == ResultKind.Refused ? null : result.Message);
}

/// <summary>Results as the API answers them.</summary>
public static class ResultHttp
{
    /// <summary>
    /// 200 with the value (or <paramref name="ok"/>'s answer; 201 when created; a JSON <c>null</c> for "nothing", e.g. an
    /// item that does not apply to the caller); 400 with the fields; 403, 404 and 409 as problems with the message.
    /// </summary>
    public static IResult ToHttpResult<T>(this Result<T> result, Func<T, IResult>? ok = null) => result.Kind switch
    {
        ResultKind.Ok => ok is not null ? ok(result.Value!)
            : result.Location is { } location ? Results.Created(location, result.Value)
            : result.Value is null ? Results.Content("null", "application/json")
            : Results.Ok(result.Value),
        ResultKind.Refused => Results.ValidationProblem(result.Errors.ToDictionary(e => e.Key, e => e.Value)),
        _ => Results.Problem(statusCode: StatusOf(result.Kind), title: result.Message),
    };

    public static int StatusOf(ResultKind kind) => kind switch
    {
        ResultKind.Ok => StatusCodes.Status200OK,
        ResultKind.Refused => StatusCodes.Status400BadRequest,
        ResultKind.Forbidden => StatusCodes.Status403Forbidden,
        ResultKind.NotFound => StatusCodes.Status404NotFound,
        _ => StatusCodes.Status409Conflict,
    };
}
