using Modular.Plugins.BannerThirdBatch.Common;
using Modular.Plugins.BannerThirdBatch.Units;

namespace Modular.Plugins.BannerThirdBatch.Publicity;

/// <summary>A report (POST) or its revision (PUT, with the version read) — back under review after a return.</summary>
public sealed record PublicityInput(long? UnitId, ReportKind? Kind, string? Title, long? PersonId, string? Story, DateOnly? Day, int? Version = null);
/// <summary>The office selects a report for publicity: the channel and the day.</summary>
public sealed record SelectInput(Channel? Channel, DateOnly? Day, int? Version);
/// <summary>The office returns a report with its reason.</summary>
public sealed record ReturnInput(string? Reason, int? Version);

public sealed record PublicityView(long Id, long UnitId, string Unit, string? Town, ReportKind Kind, string KindName, string Title, long? PersonId, string? Person, string Story,
    DateOnly ReportedOn, string? ReportedBy, PublicityState State, string StateName, Channel? Channel, string? ChannelName, DateOnly? PublishedOn,
    string? ReturnReason, string? DecidedBy, int Version);

/// <summary>
/// 三(三) 宣传好做法、好经验和先进典型: a unit (its officers, those above it, the office) reports a good practice, a typical
/// organization or a typical member with a title and the story; the banner office selects it for publicity (简报、广播、电视、
/// 网站, the day) or returns it with a reason; a returned report is revised and reported again.
/// </summary>
public sealed class PublicityService(BannerThirdBatchDbContext db, ThirdBatchUnits units, BannerThirdBatchCampaign campaign, ICurrentUser user, PersonPicks picks)
{
    public static string NoReport(long id) => Text.Of($"没有编号为 {id} 的宣传报送。", $"There is no publicity report {id}.");
    private static string OnlyOffice => Text.Of("只有旗领导小组办公室可以选用或退回。", "Only the banner office selects or returns a report.");

    public async Task<IReadOnlyList<PublicityView>> ListAsync(PublicityState? state, long? unitId, CancellationToken ct)
    {
        var seen = (await units.SeenAsync(ct)).ToDictionary(u => u.Id);
        var rows = await db.PublicityReports.Where(r => (state == null || r.State == state) && (unitId == null || r.UnitId == unitId))
            .OrderByDescending(r => r.ReportedOn).ThenByDescending(r => r.Id).ToListAsync(ct);
        return [.. rows.Where(r => seen.ContainsKey(r.UnitId)).Select(r => ViewOf(r, seen[r.UnitId]))];
    }

    /// <summary>Per unit the caller sees: reports selected for publicity of those it made (the office's figures).</summary>
    public async Task<IReadOnlyList<UnitFigure>> FiguresAsync(CancellationToken ct)
    {
        var all = (await ListAsync(null, null, ct)).ToLookup(r => r.UnitId);
        return [.. (await units.SeenAsync(ct)).Select(u => new UnitFigure(u.Id, u.Name, all[u.Id].Count(r => r.State == PublicityState.Selected), all[u.Id].Count()))];
    }

    public async Task<Result<PublicityView>> FindAsync(long id, CancellationToken ct) =>
        await ReadableAsync(id, false, ct) is { } found ? Result.Ok(ViewOf(found.Row, found.Unit)) : Refuse.NotFound(NoReport(id));

    private async Task<(PublicityReport Row, Unit Unit)?> ReadableAsync(long id, bool tracking, CancellationToken ct)
    {
        var query = tracking ? db.PublicityReports.AsTracking() : db.PublicityReports;
        return await query.SingleOrDefaultAsync(r => r.Id == id, ct) is { } row && await units.ReadableAsync(row.UnitId, ct) is { } unit ? (row, unit) : null;
    }

