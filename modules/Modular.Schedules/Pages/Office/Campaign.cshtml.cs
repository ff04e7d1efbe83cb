using Microsoft.AspNetCore.Mvc;
using Modular.Modules.Web;

namespace Modular.Schedules.Pages.Office;

/// <summary>One campaign instance: its stages (阶段), milestones and deadline rules, each editable here.</summary>
internal sealed class CampaignModel(CampaignService campaigns) : FormPageModel
{
    public CampaignDetail? Detail { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct) => await LoadAsync(id, ct);

    public async Task<IActionResult> OnPostStageAsync(long id, string? name, DateOnly? startsOn, DateOnly? endsOn, CancellationToken ct)
    {
        var (stage, errors) = await campaigns.AddStageAsync(id, new StageInput(name, startsOn, endsOn), ct);
        if (stage is null) ShowErrors(errors); else Notice = Modular.Sdk.Text.Of($"已添加阶段“{stage.Name}”。", $"Stage “{stage.Name}” added.");
        return await LoadAsync(id, ct);
    }

    public async Task<IActionResult> OnPostMilestoneAsync(long id, string? key, string? name, DateOnly? occurredOn, CancellationToken ct)
    {
        var result = await campaigns.SetMilestoneAsync(id, key ?? "", new MilestoneInput(name, occurredOn), ct);
        if (!result.Succeeded) ShowErrors(result.Errors); else Notice = Modular.Sdk.Text.Of("已保存事件日期，期限已重新计算。", "Event saved; deadlines recomputed.");
        return await LoadAsync(id, ct);
    }

    public async Task<IActionResult> OnPostDeadlineAsync(long id, string? typeKey, string? name, string? rule, string? assignees, long? subtreeRootId, CancellationToken ct)
    {
        var (deadline, errors) = await campaigns.AddDeadlineAsync(id, new DeadlineInput(typeKey, name, rule, assignees, subtreeRootId), ct);
        if (deadline is null) ShowErrors(errors); else Notice = Modular.Sdk.Text.Of($"已添加期限“{deadline.Name}”。", $"Deadline “{deadline.Name}” added.");
        return await LoadAsync(id, ct);
    }

    private async Task<IActionResult> LoadAsync(long id, CancellationToken ct)
    {
        Detail = await campaigns.GetAsync(id, ct);
        return Detail is null ? NotFound() : Page();
    }
}
