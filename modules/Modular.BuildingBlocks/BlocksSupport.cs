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

/// <summary>The message of a record that is not there (or is another jurisdiction's): the API answers it with 404.</summary>
internal static class BlockMessages
{
    public static string NoSuchRecord => Text.Of("未找到该记录。", "No such record.");
}
