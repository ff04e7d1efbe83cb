using Modular.Plugins.BannerSixOnes.Common;

namespace Modular.Plugins.BannerSixOnes.Reports;

/// <param name="PersonId">The leading cadre; the caller's own roster person when null.</param>
public sealed record ReportInput(long? PersonId, string? Title, string? Topic, string? Body);

/// <summary>A report as lists and the ledger show it.</summary>
public sealed record ReportRow(
    long Id, long PersonId, string Name, long OrganizationId, string Organization, string Title, string Topic, int Characters,
    DateOnly SubmittedOn, DateOnly DueOn, bool Late, TextReviewState State, string Review, string? ReviewComment,
    long? NominationId, DateTimeOffset? ShortlistedAt, DateTimeOffset? ReportedAt)
{
    /// <summary>Meets the cadre's obligation: accepted by the office (a report only submitted does not).</summary>
    public bool Counts => State == TextReviewState.Accepted;
    public bool Shortlisted => NominationId is not null;
    public bool Reported => ReportedAt is not null;
    /// <summary>The league's appraisal (评比) once it made one, and whether it forwarded the report to the region.</summary>
    public ReportAppraisal? Appraisal { get; init; }
    /// <summary>The appraisals further up as the report was forwarded (the region's), each with the level that made it.</summary>
    public IReadOnlyList<(string Level, ReportAppraisal Appraisal)> AppraisalsAbove { get; init; } = [];
}

public sealed record ReportStepRow(string Action, string? Actor, DateTimeOffset At, string? Comment);

/// <summary>A report with its text and every step (the API's and the page's detail).</summary>
public sealed record ReportDetail(ReportRow Row, string Body, IReadOnlyList<ReportStepRow> Steps);

