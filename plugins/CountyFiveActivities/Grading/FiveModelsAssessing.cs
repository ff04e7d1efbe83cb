using Modular.Plugins.CountyFiveActivities.Common;
using Modular.Plugins.CountyFiveActivities.Standards;

namespace Modular.Plugins.CountyFiveActivities.Grading;

/// <summary>
/// The branch's assessment of a member on the five models for a round (in the document's order: 自觉学习, 执行政策,
/// 服务群众, 爱岗敬业, 遵纪守法); <paramref name="Version"/> the version read, when changing it.
/// </summary>
public sealed record FiveModelsInput(DateOnly? AssessedOn, bool Study, bool Policy, bool Serving, bool Dedication, bool Discipline, string? Note, int? Version);

/// <summary>A member's line in a round: who, where, the five models and whether all five are reached.</summary>
public sealed record FiveModelsRow(long PersonId, string Name, long OrganizationId, string OrganizationName, string SectorName, string? Round,
    DateOnly? AssessedOn, bool Study, bool Policy, bool Serving, bool Dedication, bool Discipline, bool FiveModels, string? AssessedBy, int? Version);

/// <summary>
/// 争当“五个模范”: the member's branch (whoever manages the member's organization) records per round which of the five
/// models the member reached; all five make a five-models member. For the API, the page and the demo.
/// </summary>
public sealed class FiveModelsAssessing(CountyDbContext db, ICurrentUser user, IRoster roster, IOrganizationDirectory directory, CountyCampaign campaign)
{
    public async Task<Result<FiveModelsAssessment>> AssessAsync(long personId, string? round, FiveModelsInput input, CancellationToken ct)
    {
        if (await roster.FindAsync(personId, ct) is not { } person) return Refuse.NotFound(References.NoPerson(personId));
        if (!await user.ManagesOrganizationAsync(person.OrganizationId, ct))
            return await user.MayReadPersonAsync(personId, ct) || await user.MaySeeOrganizationAsync(person.OrganizationId, ct)
                ? Refuse.Forbidden(Text.Of("党员“五个模范”由所在党组织评定。", "The member's own organization assesses the five models."))
                : Refuse.NotFound(References.NoPerson(personId));
        if (GradingRule.RoundOf(round) is not { } named)
            return Refuse.Field("round", Text.Of("请填写评定轮次（不超过20字），如“2011年下半年”。", "Give the round (at most 20 characters), e.g. “2011年下半年”."));
        var day = input.AssessedOn ?? campaign.Today;
        if (day > campaign.Today) return Refuse.Field("assessedOn", Text.Of("评定日期不能晚于今天。", "The day of the assessment cannot be after today."));
        var rules = await campaign.RulesAsync(ct);
        if (day < rules.Stages[0].Start)
            return Refuse.Field("assessedOn", Text.Of($"评定日期不能早于活动开始（{rules.Stages[0].Start:yyyy-MM-dd}）。", $"The day cannot be before the campaign began ({rules.Stages[0].Start:yyyy-MM-dd})."));
        var row = await db.FiveModelsAssessments.AsTracking().SingleOrDefaultAsync(a => a.PersonId == personId && a.Round == named, ct);
        row = db.FiveModelsAssessments.Edit(row, input.Version, () => new FiveModelsAssessment { PersonId = personId, Round = named });
        if (row is null) return Refuse.Conflict();
        row.OrganizationId = person.OrganizationId;
        (row.Study, row.Policy, row.Serving, row.Dedication, row.Discipline) = (input.Study, input.Policy, input.Serving, input.Dedication, input.Discipline);
        row.FiveModels = FiveModelsRule.IsFiveModels([input.Study, input.Policy, input.Serving, input.Dedication, input.Discipline]);
        row.Note = Entered.Text(input.Note);
        row.AssessedOn = day;
        row.AssessedBy = user.DisplayName;
        row.AssessedAt = campaign.Now;
        return await db.TrySaveAsync(ct) ? Result.Ok(row) : Refuse.Conflict();
    }

    /// <summary>
    /// A round's lines (the latest round when none is named): every member the caller may read, with their assessment or
    /// none yet; <paramref name="mine"/> only those whose organization the caller manages (the branch's form).
    /// </summary>
    public async Task<(string? Round, IReadOnlyList<string> Rounds, IReadOnlyList<FiveModelsRow> Rows)> RoundAsync(string? round, bool mine, CancellationToken ct)
    {
        var tree = await directory.TreeAsync(ct);
        var all = await db.FiveModelsAssessments.ToListAsync(ct);
        var rounds = all.GroupBy(a => a.Round).OrderBy(g => g.Min(a => a.AssessedOn)).ThenBy(g => g.Key).Select(g => g.Key).ToList();
        round = GradingRule.RoundOf(round) ?? rounds.LastOrDefault();
        var inRound = all.Where(a => a.Round == round).ToDictionary(a => a.PersonId);
        var managed = new Dictionary<long, bool>();
        var rows = new List<FiveModelsRow>();
        foreach (var m in await roster.MembersAsync(new RosterQuery(), ct))
        {
            if (mine)
            {
                if (!managed.TryGetValue(m.OrganizationId, out var manages)) managed[m.OrganizationId] = manages = await user.ManagesOrganizationAsync(m.OrganizationId, ct);
                if (!manages) continue;
            }
            else if (!await user.MayReadPersonAsync(m.Id, ct)) continue;
            var a = inRound.GetValueOrDefault(m.Id);
            rows.Add(new(m.Id, m.Name, m.OrganizationId, tree.Find(m.OrganizationId)?.Name ?? "", SectorGuidance.SectorName(tree.SectorOf(m.OrganizationId)), a?.Round,
                a?.AssessedOn, a?.Study ?? false, a?.Policy ?? false, a?.Serving ?? false, a?.Dedication ?? false, a?.Discipline ?? false, a?.FiveModels ?? false, a?.AssessedBy, a?.Version));
        }
        return (round, rounds, [.. rows.OrderBy(r => r.OrganizationName).ThenBy(r => r.Name)]);
    }
}
