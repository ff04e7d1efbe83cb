using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Modular.Sdk;

namespace Modular.Jurisdictions;

/// <summary>What a platform admin does to jurisdictions: create, rename, move, archive.</summary>
public sealed partial class JurisdictionAdmin(IDbContextFactory<JurisdictionsDbContext> contexts, JurisdictionDirectory directory, TimeProvider clock)
{
    public sealed record Input(string Code, string Name, int? ParentId, string? TimeZone, string? Language);

    public static readonly IReadOnlyList<string> Languages = ["zh-CN", "en"];

    [GeneratedRegex("^[a-z][a-z0-9-]{1,39}$")]
    private static partial Regex CodePattern();

    public async Task<(Jurisdiction? Created, ValidationErrors Errors)> CreateAsync(Input input, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var errors = await ValidateAsync(db, input, existingId: null, ct);
        if (!errors.IsValid) return (null, errors);
        var row = new Jurisdiction
        {
            Code = input.Code.Trim(), Name = input.Name.Trim(), ParentId = input.ParentId,
            TimeZone = string.IsNullOrWhiteSpace(input.TimeZone) ? Jurisdiction.DefaultTimeZone : input.TimeZone.Trim(),
            Language = string.IsNullOrWhiteSpace(input.Language) ? Jurisdiction.DefaultLanguage : input.Language.Trim(),
            CreatedAt = clock.GetUtcNow(),
        };
        db.Jurisdictions.Add(row);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.InnerException is Npgsql.PostgresException { SqlState: "23505" })
        {
            return (null, new ValidationErrors().Add("code", Text.Of($"代码“{input.Code}”已被使用。", $"Code \"{input.Code}\" is already used.")));
        }
        directory.Invalidate();
        return (row, errors);
    }

    /// <summary>Changes name, parent, time zone and language. The code is fixed: it is in every bookmarked URL.</summary>
    public async Task<EditResult> UpdateAsync(int id, Input input, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var row = await db.Jurisdictions.SingleOrDefaultAsync(j => j.Id == id, ct);
        if (row is null) return EditResult.Invalid("id", Text.Of($"没有编号为 {id} 的辖区。", $"No jurisdiction {id}."));
        var errors = await ValidateAsync(db, input with { Code = row.Code }, existingId: id, ct);
        if (!errors.IsValid) return EditResult.Invalid(errors);
        row.Name = input.Name.Trim();
        row.ParentId = input.ParentId;
        if (!string.IsNullOrWhiteSpace(input.TimeZone)) row.TimeZone = input.TimeZone.Trim();
        if (!string.IsNullOrWhiteSpace(input.Language)) row.Language = input.Language.Trim();
        await db.SaveChangesAsync(ct);
        directory.Invalidate(id);
        return EditResult.Ok;
    }

    /// <summary>Archiving hides a jurisdiction (its URLs answer 404) and keeps every row of its data.</summary>
    public async Task<bool> SetArchivedAsync(int id, bool archived, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var row = await db.Jurisdictions.SingleOrDefaultAsync(j => j.Id == id, ct);
        if (row is null) return false;
        row.ArchivedAt = archived ? row.ArchivedAt ?? clock.GetUtcNow() : null;
        await db.SaveChangesAsync(ct);
        directory.Invalidate(id);
        return true;
    }

    private static async Task<ValidationErrors> ValidateAsync(JurisdictionsDbContext db, Input input, int? existingId, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        if (existingId is null && !CodePattern().IsMatch(input.Code?.Trim() ?? ""))
            errors.Add("code", Text.Of($"代码“{input.Code}”须为 2–40 位小写字母、数字或连字符，以字母开头（用于网址）。", $"Code \"{input.Code}\" must be 2–40 lower-case letters, digits or dashes, starting with a letter (it appears in URLs)."));
        else if (existingId is null && await db.Jurisdictions.AnyAsync(j => j.Code == input.Code!.Trim(), ct))
            errors.Add("code", Text.Of($"代码“{input.Code}”已被使用。", $"Code \"{input.Code}\" is already used."));
        if (string.IsNullOrWhiteSpace(input.Name)) errors.Add("name", Text.Of("名称不能为空。", "Name is required."));
        else if (input.Name.Trim().Length > 100) errors.Add("name", Text.Of("名称超过 100 个字符。", "Name is longer than 100 characters."));
        if (!string.IsNullOrWhiteSpace(input.TimeZone) && !TimeZoneInfo.TryFindSystemTimeZoneById(input.TimeZone.Trim(), out _))
            errors.Add("timeZone", Text.Of($"“{input.TimeZone}”不是有效的时区（如 Asia/Shanghai）。", $"\"{input.TimeZone}\" is not a known time zone (e.g. Asia/Shanghai)."));
        if (!string.IsNullOrWhiteSpace(input.Language) && !Languages.Contains(input.Language.Trim()))
            errors.Add("language", Text.Of($"不支持语言“{input.Language}”（可选 {string.Join("、", Languages)}）。", $"\"{input.Language}\" is not a supported language ({string.Join(", ", Languages)})."));
        if (input.ParentId is { } parentId)
        {
            if (!await db.Jurisdictions.AnyAsync(j => j.Id == parentId, ct))
                errors.Add("parentId", Text.Of($"上级辖区 {parentId} 不存在。", $"No jurisdiction {parentId} to be the parent."));
            else if (existingId is { } self && await IsSelfOrDescendantAsync(db, parentId, self, ct))
                errors.Add("parentId", Text.Of("辖区不能以自身或其下级为上级。", "A jurisdiction cannot report to itself or to one of its own subordinates."));
        }
        return errors;
    }

    private static async Task<bool> IsSelfOrDescendantAsync(JurisdictionsDbContext db, int candidate, int self, CancellationToken ct)
    {
        var parents = await db.Jurisdictions.AsNoTracking().ToDictionaryAsync(j => j.Id, j => j.ParentId, ct);
        for (int? at = candidate; at is { } id; at = parents.GetValueOrDefault(id))
            if (id == self) return true;
        return false;
    }
}
