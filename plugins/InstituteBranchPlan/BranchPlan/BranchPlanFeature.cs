using System.Runtime.CompilerServices;
using Modular.Plugins.InstituteBranchPlan.Common;

namespace Modular.Plugins.InstituteBranchPlan.BranchPlan;

/// <summary>The branch's plan in its two parts, at the version read (0 for the first draft).</summary>
public sealed record BranchPlanInput(string? Goals, string? Requirements, int Version, string? Note = null)
{
    public IReadOnlyDictionary<string, string?> Parts => new Dictionary<string, string?> { ["goals"] = Goals, ["requirements"] = Requirements };
}

/// <summary>三(一)二 制定方案: each branch's implementation plan, drafted, revised and final by its day; an obligation of each branch.</summary>
public static class BranchPlanFeature
{
    public static void Register(IPluginBuilder plugin)
    {
        plugin.AddObligationProvider<BranchPlanObligations>();
        plugin.AddMenuEntry(new MenuEntry(new("支部实施方案", "Branch plan"), "/BranchPlan/Index", 5) { Group = InstituteBranchPlanStartup.Group });
    }

    /// <summary><c>/api/j/{jurisdiction}/institute-branch-plan/branch-plans/{branchId}</c>.</summary>
    public static void Map(IEndpointRouteBuilder api)
    {
        var plan = api.MapGroup("/branch-plans/{branchId:long}").WithTags("institute-branch-plan: branch plan");
        plan.MapGet("", async (long branchId, BranchDocuments documents, CancellationToken ct) => (await documents.ReadAsync(BranchPlanRule.Document, branchId, ct)).ToHttpResult())
            .WithSummary("The branch's implementation plan: its two parts, every version, its state against its day (its members and those above read it).");
        plan.MapPut("", async (long branchId, BranchPlanInput input, BranchDocuments documents, CancellationToken ct) =>
            (await documents.SaveAsync(BranchPlanRule.Document, branchId, input.Parts, input.Version, input.Note, ct)).ToHttpResult())
            .WithSummary("The first draft (version 0) or the next version, by the branch (its leading group); a stale version is 409.");
        plan.MapPost("/final", async (long branchId, int version, BranchDocuments documents, CancellationToken ct) =>
            (await documents.FinalizeAsync(BranchPlanRule.Document, branchId, version, ct)).ToHttpResult())
            .WithSummary("定稿: the version read (?version=) becomes the branch's plan.");
    }
}

/// <summary>By its day every branch owes its finalized plan, for the core's calendars, reminders and compliance.</summary>
public sealed class BranchPlanObligations(InstituteBranchPlanCampaign campaign, IOrganizationDirectory directory, IVersionedDocuments documents) : IObligationProvider
{
    public IReadOnlyList<ObligationType> Types { get; } = [BranchPlanRule.Obligation];

    public async Task<ObligationSpan?> SpanAsync(IJurisdiction jurisdiction, CancellationToken cancellationToken)
    {
        var due = (await campaign.RulesAsync(cancellationToken)).BranchPlanDue;
        return new ObligationSpan(due, due);
    }

    public async IAsyncEnumerable<ObligationDue> GetDueAsync(IJurisdiction jurisdiction, DateOnly from, DateOnly to, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var rules = await campaign.RulesAsync(cancellationToken);
        if (rules.BranchPlanDue < from || rules.BranchPlanDue > to) yield break;
        await foreach (var due in BranchDocuments.DuesAsync(BranchPlanRule.Document, rules, documents, directory, cancellationToken))
            yield return due;
    }
}