/// <summary>
/// 撰写一篇调研报告: every leading cadre submits one report (title, 专项 topic, body) per campaign year by
/// report.due. The banner office reviews it (accept, or return with a comment for a resubmission), shortlists
/// the best (择优: a ResearchReport nomination started and approved at the leading group's office) and reports
/// those up to the parent jurisdiction (the league), whose office sees them in INominations.ReportedToUsAsync.
/// Every step is kept in <c>report_steps</c>.
/// </summary>
public sealed class ResearchReports(
    ICountedTexts texts, INominations nominations, SixOnesDbContext db, IRoster roster, IOrganizationDirectory organizations,
    ICurrentUser user, SixOnesCampaign campaign, IObligationRecords obligations, IVersionedDocuments documents)
{
    public const string PluginId = "banner-six-ones";
    public static readonly BlockKind Kind = new(PluginId, "research-report");

    public static DateOnly PeriodDate(SixOnesRules rules) => new(rules.Year, 1, 1);

    /// <summary>Reviewing, 择优 and 上报 are the banner office's (旗创先争优活动办公室).</summary>
    public bool MayReview => user.IsJurisdictionAdmin;

    /// <summary>
    /// Submits (or replaces, until accepted) a leading cadre's report for the campaign year: the person named, else the
    /// caller's own roster entry; the caller writes for them (themselves, or whoever manages their organization).
    /// </summary>
    public async Task<Result<CountedTextInfo>> SubmitAsync(ReportInput input, CancellationToken ct)
    {
        var author = await user.AuthorAsync(input.PersonId,
            Text.Of("只能提交本人的调研报告（或由所在组织、旗创先争优办代为录入）。", "You can submit your own research report only (or those of people you manage)."), ct);
        return author.Succeeded ? await SubmitForAsync(author.Value, input, ct) : Refuse.As(author);
    }

    /// <summary><see cref="SubmitAsync"/>, answered with the report's row as the list shows it.</summary>
    public async Task<Result<ReportRow>> FileAsync(ReportInput input, CancellationToken ct)
    {
        var filed = await SubmitAsync(input, ct);
        if (!filed.Succeeded) return Refuse.As(filed);
        return Result.Ok((await RowsAsync(ct)).First(r => r.Id == filed.Value!.Id));
    }

    /// <summary>The report, its text and every step, for whoever may read the author's records.</summary>
    public async Task<Result<ReportDetail>> ReadAsync(long id, CancellationToken ct)
    {
        if (await FindAsync(id, ct) is not { } text) return NoSuchReport;
        if (!await user.MayReadPersonAsync(text.AuthorPersonId, ct)) return Refuse.Forbidden(Text.Of("无权查看他人的调研报告。", "You may not read this report."));
        var row = (await RowsAsync(ct)).First(r => r.Id == id);
        var steps = (await StepsAsync(id, ct)).ToList();
        if (row.Appraisal is { } a)
        {
            // The league's decision is its own record, read on the nomination: shown here as the report's next steps.
            steps.Add(new ReportStepRow("上级评比", a.Actor, a.At, ReportAppraisal.GradeText(a.Grade) + (a.Comment is null ? "" : "：" + a.Comment)));
            if (a.Forwarded) steps.Add(new ReportStepRow("转报上一级", a.Actor, a.At, "上级择优转报自治区参评"));
        }
        foreach (var (level, above) in row.AppraisalsAbove) // two levels up and beyond, as the report was forwarded
        {
            steps.Add(new ReportStepRow("上级评比", above.Actor, above.At, $"{level}：" + ReportAppraisal.GradeText(above.Grade) + (above.Comment is null ? "" : "：" + above.Comment)));
            if (above.Forwarded) steps.Add(new ReportStepRow("转报上一级", above.Actor, above.At, $"{level}择优转报上一级"));
        }
        return Result.Ok(new ReportDetail(row, text.Body, steps));
    }

    private async Task<Result<CountedTextInfo>> SubmitForAsync(long personId, ReportInput input, CancellationToken ct)
    {
        var rules = await campaign.RulesAsync(ct);
        var person = await roster.FindAsync(personId, ct);
        if (person is null) return Refused("personId", "名册中没有此人。", "No such person on the roster.");
        if (!person.IsLeadingCadre)
            return Refused("personId", $"{person.Name}不是领导干部：调研报告由各级领导干部撰写。", $"{person.Name} is not a leading cadre; research reports are for leading cadres.");
        var title = input.Title?.Trim() ?? "";
        if (title.Length == 0) return Refused("title", "请填写调研报告题目。", "Give the report's title.");
        var topic = input.Topic?.Trim() ?? "";
        if (topic.Length == 0) return Refused("topic", "请填写调研专项（选题方向）。", "Give the report's topic.");

        var before = (await texts.ListAsync(new CountedTextQuery(Kind) { AuthorPersonId = personId, From = PeriodDate(rules), To = PeriodDate(rules) }, ct)).FirstOrDefault();
        var result = await texts.SubmitAsync(new CountedTextInput(Kind, personId, PeriodDate(rules), input.Body ?? "", PeriodKey: rules.Year.ToString(),
            MinimumCharacters: rules.ReportMinChars, Title: title), ct);
        if (!result.Succeeded) return result;
        var text = result.Value!;

        var entry = await db.Entries.AsTracking().FirstOrDefaultAsync(e => e.TextId == text.Id, ct);
        if (entry is null) db.Entries.Add(new ReportEntry { TextId = text.Id, PersonId = personId, Topic = topic });
        else entry.Topic = topic;
        AddStep(text.Id, text.State == TextReviewState.Resubmitted && before?.State == TextReviewState.Returned ? "重新提交" : before is null ? "提交" : "修改", $"《{title}》{text.CharacterCount} 字");
        await db.SaveChangesAsync(ct);
        return result;
    }

    /// <summary>评审通过 (the office).</summary>
    public Task<Result<CountedTextInfo>> AcceptAsync(long id, string? comment, CancellationToken ct) => OfficeActsAsync(id, async text =>
    {
        var result = await texts.AcceptAsync(text.Id, ct);
        if (!result.Succeeded) return result;
        await StepAsync(text.Id, "评审通过", comment, ct);
        // The report meets the obligation when the office accepts it, on that day (a submitted report is still owed).
        var accepted = result.Value!;
        await obligations.RecordAsync(ResearchReportObligations.TypeKey, ObligedKind.Person, accepted.AuthorPersonId, (await campaign.RulesAsync(ct)).CampaignStart,
            FiledTexts.RecordRef(accepted), accepted.ReviewedAt ?? campaign.Now, ct);
        return result;
    }, ct);

    /// <summary>退回修改 (the office): the report is owed again.</summary>
    public Task<Result<CountedTextInfo>> ReturnAsync(long id, string? comment, CancellationToken ct) => OfficeActsAsync(id, async text =>
    {
        var result = await texts.ReturnAsync(text.Id, comment ?? "", ct);
        if (!result.Succeeded) return result;
        await StepAsync(text.Id, "退回修改", comment, ct);
        await obligations.ClearAsync(ResearchReportObligations.TypeKey, ObligedKind.Person, text.AuthorPersonId, (await campaign.RulesAsync(ct)).CampaignStart, ct);
        return result;
    }, ct);

    /// <inheritdoc cref="Shortlist"/>
    public Task<Result<NominationInfo>> ShortlistAsync(long id, string? reason, CancellationToken ct) => OfficeActsAsync(id, text => Shortlist(text, reason, ct), ct);

    /// <inheritdoc cref="ReportUp"/>
    public Task<Result<NominationInfo>> ReportUpAsync(long id, CancellationToken ct) => OfficeActsAsync(id, text => ReportUp(text, ct), ct);

    private async Task<Result<T>> OfficeActsAsync<T>(long id, Func<CountedTextInfo, Task<Result<T>>> act, CancellationToken ct)
    {
        if (await FindAsync(id, ct) is not { } text) return NoSuchReport;
        if (!MayReview) return Refuse.Forbidden(Text.Of("调研报告的评审、择优和上报由旗创先争优办负责。", "The banner office reviews, shortlists and reports research reports."));
        return await act(text);
    }

    private static Refusal NoSuchReport => Refuse.NotFound(Text.Of("未找到该调研报告。", "No such report."));

    /// <summary>择优: the accepted report becomes a ResearchReport nomination, started and approved at the leading group's office.</summary>
    private async Task<Result<NominationInfo>> Shortlist(CountedTextInfo text, string? reason, CancellationToken ct)
    {
        if (text.State != TextReviewState.Accepted)
            return Result<NominationInfo>.Refused("state", Text.Of("只有评审通过的调研报告才能择优。", "Only an accepted report can be shortlisted."));
        var entry = await db.Entries.AsTracking().FirstOrDefaultAsync(e => e.TextId == text.Id, ct);
        if (entry is null) return NoSuchReport;
        if (entry.NominationId is not null) return Result<NominationInfo>.Refused("state", Text.Of("该调研报告已择优。", "This report is already shortlisted."));
        if (string.IsNullOrWhiteSpace(reason)) return Result<NominationInfo>.Refused("reason", Text.Of("请填写择优理由。", "Say why the report is shortlisted."));
        var office = await OfficeOrganizationAsync(ct);
        if (office is null) return Result<NominationInfo>.Refused("organization", Text.Of("本辖区尚未建立组织，无法择优。", "The jurisdiction has no organizations."));

        var rules = await campaign.RulesAsync(ct);
        var person = await roster.FindAsync(text.AuthorPersonId, ct);
        var unit = person is null ? "" : (await organizations.FindAsync(person.OrganizationId, ct))?.Name ?? "";
        var nominee = $"《{text.Title}》（{person?.Name ?? $"#{text.AuthorPersonId}"}{(unit.Length > 0 ? "，" + unit : "")}）";
        var nominated = await nominations.NominateAsync(new NominationInput(Kind, NominationCategory.ResearchReport, rules.Year.ToString(),
            text.Id, nominee, $"调研专项：{entry.Topic}。{reason.Trim()}", office.Id), ct);
        if (!nominated.Succeeded) return nominated;
        var approved = await nominations.ApproveAsync(nominated.Value!.Id, reason.Trim(), ct);
        if (!approved.Succeeded) return approved;
        entry.NominationId = approved.Value!.Id;
        AddStep(text.Id, "择优", reason.Trim());
        await db.SaveChangesAsync(ct);
        return approved;
    }

    /// <summary>
    /// 上报: a shortlisted report goes to the parent jurisdiction (the league) for appraisal — the nomination (the channel of
    /// its appraisal) and, beside it, the report in full as a final document submitted to the parent, which the parent's
    /// office reads (<see cref="ReceivedReports"/>) and nothing else of the banner.
    /// </summary>
    private async Task<Result<NominationInfo>> ReportUp(CountedTextInfo text, CancellationToken ct)
    {
        var entry = await db.Entries.AsTracking().FirstOrDefaultAsync(e => e.TextId == text.Id, ct);
        if (entry?.NominationId is not { } nominationId)
            return Result<NominationInfo>.Refused("state", Text.Of("请先择优，再上报。", "Shortlist the report before reporting it up."));
        if (await nominations.FindAsync(nominationId, ct) is not { } nomination) return NoSuchReport;
        if (nomination.ReportedToJurisdictionId is not null)
            return Result<NominationInfo>.Refused("state", Text.Of("已经上报。", "Already reported."));
        var person = await roster.FindAsync(text.AuthorPersonId, ct);
        var unit = person is null ? "" : (await organizations.FindAsync(person.OrganizationId, ct))?.Name ?? "";
        var sent = await ReportUpward.SubmitAsync(documents, Kind, nomination.NomineeName,
            ReportUpward.Header(person?.Name, unit, entry.Topic, text.CharacterCount, nomination.Reason) + text.Body, ct);
        if (!sent.Succeeded) return Refuse.As(sent);
        var result = await nominations.ReportToParentAsync(nominationId, sent.Value!.Id, ct);
        if (!result.Succeeded) return result;
        entry.DocumentId = sent.Value!.Id;
        AddStep(text.Id, "上报", "报送上级创先争优活动领导小组参评（全文）");
        await db.SaveChangesAsync(ct);
        return result;
    }

    public async Task<CountedTextInfo?> FindAsync(long id, CancellationToken ct) =>
        await texts.FindAsync(id, ct) is { } t && t.PluginId == Kind.PluginId && t.Kind == Kind.Kind ? t : null;

    public async Task<IReadOnlyList<ReportStepRow>> StepsAsync(long textId, CancellationToken ct) =>
        await db.Steps.Where(s => s.TextId == textId).OrderBy(s => s.At).ThenBy(s => s.Id)
            .Select(s => new ReportStepRow(s.Action, s.Actor, s.At, s.Comment)).ToListAsync(ct);

    public async Task<IReadOnlyList<ReportRow>> RowsAsync(CancellationToken ct)
    {
        var rules = await campaign.RulesAsync(ct);
        var list = await texts.ListAsync(new CountedTextQuery(Kind) { From = PeriodDate(rules), To = PeriodDate(rules) }, ct);
        var ids = list.Select(t => t.Id).ToList();
        var entries = await db.Entries.Where(e => ids.Contains(e.TextId)).ToDictionaryAsync(e => e.TextId, ct);
        var chosen = (await nominations.ListAsync(null, PluginId, NominationStatus.Approved, ct)).Where(n => n.Kind == Kind.Kind).ToDictionary(n => n.Id);
        var people = (await roster.MembersAsync(new RosterQuery(), ct)).ToDictionary(p => p.Id);
        var orgNames = (await organizations.ListAsync(ct)).ToDictionary(o => o.Id, o => o.Name);
        var zone = campaign.Jurisdiction.TimeZone;
        return [.. list.Select(t =>
        {
            var person = people.GetValueOrDefault(t.AuthorPersonId);
            var entry = entries.GetValueOrDefault(t.Id);
            var nomination = entry?.NominationId is { } nid ? chosen.GetValueOrDefault(nid) : null;
            var submitted = LocalTimes.DayOf(t.SubmittedAt, zone);
            return new ReportRow(t.Id, t.AuthorPersonId, person?.Name ?? $"#{t.AuthorPersonId}", person?.OrganizationId ?? 0,
                person is null ? "" : orgNames.GetValueOrDefault(person.OrganizationId, ""), t.Title ?? "", entry?.Topic ?? "", t.CharacterCount,
                submitted, rules.ReportDue, submitted > rules.ReportDue, t.State, ReviewLabel(t.State), t.ReviewComment,
                nomination?.Id, nomination?.Steps.FirstOrDefault(s => s.Decision == NominationDecision.Approved)?.At, nomination?.ReportedAt)
            {
                Appraisal = ReportAppraisal.Of(nomination?.ParentDecision),
                AppraisalsAbove = [.. (nomination?.DecisionsAbove ?? []).Select(d => (d.JurisdictionName ?? $"#{d.JurisdictionId}", ReportAppraisal.Of(d)!))],
            };
        })];
    }

    public async Task<IReadOnlyList<ReportRow>> VisibleRowsAsync(CancellationToken ct) =>
        await user.OwnOrSeenAsync(await RowsAsync(ct), r => r.OrganizationId, r => r.PersonId, ct);

    /// <summary>调研报告台账: the reports the user reads, of the campaign year.</summary>
    public async Task<LedgerDefinition> LedgerAsync(CancellationToken ct) =>
        ResearchReportLedger.Build(await VisibleRowsAsync(ct), (await campaign.RulesAsync(ct)).Year);

    public static string ReviewLabel(TextReviewState state) => state switch
    {
        TextReviewState.Submitted => "待评审",
        TextReviewState.Resubmitted => "重新提交待评审",
        TextReviewState.Accepted => "评审通过",
        _ => "已退回修改",
    };

    /// <summary><see cref="ReviewLabel"/> in the user's language, for the pages (the ledger and the API keep the Chinese).</summary>
    public static string ReviewText(TextReviewState state) => state switch
    {
        TextReviewState.Submitted => Text.Of("待评审", "Awaiting review"),
        TextReviewState.Resubmitted => Text.Of("重新提交待评审", "Resubmitted, awaiting review"),
        TextReviewState.Accepted => Text.Of("评审通过", "Accepted"),
        _ => Text.Of("已退回修改", "Returned for changes"),
    };

    /// <summary>A step of the report's handling (stored in Chinese) in the user's language.</summary>
    public static string StepText(string action) => action switch
    {
        "提交" => Text.Of(action, "Submitted"), "修改" => Text.Of(action, "Changed"), "重新提交" => Text.Of(action, "Resubmitted"),
        "评审通过" => Text.Of(action, "Accepted"), "退回修改" => Text.Of(action, "Returned for changes"),
        "择优" => Text.Of(action, "Shortlisted"), "上报" => Text.Of(action, "Reported up"),
        "上级评比" => Text.Of(action, "Appraised above"), "转报上一级" => Text.Of(action, "Forwarded one level up"),
        _ => action,
    };

    /// <summary>Where 择优 happens: the leading group's office (领导小组办公室) nearest the root, else the root.</summary>
    private async Task<OrganizationInfo?> OfficeOrganizationAsync(CancellationToken ct)
    {
        var all = await organizations.ListAsync(ct);
        return all.Where(o => o.Kind == OrganizationKind.LeadingGroupOffice).OrderBy(o => o.Depth).ThenBy(o => o.Id).FirstOrDefault()
            ?? all.Where(o => o.ParentId is null).OrderBy(o => o.Id).FirstOrDefault();
    }

    private void AddStep(long textId, string action, string? comment) =>
        db.Steps.Add(new ReportStep { TextId = textId, Action = action, Actor = user.DisplayName, At = campaign.Now, Comment = Entered.Text(comment) });

    private async Task StepAsync(long textId, string action, string? comment, CancellationToken ct)
    {
        AddStep(textId, action, comment);
        await db.SaveChangesAsync(ct);
    }

    private static Result<CountedTextInfo> Refused(string field, string zh, string en) => Result<CountedTextInfo>.Refused(field, Text.Of(zh, en));
}
