namespace Modular.Plugins.BannerSixOnes.Discussion;

/// <summary>三、1 大讨论: services, menu and <c>/discussions</c>.</summary>
public static class DiscussionFeature
{
    public static void Register(IPluginBuilder plugin)
    {
        plugin.Services.AddScoped<BigDiscussion>();
        plugin.AddMenuEntry(new MenuEntry(new("大讨论", "The discussion"), "/Discussion/Index", 76) { Group = SixOnesStartup.Group });
    }

    /// <summary><c>/api/j/{code}/banner-six-ones/discussions</c>.</summary>
    public static void Map(IEndpointRouteBuilder api)
    {
        var d = api.MapGroup("/discussions");
        d.MapGet("", async (BigDiscussion s, CancellationToken ct) => Results.Ok(await s.ListAsync(ct))).WithSummary("The discussion topics, newest first.");
        d.MapPost("", async (TopicInput input, BigDiscussion s, CancellationToken ct) => (await s.OpenAsync(input, ct)).ToHttpResult())
            .WithSummary("The office opens a topic (topic, heldOn).");
        d.MapGet("/{id:long}", async (long id, BigDiscussion s, CancellationToken ct) => (await s.ViewAsync(id, ct)).ToHttpResult())
            .WithSummary("The topic, the contributions the caller sees, one's own, and participation per organization the caller sees.");
        d.MapPost("/{id:long}/contributions", async (long id, ContributionInput input, BigDiscussion s, CancellationToken ct) => (await s.ContributeAsync(id, input, ct)).ToHttpResult())
            .WithSummary("A member's contribution (again replaces it while open); the office records one for a member with personId.");
        d.MapPost("/{id:long}/close", async (long id, BigDiscussion s, CancellationToken ct) => (await s.CloseAsync(id, ct)).ToHttpResult())
            .WithSummary("The office closes the topic: contributions are final.");
    }
}
