namespace Modular.Sdk.Core;

/// <summary>组织关系转接: a person moved from one organization of the jurisdiction to another (by the office, an officer or a roster import).</summary>
public sealed record PersonTransferred(long PersonId, long FromOrganizationId, long ToOrganizationId, DateOnly On);

/// <summary>A person left the party's active rolls: their standing became suspended (停止党籍) or expelled (开除党籍).</summary>
public sealed record PersonLeft(long PersonId, long OrganizationId, MemberStanding Standing);

/// <summary>An organization and its subtree were put under another parent (null: made a root).</summary>
public sealed record OrganizationMoved(long OrganizationId, long? FromParentId, long? ToParentId);

/// <summary>How a person stands, as far as a plugin needs to know: on the rolls or gone from them.</summary>
public enum MemberStanding { Suspended, Expelled }

/// <summary>
/// A plugin's listener for one integration event (<c>plugin.AddEventHandler&lt;PersonTransferred, MyHandler&gt;()</c>).
/// Called in the jurisdiction's scope after the change is committed, only where the plugin is switched on; a
/// handler that throws is logged and the others still run (the change itself stands).
/// </summary>
public interface IIntegrationEventHandler<in TEvent>
{
    Task HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken);
}

/// <summary>Where core modules announce what happened (the host hands each event to the plugins that listen).</summary>
public interface IIntegrationEvents
{
    Task PublishAsync<TEvent>(TEvent integrationEvent, CancellationToken cancellationToken = default) where TEvent : notnull;
}
