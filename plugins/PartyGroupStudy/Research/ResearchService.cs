using Modular.Plugins.PartyGroupStudy.LeadingGroup;

namespace Modular.Plugins.PartyGroupStudy.Research;

/// <summary>A topic chosen (POST: the first; PUT: a change, with the version read); <paramref name="PersonId"/> when the office records it for a member.</summary>
public sealed record TopicInput(string? Topic, long? PersonId = null, int? Version = null);

/// <summary>A research report on the member's topic; handed in again after a return.</summary>
public sealed record ReportInput(string? Body, long? PersonId = null);

public sealed record ReviewInput(string? Comment);

public sealed record TopicView(long PersonId, string Member, string Topic, DateOnly ChosenOn, string? RecordedBy, int Version);

public sealed record ReportView(long Id, long PersonId, string Member, string? Topic, string Body, int Characters, TextReviewState State,
    string? ReviewComment, string? ReviewedBy, DateOnly? AcceptedOn, DateTimeOffset SubmittedAt);

/// <summary>A member's research: the topic, the report, where it stands against stage 1's end.</summary>
public sealed record MemberResearch(long PersonId, string Name, TopicView? Topic, ReportView? Report, string StageName, DateOnly? AcceptedOn, DueState State, string StateName);

public sealed record ResearchOverview(DateOnly Due, IReadOnlyList<MemberResearch> Members, bool MayRun, long? Me);

/// <summary>课题调研: each member fixes a topic and hands in a report on it; the office accepts it or returns it with a comment.</summary>
public sealed class ResearchService(PartyGroupStudyDbContext db, ICountedTexts texts, ResearchSteps steps, GroupOffice office, ICurrentUser user, PartyGroupStudyCampaign campaign)
{
    private static string OwnOnly => Text.Of("只能登记本人的课题和报告；代为登记须由领导小组办公室办理。", "Record your own topic and report; the office records them for a member.");
    public static string NoReport(long id) => Text.Of($"没有编号为 {id} 的调研报告。", $"There is no research report {id}.");
    public static string NoTopic(long personId) => Text.Of($"编号为 {personId} 的党组成员尚未确定课题。", $"Member {personId} has no topic yet.");

    /// <summary>Fixes a member's topic; a second for the same member is a conflict (change it with <see cref="ChangeTopicAsync"/>).</summary>
    public Task<Result<TopicView>> ChooseTopicAsync(TopicInput input, CancellationToken ct) => SaveTopicAsync(input.PersonId, input with { Version = null }, ct);

    /// <summary>Changes a member's topic read at <see cref="TopicInput.Version"/> (a stale one is 409).</summary>
    public Task<Result<TopicView>> ChangeTopicAsync(long personId, TopicInput input, CancellationToken ct) => SaveTopicAsync(personId, input with { Version = input.Version ?? -1 }, ct);

    private async Task<Result<TopicView>> SaveTopicAsync(long? personId, TopicInput input, CancellationToken ct)
    {
        var who = await office.HandInForAsync(personId, OwnOnly, ct);
        if (!who.Succeeded) return Refuse.As(who);
        var topic = Entered.Text(input.Topic);
        var errors = ResearchRule.TopicProblems(topic);
        if (errors.Count > 0) return Refuse.Fields(errors);
        var member = who.Value!;
        var found = await db.ResearchTopics.AsTracking().SingleOrDefaultAsync(t => t.PersonId == member.PersonId, ct);
        if (found is not null && input.Version is null)
            return Refuse.Conflict(Text.Of($"{member.Name}已确定课题“{found.Topic}”；如需更改，请修改课题。", $"{member.Name} has a topic already (“{found.Topic}”); change it instead."));
        if (input.Version is not null && found is null) return Refuse.NotFound(NoTopic(member.PersonId));
        var row = db.ResearchTopics.Edit(found, input.Version, () => new ResearchTopic { PersonId = member.PersonId });
        if (row is null) return Refuse.Conflict();
        (row.Topic, row.ChosenOn, row.RecordedBy, row.RecordedAt) = (topic!, found?.ChosenOn ?? campaign.Today, user.DisplayName, campaign.Now);
        if (!await db.TrySaveAsync(ct)) return Refuse.Conflict();
        var view = TopicOf(row, member.Name);
        return found is null ? Result.Created($"research/topics/{member.PersonId}", view) : Result.Ok(view);
    }

