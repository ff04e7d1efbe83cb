namespace Modular.Jurisdictions;

/// <summary>Field → messages, as RFC 7807 validation problems and Razor model state both want them.</summary>
public sealed class ValidationErrors : Dictionary<string, string[]>
{
    public ValidationErrors() : base(StringComparer.OrdinalIgnoreCase) { }

    public ValidationErrors Add(string field, string message)
    {
        this[field] = TryGetValue(field, out var existing) ? [.. existing, message] : [message];
        return this;
    }

    public bool IsValid => Count == 0;
}

/// <summary>The outcome of an edit: done, refused with field errors, or overtaken by someone else's edit.</summary>
public sealed record EditResult(ValidationErrors Errors, bool Conflict = false)
{
    public static EditResult Ok { get; } = new(new ValidationErrors());
    public static EditResult Invalid(ValidationErrors errors) => new(errors);
    public static EditResult Invalid(string field, string message) => new(new ValidationErrors().Add(field, message));
    public static EditResult Concurrent { get; } = new(new ValidationErrors().Add("version", Modular.Sdk.Text.Of("他人已修改了此内容，请刷新后重试。", "Someone else changed this in the meantime; reload and try again.")), Conflict: true);
    public bool Succeeded => Errors.IsValid && !Conflict;
}
