namespace Modular.Sdk.Data;

/// <summary>
/// Keeps a property's value out of the audit log (a token, a secret answer, a one-time code). The
/// log still shows that the column changed, with <c>***</c> in place of the value.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class AuditIgnoreAttribute : Attribute;