    /// <summary>Hands in the report on the member's topic (again after a return); an accepted one is final (the SDK refuses it).</summary>
    public async Task<Result<ReportView>> SubmitReportAsync(ReportInput input, CancellationToken ct)
    {
        var who = await office.HandInForAsync(input.PersonId, OwnOnly, ct);
        if (!who.Succeeded) return Refuse.As(who);
        var member = who.Value!;
        if (await db.ResearchTopics.SingleOrDefaultAsync(t => t.PersonId == member.PersonId, ct) is not { } topic)
            return Refuse.Field("topic", Text.Of("请先确定调研课题。", "Choose the research topic first."));
        if (Entered.Text(input.Body) is not { } body) return Refuse.Field("body", Text.Of("请填写调研报告正文。", "Write the report."));
        var rules = await campaign.RulesAsync(ct);
        var saved = await texts.SubmitAsync(new CountedTextInput(ResearchRule.Report, member.PersonId, ResearchRule.ReportDay(rules), body, rules.PeriodKey,
            Title: topic.Topic) { ReviewedOneByOne = true }, ct);
        if (!saved.Succeeded) return Refuse.As(saved);
        var view = ReportOf(saved.Value!, member.Name);
        return Result.Created($"research/reports/{view.Id}", view);
    }

    public Task<Result<ReportView>> AcceptAsync(long id, CancellationToken ct) => ReviewAsync(id, null, ct);

    public Task<Result<ReportView>> ReturnAsync(long id, ReviewInput input, CancellationToken ct) => ReviewAsync(id, Entered.Text(input.Comment) ?? "", ct);

    // The office accepts a report (comment null) or returns it with a comment.
    private async Task<Result<ReportView>> ReviewAsync(long id, string? comment, CancellationToken ct)
    {
        if (await FindReportAsync(id, ct) is not { } report) return Refuse.NotFound(NoReport(id));
        if (!await office.MayRunAsync(ct)) return Refuse.Forbidden(GroupOffice.OnlyOffice);
        var reviewed = comment is null ? await texts.AcceptAsync(id, ct) : await texts.ReturnAsync(id, comment, ct);
        if (!reviewed.Succeeded) return Refuse.As(reviewed);
        return Result.Ok(ReportOf(reviewed.Value!, (await office.ParticipantAsync(report.AuthorPersonId, ct))?.Name ?? $"#{report.AuthorPersonId}"));
    }

    public async Task<Result<ReportView>> FindAsync(long id, CancellationToken ct) =>
        await FindReportAsync(id, ct) is { } report
            ? Result.Ok(ReportOf(report, (await office.ParticipantAsync(report.AuthorPersonId, ct))?.Name ?? $"#{report.AuthorPersonId}"))
            : Refuse.NotFound(NoReport(id));

    private async Task<CountedTextInfo?> FindReportAsync(long id, CancellationToken ct) =>
        await texts.FindAsync(id, ct) is { } t && t.PluginId == ResearchRule.Report.PluginId && t.Kind == ResearchRule.Report.Kind
            && await office.MayReadParticipantAsync(t.AuthorPersonId, ct) ? t : null;

    /// <summary>Every member's topic and report (one's own for a member); 403 for anyone else.</summary>
    public async Task<Result<ResearchOverview>> OverviewAsync(CancellationToken ct)
    {
        if (!await office.MayReadGroupAsync(ct)) return Refuse.Forbidden(Text.Of("只有党组成员和领导小组办公室可以查看。", "Only the party group's members and the office may read this."));
        var rules = await campaign.RulesAsync(ct);
        var seeAll = await office.MaySeeAllAsync(ct);
        var me = (await office.MeAsync(ct))?.PersonId;
        var participants = (await office.ParticipantsAsync(ct)).Where(p => seeAll || p.PersonId == me).ToList();
        var topics = await db.ResearchTopics.ToDictionaryAsync(t => t.PersonId, ct);
        var reports = (await steps.ReportsAsync(rules, seeAll ? null : me ?? -1, ct)).ToDictionary(r => r.AuthorPersonId);
        var lines = participants.Select(p =>
        {
            var topic = topics.GetValueOrDefault(p.PersonId);
            var report = reports.GetValueOrDefault(p.PersonId);
            var acceptedOn = steps.AcceptedOn(report);
            var state = DueStates.Of(rules.Study.End, acceptedOn, campaign.Today);
            return new MemberResearch(p.PersonId, p.Name, topic is null ? null : TopicOf(topic, p.Name), report is null ? null : ReportOf(report, p.Name),
                ResearchRule.StageName(topic is not null, report?.State).ToString(), acceptedOn, state, state.Label());
        }).ToList();
        return Result.Ok(new ResearchOverview(rules.Study.End, lines, await office.MayRunAsync(ct), me));
    }

    private static TopicView TopicOf(ResearchTopic t, string member) => new(t.PersonId, member, t.Topic, t.ChosenOn, t.RecordedBy, t.Version);

    private ReportView ReportOf(CountedTextInfo t, string member) => new(t.Id, t.AuthorPersonId, member, t.Title, t.Body, t.CharacterCount, t.State,
        t.ReviewComment, t.ReviewedBy, steps.AcceptedOn(t), t.SubmittedAt);
}
