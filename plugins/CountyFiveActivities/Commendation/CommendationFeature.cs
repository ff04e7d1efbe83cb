namespace Modular.Plugins.CountyFiveActivities.Commendation;

/// <summary>
/// “七一”前集中表彰 先进基层党组织、优秀共产党员、优秀党务工作者: nominated bottom-up, level by level
/// (自下而上、层层推荐: branch → committee → county) through the nominations block; each level endorses
/// it up or drops it with a reason; the county approves the list. Every step carries the day it was
/// taken (today unless back-dated), and no step is dated on or after the commendation day
/// (commendation.before: “七一前” = on or before 06-30).
/// </summary>
public static class CommendationFeature
{
    public static readonly BlockKind Kind = new(CountyStartup.PluginId, "commendation");

    public sealed record NominateInput(NominationCategory? Category, long? NomineeId, long? StartOrganizationId, string? Reason, DateOnly? NominatedOn = null);
    public sealed record StepInput(string? Reason, DateOnly? DecidedOn = null);

    /// <summary>A step of the way up, with the day it was taken (<see cref="NominationDay"/>) beside when it was recorded.</summary>
    public sealed record Step(int Sequence, long OrganizationId, NominationDecision Decision, string? Reason, string? Actor, DateOnly On, DateTimeOffset At);

    public sealed record Row(long Id, NominationCategory Category, string CategoryName, long NomineeId, string NomineeName,
        long StartOrganizationId, string StartOrganization, long CurrentOrganizationId, string CurrentLevel,
        NominationStatus Status, string StatusName, DateOnly NominatedOn, IReadOnlyList<Step> Steps);

    public static void Register(IPluginBuilder plugin)
    {
        plugin.Services.AddScoped<CommendationService>();
        plugin.AddLedger<CommendationService>("commendation", new("七一表彰推荐台账", "July 1 commendation"), async (s, q, ct) => Result.Ok(Ledger(await s.RowsAsync(null, ct))));
    }

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/commendation", async (NominateInput input, CommendationService service, CancellationToken ct) =>
            (await service.NominateAsync(input, ct)).ToHttpResult());

        api.MapPost("/commendation/{id:long}/endorse", async (long id, StepInput input, CommendationService service, CancellationToken ct) =>
            (await service.EndorseAsync(id, input, ct)).ToHttpResult());

        api.MapPost("/commendation/{id:long}/drop", async (long id, StepInput input, CommendationService service, CancellationToken ct) =>
            (await service.DropAsync(id, input, ct)).ToHttpResult());

        api.MapPost("/commendation/{id:long}/approve", async (long id, StepInput input, CommendationService service, CancellationToken ct) =>
            (await service.ApproveAsync(id, input, ct)).ToHttpResult());

        api.MapGet("/commendation", async (NominationStatus? status, CommendationService service, CancellationToken ct) =>
            Results.Ok(await service.RowsAsync(status, ct)));
    }

    /// <summary>七一表彰推荐台账: one row per nomination with its way up.</summary>
    public static LedgerDefinition Ledger(IReadOnlyList<Row> rows) => new("七一表彰推荐台账",
        [new("类别", Width: 16), new("推荐对象", Width: 20), new("推荐单位", Width: 24), new("推荐日期", LedgerColumnType.Date), new("当前层级", Width: 24), new("状态"), new("推荐过程", Width: 60)],
        [.. rows.Select(r => (IReadOnlyList<object?>)[r.CategoryName, r.NomineeName, r.StartOrganization, r.NominatedOn, r.CurrentLevel, r.StatusName,
            string.Join("；", r.Steps.Select(s => $"{s.On:yyyy-MM-dd} {DecisionName(s.Decision).ZhCn}{(s.Reason is null ? "" : "：" + s.Reason)}"))])]);

    public static string PeriodKey(CountyRules rules) => rules.CommendationBefore.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    // Names in both languages: the API and the ledgers (台账) use the Chinese, the pages the reader's language.
    public static LocalizedText CategoryName(NominationCategory c) => c switch
    {
        NominationCategory.AdvancedOrganization => new("先进基层党组织", "Advanced organization"),
        NominationCategory.ExcellentMember => new("优秀共产党员", "Excellent member"),
        NominationCategory.ExcellentPartyWorker => new("优秀党务工作者", "Excellent party worker"),
        _ => new("其他", "Other"),
    };

    public static LocalizedText StatusName(NominationStatus s) => s switch
    {
        NominationStatus.InProgress => new("推荐中", "In progress"),
        NominationStatus.Dropped => new("不予推荐", "Dropped"),
        _ => new("已审定", "Approved"),
    };

    public static LocalizedText DecisionName(NominationDecision d) => d switch
    {
        NominationDecision.Nominated => new("推荐", "Nominated"),
        NominationDecision.Endorsed => new("同意上报", "Endorsed"),
        NominationDecision.Dropped => new("不予推荐", "Dropped"),
        NominationDecision.Approved => new("审定", "Approved"),
        _ => new("上报", "Reported up"),
    };
}
