namespace Modular.Plugins.CountyFiveActivities.Activities;

/// <summary>
/// 五项活动之二 “岗位奉献”: organizations hold 业务练兵、劳动竞赛、科技创新; members get a post with a
/// duty (设岗定责) and pledge by it (依岗承诺, a post pledge in the pledges block).
/// </summary>
public static class DedicationFeature
{
    public static readonly BlockKind PostPledgeKind = new(CountyStartup.PluginId, "post-pledge");

    public sealed record RecordInput(long? OrganizationId, DedicationKind? Kind, string? Title, DateOnly? HeldOn, int? Participants, string? Note);
    public sealed record PostInput(long? PersonId, string? Post, string? Duty, string? Pledge);

    /// <summary>The drills, contests and innovations and the members' posts of the organizations the caller sees.</summary>
    public sealed record Listing(IReadOnlyList<DedicationRecord> Records, IReadOnlyList<MemberPost> Posts);

    public static void Register(IPluginBuilder plugin) => plugin.Services.AddScoped<DedicationService>();

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/dedication/records", async (RecordInput input, DedicationService service, CancellationToken ct) =>
            (await service.RecordAsync(input, ct)).ToHttpResult());

        api.MapPost("/dedication/posts", async (PostInput input, DedicationService service, CancellationToken ct) =>
            (await service.SetPostAsync(input, ct)).ToHttpResult());

        api.MapGet("/dedication", async (DedicationService service, CancellationToken ct) => Results.Ok(await service.VisibleAsync(ct)));
    }

    public static string KindName(DedicationKind kind) => kind switch
    {
        DedicationKind.SkillsDrill => "业务练兵",
        DedicationKind.LabourContest => "劳动竞赛",
        _ => "科技创新",
    };
}
