using Microsoft.AspNetCore.Mvc.RazorPages;
using Modular.Modules;
using Modular.Sdk;

namespace Modular.Host.Pages.Office;

/// <summary>
/// The new jurisdiction's setup checklist: the steps the modules and the host register (<see cref="ISetupStep"/>), in
/// order, each with what is done, a link to its page and its templates. The host names none of them.
/// </summary>
public sealed class SetupModel(IEnumerable<ISetupStep> steps, IJurisdictionContext jurisdiction) : PageModel
{
    public sealed record StepView(int Number, ISetupStep Step, SetupProgress Progress);

    public IReadOnlyList<StepView> Steps { get; private set; } = [];
    public string Code => jurisdiction.Required.Code;
    public int Complete => Steps.Count(s => s.Progress.Complete);

    /// <summary>The first step not done yet: the one the page points at.</summary>
    public StepView? Next => Steps.FirstOrDefault(s => !s.Progress.Complete);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var views = new List<StepView>();
        // One after another: the steps share the request's scoped DbContexts.
        foreach (var step in steps.OrderBy(s => s.Order))
            views.Add(new StepView(views.Count + 1, step, await step.ProgressAsync(ct)));
        Steps = views;
    }
}
