using Modular.Plugins.PartyGroupStudy.Common;
using Modular.Plugins.PartyGroupStudy.LeadingGroup;

namespace Modular.Plugins.PartyGroupStudy.Progress;

/// <summary>One step as the pages and the API show it.</summary>
public sealed record StepView(string TypeKey, int Stage, string Name, long? PersonId, DateOnly Due, DateOnly? DoneOn, DueState State, string StateName, string? Detail,
    FiveLead? Lead, string Page);

/// <summary>A member's stage: how many of its steps are done, what is missing (its day passed) and what is still open.</summary>
public sealed record StageLine(int Stage, string Name, int Done, int Total, DueState State, IReadOnlyList<string> Missing, IReadOnlyList<string> Open);

public sealed record MemberProgress(long PersonId, string Name, string Role, IReadOnlyList<StageLine> Stages, IReadOnlyList<StepView> Steps);

/// <summary>The office's view (各成员、各阶段的缺项): each member by stage, and the group's own steps.</summary>
public sealed record OfficeProgress(DateOnly Today, IReadOnlyList<MemberProgress> Members, IReadOnlyList<StepView> Group);

/// <summary>A member's own work: every step in order of its day, the next one due, what was missed.</summary>
public sealed record MyProgress(DateOnly Today, long PersonId, string Name, IReadOnlyList<StepView> Steps, StepView? Next, IReadOnlyList<StepView> Behind, IReadOnlyList<StepView> Group);

public sealed record LeadLine(FiveLead Lead, string Name, DueState State, string StateName, IReadOnlyList<string> Details);

/// <summary>三、“五带头”: where a member stands on each of the five.</summary>
public sealed record MemberLeads(long PersonId, string Name, string Role, IReadOnlyList<LeadLine> Leads);

/// <summary>The progress views, from the steps alone (<see cref="PlanProgress"/>), for the API, the pages and the ledger.</summary>
public sealed class ProgressService(PlanProgress progress)
{
    private static string NoAccess => Text.Of("只有党组成员和领导小组办公室可以查看活动进度。", "Only the party group's members and the office may read the progress.");

    public async Task<Result<OfficeProgress>> OfficeAsync(CancellationToken ct)
    {
        if (await progress.ReadAsync(ct) is not { } read) return Refuse.Forbidden(NoAccess);
        var members = read.Participants.Select(p =>
        {
            var steps = read.Steps.Where(s => s.PersonId == p.PersonId).Select(s => View(s, read.Today)).ToList();
            return new MemberProgress(p.PersonId, p.Name, LeadingGroupRule.RoleName(p.Role).ToString(),
                [.. new[] { 1, 2, 3 }.Select(stage => StageOf(stage, steps))], steps);
        }).ToList();
        return Result.Ok(new OfficeProgress(read.Today, members, [.. read.Steps.Where(s => s.PersonId is null).Select(s => View(s, read.Today))]));
    }

    /// <summary>The signed-in member's own steps; 403 for someone who does not take part.</summary>
    public async Task<Result<MyProgress>> MineAsync(long? me, CancellationToken ct)
    {
        if (me is null || await progress.ReadAsync(ct) is not { } read || read.Participants.FirstOrDefault(p => p.PersonId == me) is not { } self)
            return Refuse.Forbidden(Text.Of("您不是党组成员，没有本人的活动任务。", "You are not a member of the party group and owe nothing here."));
        var steps = read.Steps.Where(s => s.PersonId == me).Select(s => View(s, read.Today)).ToList();
        return Result.Ok(new MyProgress(read.Today, self.PersonId, self.Name, steps,
            steps.Where(s => !s.State.IsDone() && s.Due >= read.Today).MinBy(s => s.Due), [.. steps.Where(s => s.State == DueState.Missed)],
            [.. read.Steps.Where(s => s.PersonId is null).Select(s => View(s, read.Today))]));
    }

    public async Task<Result<IReadOnlyList<MemberLeads>>> FiveLeadsAsync(CancellationToken ct)
    {
        if (await progress.ReadAsync(ct) is not { } read) return Refuse.Forbidden(NoAccess);
        return Result.Ok<IReadOnlyList<MemberLeads>>([.. read.Participants.Select(p => new MemberLeads(p.PersonId, p.Name, LeadingGroupRule.RoleName(p.Role).ToString(),
            [.. Enum.GetValues<FiveLead>().Select(lead =>
            {
                var steps = read.Steps.Where(s => s.PersonId == p.PersonId && s.Lead == lead).ToList();
                var state = ProgressRule.Worst(steps.Select(s => s.StateOn(read.Today)));
                return new LeadLine(lead, ProgressRule.LeadName(lead).ToString(), state, state.Label(), [.. steps.Select(s => $"{s.Name}：{s.Detail ?? s.StateOn(read.Today).Label()}")]);
            })]))]);
    }

    private static StageLine StageOf(int stage, IReadOnlyList<StepView> steps)
    {
        var mine = steps.Where(s => s.Stage == stage).ToList();
        return new StageLine(stage, ProgressRule.StageName(stage).ToString(), mine.Count(s => s.State.IsDone()), mine.Count, ProgressRule.Worst(mine.Select(s => s.State)),
            [.. mine.Where(s => s.State == DueState.Missed).Select(s => s.Name)], [.. mine.Where(s => s.State == DueState.Pending).Select(s => s.Name)]);
    }

    public static StepView View(PlanStep s, DateOnly today)
    {
        var state = s.StateOn(today);
        return new StepView(s.TypeKey, s.Stage, s.Name.ToString(), s.PersonId, s.Due, s.DoneOn, state, state.Label(), s.Detail, s.Lead, s.Page);
    }
}
