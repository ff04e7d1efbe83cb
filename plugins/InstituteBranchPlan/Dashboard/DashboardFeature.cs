namespace Modular.Plugins.InstituteBranchPlan.Dashboard;

/// <summary>活动概览: every branch's figures at a glance, for the overview page and <c>GET …/dashboard</c>.</summary>
public static class DashboardFeature
{
    public static void Register(IPluginBuilder plugin) => plugin.Services.AddScoped<InstituteDashboard>();

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGroup("/dashboard").WithTags("institute-branch-plan: overview")
            .MapGet("", async (InstituteDashboard dashboard, CancellationToken ct) => Results.Ok(await dashboard.OfficeAsync(ct)))
            .WithSummary("Each branch the caller sees, as the overview shows it: plans handed in, late and missing; members with a suggestion and answers; " +
                         "study attendance and required readings covered; party-spirit education reached and analyses; the last opened evaluation round graded; " +
                         "year-end reports; members meeting the notes minimum.");
}
