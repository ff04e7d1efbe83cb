using Modular.Plugins.PartyGroupStudy.LeadingGroup;
using Modular.Plugins.PartyGroupStudy.LifeMeeting;

namespace Modular.Plugins.PartyGroupStudy.PersonalReports;

/// <summary>A member's report in its five parts, at the version read (0 for the first draft); whose: the signed-in member unless the office names one.</summary>
public sealed record PersonalReportInput(long? PersonId, string? Essence, string? Situation, string? Practice, string? Expectations, string? Causes, int Version, string? Note = null)
{
    public IReadOnlyDictionary<string, string?> Parts => new Dictionary<string, string?>
    {
        ["essence"] = Essence, ["situation"] = Situation, ["practice"] = Practice, ["expectations"] = Expectations, ["causes"] = Causes,
    };
}

/// <summary>定稿 at the version read.</summary>
public sealed record FinalizeInput(long? PersonId, int Version);

public sealed record OpinionInput(long? PersonId, OpinionSource? Source, string? FromWhom, string? Text, DateOnly? ReceivedOn, int? Version = null);

public sealed record OpinionView(long Id, long PersonId, string Member, OpinionSource Source, string SourceName, string? FromWhom, string Text, DateOnly ReceivedOn,
    string? RecordedBy, int Version);

/// <summary>A member's report of the year: its parts, every version with its note, when it became final, the opinions on it and where the member stands.</summary>
public sealed record PersonalReportView(long PersonId, string Member, DocumentInfo? Document, IReadOnlyDictionary<string, string> Parts, IReadOnlyList<DocumentVersion> History,
    DateOnly? FinalOn, DueState State, IReadOnlyList<OpinionView> Opinions, DateOnly OpinionsDue)
{
    public int FromGrassroots => Opinions.Count(o => o.Source == OpinionSource.Grassroots);
    public int FromPublic => Opinions.Count(o => o.Source == OpinionSource.Public);
}

