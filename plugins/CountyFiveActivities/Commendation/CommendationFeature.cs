using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Modular.Plugins.CountyFiveActivities.Common;
using Modular.Sdk;
using Modular.Sdk.Blocks;
using Modular.Sdk.Core;

namespace Modular.Plugins.CountyFiveActivities.Commendation;

/// <summary>
/// “七一”前集中表彰 先进基层党组织、优秀共产党员、优秀党务工作者: nominated bottom-up, level by level
/// (自下而上、层层推荐: branch → committee → county) through the nominations block; each level endorses
/// it up or drops it with a reason; the county approves the list. Nothing moves on or after the
/// commendation day (commendation.before).
/// </summary>
public static class CommendationFeature
{
    public static readonly BlockKind Kind = new(CountyStartup.PluginId, "commendation");

    public sealed record NominateInput(NominationCategory? Category, long? NomineeId, long? StartOrganizationId, string? Reason);
    public sealed record StepInput(string? Reason);

    public sealed record Row(long Id, NominationCategory Category, string CategoryName, string NomineeName, string StartOrganization, string CurrentLevel,
        NominationStatus Status, string StatusName, IReadOnlyList<NominationStepInfo> Steps);

    public static void Register(IPluginBuilder plugin) { }

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/commendation", async (NominateInput input, INominations nominations, IRoster roster, CountyTree tree, CountyAccess access, CountyCampaign campaign, CancellationToken ct) =>
        {
            if (await DeadlinePassedAsync(campaign, ct) is { } closed) return closed;
            if (input.Category is not ({ } category and (NominationCategory.AdvancedOrganization or NominationCategory.ExcellentMember or NominationCategory.ExcellentPartyWorker)))
                return CountyApi.Refused("category", "请选择表彰类别：先进基层党组织、优秀共产党员或优秀党务工作者。");
            if (input.StartOrganizationId is not { } start || await tree.FindAsync(start, ct) is null) return CountyApi.Refused("startOrganizationId", "请选择推荐单位。");
            if (!await access.ManagesAsync(start, ct)) return CountyApi.Forbidden("只能由本组织或上级推荐。");
            if (CountyApi.Required(input.Reason) is not { } reason) return CountyApi.Refused("reason", "请填写推荐理由（主要事迹）。");
            if (input.NomineeId is not { } nomineeId) return CountyApi.Refused("nomineeId", "请选择推荐对象。");
            var subtree = (await tree.SubtreeAsync(start, ct)).Select(o => o.Id).ToHashSet();
            string name;
            if (category == NominationCategory.AdvancedOrganization)
            {
                if (!subtree.Contains(nomineeId)) return CountyApi.Refused("nomineeId", "推荐的党组织须是推荐单位本身或其下级。");
                name = (await tree.FindAsync(nomineeId, ct))!.Name;
            }
            else
            {
                if (await roster.FindAsync(nomineeId, ct) is not { } person || !subtree.Contains(person.OrganizationId))
                    return CountyApi.Refused("nomineeId", "推荐的党员须属于推荐单位。");
                name = person.Name;
            }
            var rules = await campaign.RulesAsync(ct);
            var duplicate = (await nominations.ListAsync(pluginId: CountyStartup.PluginId, cancellationToken: ct))
                .Any(n => n.Kind == Kind.Kind && n.Category == category && n.NomineeId == nomineeId && n.PeriodKey == PeriodKey(rules) && n.Status != NominationStatus.Dropped);
            if (duplicate) return CountyApi.Refused("nomineeId", "该对象已在本类别推荐中。");
            return CountyApi.From(await nominations.NominateAsync(new NominationInput(Kind, category, PeriodKey(rules), nomineeId, name, reason, start), ct));
        });

        api.MapPost("/commendation/{id:long}/endorse", (long id, StepInput input, INominations nominations, CountyAccess access, CountyCampaign campaign, CancellationToken ct) =>
            StepAsync(id, nominations, access, campaign, ct, n => nominations.EndorseAsync(n.Id, CountyApi.Required(input.Reason), ct)));

        api.MapPost("/commendation/{id:long}/drop", (long id, StepInput input, INominations nominations, CountyAccess access, CountyCampaign campaign, CancellationToken ct) =>
            CountyApi.Required(input.Reason) is not { } reason ? Task.FromResult(CountyApi.Refused("reason", "不予推荐时请说明理由。"))
            : StepAsync(id, nominations, access, campaign, ct, n => nominations.DropAsync(n.Id, reason, ct)));

        api.MapPost("/commendation/{id:long}/approve", (long id, StepInput input, INominations nominations, CountyAccess access, CountyCampaign campaign, CancellationToken ct) =>
            StepAsync(id, nominations, access, campaign, ct, n => nominations.ApproveAsync(n.Id, CountyApi.Required(input.Reason), ct)));

        api.MapGet("/commendation", async (NominationStatus? status, INominations nominations, CountyTree tree, CountyAccess access, CancellationToken ct) =>
            Results.Ok(await RowsAsync(status, nominations, tree, access, ct)));

        api.MapGet("/commendation/ledger", async (string? format, INominations nominations, CountyTree tree, CountyAccess access, CancellationToken ct) =>
        {
            var rows = await RowsAsync(null, nominations, tree, access, ct);
            return Results.Extensions.Ledger(new LedgerDefinition("七一表彰推荐台账",
                [new("类别", Width: 16), new("推荐对象", Width: 20), new("推荐单位", Width: 24), new("当前层级", Width: 24), new("状态"), new("推荐过程", Width: 60)],
                [.. rows.Select(r => (IReadOnlyList<object?>)[r.CategoryName, r.NomineeName, r.StartOrganization, r.CurrentLevel, r.StatusName,
                    string.Join("；", r.Steps.Select(s => $"{DecisionName(s.Decision)}{(s.Reason is null ? "" : "：" + s.Reason)}"))])]), CountyApi.Format(format));
        });
    }

    public static string PeriodKey(CountyRules rules) => rules.CommendationBefore.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static string CategoryName(NominationCategory c) => c switch
    {
        NominationCategory.AdvancedOrganization => "先进基层党组织",
        NominationCategory.ExcellentMember => "优秀共产党员",
        NominationCategory.ExcellentPartyWorker => "优秀党务工作者",
        _ => "其他",
    };

    public static string StatusName(NominationStatus s) => s switch
    {
        NominationStatus.InProgress => "推荐中",
        NominationStatus.Dropped => "不予推荐",
        _ => "已审定",
    };

    public static string DecisionName(NominationDecision d) => d switch
    {
        NominationDecision.Nominated => "推荐",
        NominationDecision.Endorsed => "同意上报",
        NominationDecision.Dropped => "不予推荐",
        NominationDecision.Approved => "审定",
        _ => "上报",
    };

    private static async Task<IResult?> DeadlinePassedAsync(CountyCampaign campaign, CancellationToken ct)
    {
        var rules = await campaign.RulesAsync(ct);
        return rules.BeforeCommendationDeadline(campaign.Today) ? null
            : CountyApi.Refused("date", $"集中表彰在 {rules.CommendationBefore:yyyy年M月d日}（“七一”）前进行，推荐与审定已截止。");
    }

    /// <summary>A step is taken by whoever manages the level the nomination is waiting at (the county office anywhere).</summary>
    private static async Task<IResult> StepAsync(long id, INominations nominations, CountyAccess access, CountyCampaign campaign, CancellationToken ct,
        Func<NominationInfo, Task<BlockResult<NominationInfo>>> step)
    {
        var n = await nominations.FindAsync(id, ct);
        if (n is null || n.PluginId != CountyStartup.PluginId || n.Kind != Kind.Kind) return CountyApi.NotFound("推荐");
        if (!await access.ManagesAsync(n.CurrentOrganizationId, ct)) return CountyApi.Forbidden("该推荐不在您所管理的层级。");
        if (await DeadlinePassedAsync(campaign, ct) is { } closed) return closed;
        return CountyApi.From(await step(n));
    }

    public static async Task<IReadOnlyList<Row>> RowsAsync(NominationStatus? status, INominations nominations, CountyTree tree, CountyAccess access, CancellationToken ct)
    {
        var visible = await access.VisibleOrganizationsAsync(ct);
        var all = await nominations.ListAsync(pluginId: CountyStartup.PluginId, status: status, cancellationToken: ct);
        var rows = new List<Row>();
        foreach (var n in all.Where(n => n.Kind == Kind.Kind && (visible.Contains(n.CurrentOrganizationId) || visible.Contains(n.StartOrganizationId) || n.Status == NominationStatus.Approved)))
            rows.Add(new(n.Id, n.Category, CategoryName(n.Category), n.NomineeName, (await tree.FindAsync(n.StartOrganizationId, ct))?.Name ?? "",
                (await tree.FindAsync(n.CurrentOrganizationId, ct))?.Name ?? "", n.Status, StatusName(n.Status), n.Steps));
        return rows;
    }
}