    /// <summary>A unit's report (id null) or its revision (read at its version); a selected report is final.</summary>
    public async Task<Result<PublicityView>> SaveAsync(long? id, PublicityInput input, CancellationToken ct)
    {
        var found = id is { } i ? await ReadableAsync(i, true, ct) : null;
        if (id is not null && found is null) return Refuse.NotFound(NoReport(id.Value));
        var unit = await units.ForWorkAsync(found?.Unit.Id ?? input.UnitId, "unitId", ct);
        if (!unit.Succeeded) return Refuse.As(unit);
        if (found?.Row.State == PublicityState.Selected) return Refuse.Conflict(Text.Of("已选用的报送不能再修改。", "A selected report cannot change."));
        var errors = new Dictionary<string, string[]>();
        var (title, story) = (Entered.Text(input.Title), Entered.Text(input.Story));
        PersonInfo? person = null;
        if (input.Kind is not { } kind || !Enum.IsDefined(kind)) errors["kind"] = [Text.Of("请选择报送类别。", "Choose what is reported.")];
        else if (!PublicityRule.NeedsPerson(kind)) { }
        else if (input.PersonId is not { } personId) errors["personId"] = [Text.Of("请从花名册中选择先进党员。", "Pick the member from the roster.")];
        else
        {
            var (picked, problem) = await picks.OfUnitAsync(personId, unit.Value!, ct);
            if (problem is not null) errors["personId"] = [problem];
            person = picked;
        }
        if (title is null) errors["title"] = [Text.Of("请填写标题。", "Give the title.")];
        else if (Limits.TooLong(title, Limits.Line) is { } longTitle) errors["title"] = [longTitle];
        if (story is null) errors["story"] = [Text.Of("请填写事迹或做法。", "Tell the story.")];
        else if (Limits.TooLong(story, Limits.Body) is { } longStory) errors["story"] = [longStory];
        var day = input.Day ?? campaign.Today;
        if (Limits.DateProblem(day) is { } dayProblem) errors["day"] = [dayProblem];
        else if (day > campaign.Today) errors["day"] = [Text.Of("报送日期不能晚于今天。", "The day cannot be in the future.")];
        if (errors.Count > 0) return Refuse.Fields(errors);
        var row = db.PublicityReports.Edit(found?.Row, id is null ? null : input.Version ?? -1, () => new PublicityReport());
        if (row is null) return Refuse.Conflict();
        (row.UnitId, row.Kind, row.Title, row.PersonId, row.Person, row.Story, row.ReportedOn, row.ReportedBy, row.RecordedAt) =
            (unit.Value!.Id, input.Kind!.Value, title!, person?.Id, person?.Name, story!, day, user.DisplayName, campaign.Now);
        (row.State, row.Channel, row.PublishedOn, row.DecidedBy) = (PublicityState.Reported, null, null, null);
        if (!await db.TrySaveAsync(ct)) return Refuse.Conflict();
        var view = ViewOf(row, unit.Value);
        return id is null ? Result.Created($"publicity/{row.Id}", view) : Result.Ok(view);
    }

    /// <summary>The office selects a report for publicity through a channel on a day.</summary>
    public Task<Result<PublicityView>> SelectAsync(long id, SelectInput input, CancellationToken ct) => DecideAsync(id, input.Version, row =>
    {
        var errors = new Dictionary<string, string[]>();
        if (input.Channel is not { } channel || !Enum.IsDefined(channel)) errors["channel"] = [Text.Of("请选择宣传渠道（简报、广播、电视、网站）。", "Choose the channel (briefing, radio, television, website).")];
        if (input.Day is not { } day) errors["day"] = [Text.Of("请填写宣传日期。", "Give the day.")];
        else if (Limits.DateProblem(day) is { } problem) errors["day"] = [problem];
        else if (day < row.ReportedOn) errors["day"] = [Text.Of("宣传日期不能早于报送日期。", "The day cannot be before the report.")];
        if (errors.Count > 0) return errors;
        (row.State, row.Channel, row.PublishedOn, row.ReturnReason) = (PublicityState.Selected, input.Channel, input.Day, null);
        return null;
    }, ct);

    /// <summary>The office returns a report with its reason; the unit revises it.</summary>
    public Task<Result<PublicityView>> ReturnAsync(long id, ReturnInput input, CancellationToken ct) => DecideAsync(id, input.Version, row =>
    {
        var reason = Entered.Text(input.Reason);
        if (reason is null) return new Dictionary<string, string[]> { ["reason"] = [Text.Of("请填写退回理由。", "Give the reason.")] };
        if (Limits.TooLong(reason, Limits.Note) is { } tooLong) return new Dictionary<string, string[]> { ["reason"] = [tooLong] };
        (row.State, row.Channel, row.PublishedOn, row.ReturnReason) = (PublicityState.Returned, null, null, reason);
        return null;
    }, ct);

    private async Task<Result<PublicityView>> DecideAsync(long id, int? version, Func<PublicityReport, Dictionary<string, string[]>?> decide, CancellationToken ct)
    {
        if (await ReadableAsync(id, true, ct) is not { } found) return Refuse.NotFound(NoReport(id));
        if (!units.IsOffice) return Refuse.Forbidden(OnlyOffice);
        if (found.Row.State != PublicityState.Reported) return Refuse.Conflict(Text.Of("该报送已处理。", "The report has been decided already."));
        var row = db.PublicityReports.Edit(found.Row, version ?? -1, () => new PublicityReport());
        if (row is null) return Refuse.Conflict();
        if (decide(row) is { } errors) return Refuse.Fields(errors);
        row.DecidedBy = user.DisplayName;
        if (!await db.TrySaveAsync(ct)) return Refuse.Conflict();
        return Result.Ok(ViewOf(row, found.Unit));
    }

    private static PublicityView ViewOf(PublicityReport r, Unit unit) => new(r.Id, r.UnitId, unit.Name, unit.Town, r.Kind, PublicityRule.KindName(r.Kind).ToString(), r.Title,
        r.PersonId, r.Person, r.Story, r.ReportedOn, r.ReportedBy, r.State, PublicityRule.StateName(r.State).ToString(), r.Channel,
        r.Channel is { } c ? PublicityRule.ChannelName(c).ToString() : null, r.PublishedOn, r.ReturnReason, r.DecidedBy, r.Version);
}
