using Microsoft.AspNetCore.Http;
using Modular.Sdk;

namespace Modular.Organizations.Api;

/// <summary>What the import endpoints share: the one uploaded file of a multipart request, and the answer to a refused file.</summary>
internal static class ImportUploads
{
    /// <summary>
    /// Multipart with one file (any field name), read by hand: no form binding, so scripts need no antiforgery token
    /// (a browser's cookie needs the header like every API write, <c>ApiAntiforgery</c>). Null and the problem when there is none.
    /// </summary>
    public static async Task<(IFormFile? File, IResult? Problem)> FileAsync(HttpRequest request, string what, CancellationToken ct)
    {
        if (!request.HasFormContentType)
            return (null, Results.Problem(detail: Text.Of($"请以 multipart/form-data 上传{what}。", $"Upload {what} as multipart/form-data."), statusCode: StatusCodes.Status400BadRequest));
        var form = await request.ReadFormAsync(ct);
        if (form.Files.FirstOrDefault() is not { } file)
            return (null, Results.Problem(detail: Text.Of("没有上传文件。", "No file was uploaded."), statusCode: StatusCodes.Status400BadRequest));
        return (file, null);
    }

    /// <summary>400 (or 413 beyond the limits) with the listed errors, their count and the warnings; at most <see cref="Limits.ListedErrors"/> listed.</summary>
    public static IResult Refused(ImportOutcome outcome) =>
        Results.Problem(title: ImportFiles.Title(outcome), detail: ImportFiles.Detail(outcome),
            statusCode: outcome.TooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest,
            extensions: new Dictionary<string, object?> { ["errors"] = outcome.Errors, ["errorCount"] = outcome.ErrorCount, ["warnings"] = outcome.Warnings });
}