/// <summary>
/// 四(二)1–2: each member writes their analysis report (the SDK's versioned document, the member its owner: every version
/// kept, the member finalizes) and collects opinions on it from the grassroots and the public before the life meeting.
/// A member writes and reads their own; the office writes for anyone; inspectors read all.
/// </summary>
public sealed class PersonalReportService(IVersionedDocuments documents, PartyGroupStudyDbContext db, GroupOffice office, ICurrentUser user,
    PartyGroupStudyCampaign campaign, LifeMeetingService meeting)
{
    private static string OwnOnly => Text.Of("只能撰写本人的个人分析检查报告（办公室可代为登记）。", "Write your own report (the office may record one for a member).");
    public static string NoOpinion(long id) => Text.Of($"没有编号为 {id} 的意见。", $"There is no opinion {id}.");

    /// <summary>The first draft (version 0) or the next version; every part required; refused once final.</summary>
    public async Task<Result<PersonalReportView>> SaveAsync(PersonalReportInput input, CancellationToken ct)
    {
        var who = await office.HandInForAsync(input.PersonId, OwnOnly, ct);
        if (!who.Succeeded) return Refuse.As(who);
        var errors = DocumentParts.Problems(PersonalReportRule.Parts, input.Parts);
        if (Limits.TooLong(Entered.Text(input.Note), Limits.Note) is { } longNote) errors["note"] = [longNote];
        if (errors.Count > 0) return Refuse.Fields(errors);
        var member = who.Value!;
        var rules = await campaign.RulesAsync(ct);
        var body = DocumentParts.Compose(PersonalReportRule.Parts, input.Parts);
        var saved = await OfTheYearAsync(member.PersonId, rules, ct) is { } document
            ? await documents.ReviseAsync(document.Id, body, input.Version, Entered.Text(input.Note), ct)
            : input.Version != 0 ? Refuse.Conflict()
            : await documents.CreateAsync(new DocumentInput(PersonalReportRule.Kind, PersonalReportRule.Title(rules, member.Name), body, OwnerPersonId: member.PersonId), ct);
        if (!saved.Succeeded) return Refuse.As(saved);
        var view = await ViewAsync(member, rules, null, ct);
        return saved.Value!.Version == 1 ? Result.Created($"personal-reports/{member.PersonId}", view) : Result.Ok(view);
    }

    /// <summary>定稿: the member (or the office for them) makes the version read final; the step is met that day.</summary>
    public async Task<Result<PersonalReportView>> FinalizeAsync(FinalizeInput input, CancellationToken ct)
    {
        var who = await office.HandInForAsync(input.PersonId, OwnOnly, ct);
        if (!who.Succeeded) return Refuse.As(who);
        var rules = await campaign.RulesAsync(ct);
        if (await OfTheYearAsync(who.Value!.PersonId, rules, ct) is not { } document)
            return Refuse.Field("version", Text.Of("还没有报告草稿。", "There is no draft yet."));
        var final = await documents.FinalizeAsync(document.Id, input.Version, ct);
        return final.Succeeded ? Result.Ok(await ViewAsync(who.Value, rules, null, ct)) : Refuse.As(final);
    }

    /// <summary>One member's report (404 for whom the user may not read).</summary>
    public async Task<Result<PersonalReportView>> FindAsync(long personId, CancellationToken ct)
    {
        if (!await office.MayReadParticipantAsync(personId, ct) || await office.ParticipantAsync(personId, ct) is not { } member)
            return Refuse.NotFound(GroupOffice.NoParticipant(personId));
        return Result.Ok(await ViewAsync(member, await campaign.RulesAsync(ct), null, ct));
    }

    /// <summary>Every report the user may read: everyone's for the office and inspectors, one's own for a member.</summary>
    public async Task<IReadOnlyList<PersonalReportView>> ReportsAsync(CancellationToken ct)
    {
        var seeAll = await office.MaySeeAllAsync(ct);
        var me = (await office.MeAsync(ct))?.PersonId;
        var rules = await campaign.RulesAsync(ct);
        var opinions = await OpinionsAsync(null, ct);
        var views = new List<PersonalReportView>();
        foreach (var p in (await office.ParticipantsAsync(ct)).Where(p => seeAll || p.PersonId == me))
            views.Add(await ViewAsync(p, rules, opinions, ct));
        return views;
    }

    /// <summary>Records an opinion on a member's report (the member, or the office for them); correcting one needs the version read.</summary>
    public async Task<Result<OpinionView>> RecordOpinionAsync(long? id, OpinionInput input, CancellationToken ct)
    {
        var found = id is { } opinionId ? await db.ReportOpinions.AsTracking().SingleOrDefaultAsync(o => o.Id == opinionId, ct) : null;
        if (id is not null && (found is null || !await office.MayReadParticipantAsync(found.PersonId, ct))) return Refuse.NotFound(NoOpinion(id.Value));
        var who = await office.HandInForAsync(found?.PersonId ?? input.PersonId, Text.Of("只能登记对本人报告的意见（办公室可代为登记）。", "Record opinions on your own report (the office may for a member)."), ct);
        if (!who.Succeeded) return Refuse.As(who);
        var rules = await campaign.RulesAsync(ct);
        var text = Entered.Text(input.Text);
        var errors = PersonalReportRule.OpinionProblems(rules, input.Source, input.ReceivedOn, campaign.Today, text);
        if (Limits.TooLong(text, Limits.Body) is { } longText) errors["text"] = [longText];
        if (Limits.TooLong(Entered.Text(input.FromWhom), Limits.Line) is { } longFrom) errors["fromWhom"] = [longFrom];
        if (errors.Count > 0) return Refuse.Fields(errors);
        var row = db.ReportOpinions.Edit(found, id is null ? null : input.Version ?? -1, () => new ReportOpinion { PeriodKey = rules.PeriodKey });
        if (row is null) return Refuse.Conflict();
        (row.PersonId, row.Source, row.FromWhom, row.Text, row.ReceivedOn) = (who.Value!.PersonId, input.Source!.Value, Entered.Text(input.FromWhom), text!, input.ReceivedOn!.Value);
        (row.RecordedBy, row.RecordedAt) = (user.DisplayName, campaign.Now);
        if (!await db.TrySaveAsync(ct)) return Refuse.Conflict();
        var view = View(row, who.Value.Name);
        return id is null ? Result.Created($"personal-reports/opinions/{row.Id}", view) : Result.Ok(view);
    }

    private async Task<ILookup<long, OpinionView>> OpinionsAsync(long? personId, CancellationToken ct)
    {
        var rules = await campaign.RulesAsync(ct);
        var names = (await office.ParticipantsAsync(ct)).ToDictionary(p => p.PersonId, p => p.Name);
        var rows = await db.ReportOpinions.Where(o => o.PeriodKey == rules.PeriodKey && (personId == null || o.PersonId == personId))
            .OrderBy(o => o.ReceivedOn).ThenBy(o => o.Id).ToListAsync(ct);
        return rows.Select(o => View(o, names.GetValueOrDefault(o.PersonId, $"#{o.PersonId}"))).ToLookup(o => o.PersonId);
    }

    private async Task<PersonalReportView> ViewAsync(Participant member, PartyGroupRules rules, ILookup<long, OpinionView>? opinions, CancellationToken ct)
    {
        var document = await OfTheYearAsync(member.PersonId, rules, ct);
        var history = document is null ? [] : await documents.HistoryAsync(document.Id, ct);
        DateOnly? finalOn = document?.FinalizedAt is { } at ? campaign.LocalDay(at) : null;
        opinions ??= await OpinionsAsync(member.PersonId, ct);
        var meetingOn = (await meeting.MeetingAsync(ct))?.HeldOn;
        return new(member.PersonId, member.Name, document, DocumentParts.Parse(PersonalReportRule.Parts, document?.Body), history, finalOn,
            DueStates.Of(rules.Analysis.End, finalOn, campaign.Today), [.. opinions[member.PersonId]], PersonalReportRule.OpinionsDue(rules, meetingOn));
    }

    private async Task<DocumentInfo?> OfTheYearAsync(long personId, PartyGroupRules rules, CancellationToken ct) =>
        await OfTheYearAsync(documents, personId, rules, ct);

    /// <summary>The member's report of the campaign's year, if any (for the steps, which check no permission).</summary>
    public static async Task<DocumentInfo?> OfTheYearAsync(IVersionedDocuments documents, long personId, PartyGroupRules rules, CancellationToken ct) =>
        (await documents.ListAsync(PersonalReportRule.Kind, ownerPersonId: personId, cancellationToken: ct)).LastOrDefault(d => d.Title.StartsWith(rules.PeriodKey + " ", StringComparison.Ordinal));

    private static OpinionView View(ReportOpinion o, string member) => new(o.Id, o.PersonId, member, o.Source, PersonalReportRule.SourceName(o.Source).ToString(),
        o.FromWhom, o.Text, o.ReceivedOn, o.RecordedBy, o.Version);
}
