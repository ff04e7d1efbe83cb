using Modular.Audit;
using Modular.Sdk;
using Modular.Sdk.Blocks;

namespace Modular.BuildingBlocks;

/// <summary>Who acts (the request's user name, or null for the system) and when.</summary>
internal sealed class BlocksActor(IAuditActor actor, TimeProvider clock)
{
    public string? Name => actor.Current.Name;
    public AuditUser User => actor.Current;
    public DateTimeOffset Now => clock.GetUtcNow();
}

internal static class BlockRefusals
{
    public static Result<T> With<T>(string field, string zh, string en) => Result<T>.Refused(field, Text.Of(zh, en));
    public static Result<T> NotFound<T>(string field = "id") => With<T>(field, "未找到该记录。", "No such record.");
}
