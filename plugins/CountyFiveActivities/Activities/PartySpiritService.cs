using Modular.Sdk;
using Microsoft.EntityFrameworkCore;
using Modular.Plugins.CountyFiveActivities.Common;
using Modular.Plugins.CountyFiveActivities.Data;
using Modular.Sdk.Blocks;
using Modular.Sdk.Core;

namespace Modular.Plugins.CountyFiveActivities.Activities;

/// <summary>A party committee's 党性教育周 as set.</summary>
public sealed record PartySpiritWeekSet(long OrganizationId, DateOnly StartsOn, DateOnly EndsOn, int Version);

/// <summary>A member's 党性分析 report as filed: its characters, the day it came and whether after the deadline.</summary>
public sealed record PartySpiritReportSubmitted(long Id, long PersonId, int CharacterCount, DateOnly SubmittedOn, bool Late);

/// <summary>党性教育's acts: an organization's concentrated week, members' reports, the public's evaluation. For the API and the demo.</summary>
public sealed class PartySpiritService(CountyDbContext db, ICountedTexts texts, IEvaluations evaluations, IRoster roster, CountyAccess access, CountyTree tree, CountyCampaign campaign)
{
    /// <summary>集中一周时间: at most partySpirit.weekDays days, ending before 七一 (on or before 06-30).</summary>
    public async Task<Result<PartySpiritWeekSet>> SetWeekAsync(long organizationId, PartySpiritFeature.WeekInput input, CancellationToken ct)
    {
        if (await tree.FindAsync(organizationId, ct) is not { } org || !CountyTree.IsPartyOrganization(org)) return Refuse.NotFound("未找到该" + "党组织" + "。");
        if (!await access.ManagesAsync(organizationId, ct)) return Refuse.Forbidden();
        if (input.StartsOn is not { } starts) return Refuse.Field("startsOn", "请填写集中学习开始日期。");
        if (input.EndsOn is not { } ends) return Refuse.Field("endsOn", "请填写集中学习结束日期。");
        var rules = await campaign.RulesAsync(ct);
        if (ends < starts) return Refuse.Field("endsOn", "结束日期不能早于开始日期。");
        if (ends.DayNumber - starts.DayNumber + 1 > rules.PartySpiritWeekDays)
            return Refuse.Field("endsOn", $"集中时间为一周，不超过 {rules.PartySpiritWeekDays} 天。");
        if (!rules.BeforePartySpiritDeadline(ends))
            return Refuse.Field("endsOn", $"党性分析须在“七一”前（{rules.PartySpiritLastDay:yyyy年M月d日}前，含当日）集中完成。");
        var row = await db.PartySpiritWeeks.AsTracking().SingleOrDefaultAsync(w => w.OrganizationId == organizationId, ct);
        if (row is null)
        {
            if (input.Version is not null) return Refuse.Conflict();
            db.PartySpiritWeeks.Add(row = new PartySpiritWeek { OrganizationId = organizationId, Version = 1 });
        }
        else
        {
            if (input.Version != row.Version) return Refuse.Conflict();
            row.Version++;
        }
        row.StartsOn = starts;
        row.EndsOn = ends;
        row.Note = CountyApi.Required(input.Note);
        return await CountyApi.SaveAsync(db, ct) is null ? Result.Ok(new PartySpiritWeekSet(row.OrganizationId, row.StartsOn, row.EndsOn, row.Version)) : Refuse.Conflict();
    }

