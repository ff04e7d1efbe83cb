using Modular.Sdk;
using Modular.Sdk.Blocks;
using Modular.Sdk.Core;

namespace Modular.Schedules;

/// <summary>
/// 台账 of any obligation list: who owed what, by when, and whether and when it was met, with the
/// people's and organizations' names — what an office prints or hands in instead of a paper ledger.
/// </summary>
internal sealed class ObligationLedger(ObligationStore obligations, IRoster roster, IOrganizationDirectory organizations, IJurisdictionContext jurisdiction)
{
    public const int MaxRows = 100_000;

    public async Task<LedgerDefinition> BuildAsync(ObligationFilter filter, CancellationToken ct)
    {
        var rows = await obligations.ListAsync(filter with { Limit = MaxRows }, ct);
        var names = await RosterNames.LoadAsync(roster, organizations, ct);
        string NameOf(ObligationView o) => o.ObligedKind == "person" ? names.Person(o.ObligedId) : names.Organization(o.ObligedId);

        var title = Text.Of($"{jurisdiction.Required.Name} 任务完成情况台账", $"{jurisdiction.Required.Name} obligations ledger");
        return new LedgerDefinition(title,
        [
            new(Text.Of("任务类型", "Type")), new(Text.Of("责任人/组织", "Who")), new(Text.Of("所在组织", "Organization")),
            new(Text.Of("周期开始", "Period start"), LedgerColumnType.Date), new(Text.Of("期限", "Due"), LedgerColumnType.Date),
            new(Text.Of("状态", "Status")), new(Text.Of("完成记录", "Record")), new(Text.Of("完成时间", "Met at"), LedgerColumnType.DateTime),
        ],
        rows.Select(o => (IReadOnlyList<object?>)
        [
            o.TypeKey, NameOf(o), names.OrganizationOrBlank(o.OrganizationId), o.PeriodStart, o.DueOn, StatusName(o.Status),
            o.RecordKind is null ? null : $"{o.RecordKind} {o.RecordRef}",
            o.MetAt is { } met ? jurisdiction.Required.WallClock(met) : null,
        ]).ToList())
        { FileName = Text.Of("任务台账", "obligations-ledger") };
    }

    private static string StatusName(string status) => status switch
    {
        "done" => Text.Of("按期完成", "Done"),
        "late" => Text.Of("逾期完成", "Late"),
        "missed" => Text.Of("未完成", "Missed"),
        _ => Text.Of("待完成", "Pending"),
    };
}