    /// <summary>A member's report (the caller's own unless a person is named): one a year; after 七一 it is accepted and flagged late.</summary>
    public async Task<Result<PartySpiritReportSubmitted>> SubmitReportAsync(PartySpiritFeature.ReportInput input, CancellationToken ct)
    {
        var personId = input.PersonId ?? await access.User.PersonIdAsync(ct);
        if (personId is not { } id) return Refuse.Field("personId", "请指明撰写报告的党员（本账号未关联党员）。");
        if (await roster.FindAsync(id, ct) is null) return Refuse.Field("personId", References.NoPerson(id));
        if (!await access.MayActForAsync(id, ct)) return Refuse.Forbidden("只能为本人或所管理组织的党员提交报告。");
        if (CountyApi.Required(input.Body) is not { } body) return Refuse.Field("body", "请填写党性分析报告内容。");
        var rules = await campaign.RulesAsync(ct);
        var result = await texts.SubmitAsync(new CountedTextInput(PartySpiritFeature.ReportKind, id, rules.PartySpiritBefore, body,
            PeriodKey: PartySpiritFeature.ReportPeriod(rules), MinimumCharacters: rules.PartySpiritReportMinChars > 0 ? rules.PartySpiritReportMinChars : null, Title: "党性分析报告"), ct);
        if (!result.Succeeded) return Refuse.As(result);
        var submittedOn = campaign.LocalDay(result.Value!.SubmittedAt);
        return Result.Ok(new PartySpiritReportSubmitted(result.Value.Id, id, result.Value.CharacterCount, submittedOn, !rules.BeforePartySpiritDeadline(submittedOn)));
    }

    /// <summary>群众评议 is organized by the county office: it opens the year's anonymous round once.</summary>
    public async Task<Result<EvaluationRoundInfo>> OpenEvaluationAsync(CancellationToken ct) =>
        access.IsOffice ? await RoundAsync(create: true, ct) : Refuse.Forbidden("群众评议由县创先争优活动领导小组办公室组织。");

    /// <summary>Anyone on the roster (the caller's linked person) grades a member other than themselves, once.</summary>
    public async Task<Result<bool>> EvaluateAsync(PartySpiritFeature.EvaluationInput input, CancellationToken ct)
    {
        if (input.PersonId is not { } subject || await roster.FindAsync(subject, ct) is null) return Refuse.Field("personId", "请选择被评议的党员。");
        if (await access.User.PersonIdAsync(ct) is not { } respondent) return Refuse.Field("respondent", "本账号未关联人员，不能参加评议。");
        if (respondent == subject) return Refuse.Field("personId", "不能评议自己。");
        if (input.Grade is null || Scale.FourGrades.Options.All(o => o.Key != input.Grade)) return Refuse.Field("grade", "请选择评议等次：优秀、合格、基本合格或不合格。");
        var round = await RoundAsync(create: false, ct);
        if (!round.Succeeded) return Refuse.As(round);
        var answered = await evaluations.RespondAsync(new(round.Value!.Id, PartySpiritFeature.Subject(subject), respondent,
            new Dictionary<string, string> { [PartySpiritFeature.EvaluationQuestion] = input.Grade }), ct);
        return answered.Succeeded ? Result.Ok(true) : Refuse.As(answered);
    }

    /// <summary>The round's tallies of the members the caller may read (their own; their subtree's; all for the office and auditors); none before the round is opened.</summary>
    public async Task<IReadOnlyList<SubjectResult>> EvaluationResultsAsync(CancellationToken ct)
    {
        var round = await RoundAsync(create: false, ct);
        if (!round.Succeeded) return [];
        var readable = new List<SubjectResult>();
        foreach (var result in await evaluations.ResultsAsync(round.Value!.Id, ct))
            if (PartySpiritFeature.PersonOf(result.SubjectKey) is { } person && await access.User.MayReadPersonAsync(person, ct)) readable.Add(result);
        return readable;
    }

    private async Task<Result<EvaluationRoundInfo>> RoundAsync(bool create, CancellationToken ct)
    {
        var rules = await campaign.RulesAsync(ct);
        var key = PartySpiritFeature.ReportPeriod(rules);
        var existing = (await evaluations.ListRoundsAsync(PartySpiritFeature.EvaluationKind, ct)).FirstOrDefault(r => r.RoundKey == key);
        if (existing is not null) return Result<EvaluationRoundInfo>.Ok(existing);
        if (!create) return Result<EvaluationRoundInfo>.Refused("round", "群众评议尚未开始。");
        return await evaluations.CreateRoundAsync(new EvaluationRoundInput(PartySpiritFeature.EvaluationKind, key, new($"{key}年群众评议党员", $"{key} public evaluation of members"),
            [new EvaluationQuestion(PartySpiritFeature.EvaluationQuestion, new("对该党员的总体评价", "Overall"), Scale.FourGrades)],
            Anonymous: true, Closes: rules.PartySpiritLastDay), ct);
    }
}
