using Modular.Sdk.Core;

namespace Modular.Organizations;

/// <summary>
/// Exports the roster with the same Chinese headers the importer reads, so an export re-imports cleanly. ID numbers and
/// phones are as the actor sees them on screen (masked outside the subtrees they manage), and every export is recorded
/// in the audit log (<see cref="IPersonalDataDownloads"/>) before it is returned.
/// </summary>
internal sealed class RosterExporter(PeopleService people, IPersonalDataDownloads downloads)
{
    public const string ListName = "党员名册";

    public static IReadOnlyList<string> Headers { get; } = RosterColumns.All.Select(c => c.Headers[0]).ToList();

    public async Task<byte[]> CsvAsync(RosterActor actor, PeopleService.Filter filter, CancellationToken ct = default) =>
        RosterFile.WriteCsv(Headers, await RowsAsync(actor, filter, "csv", ct));

    public async Task<byte[]> XlsxAsync(RosterActor actor, PeopleService.Filter filter, CancellationToken ct = default) =>
        RosterFile.WriteXlsx(ListName, Headers, await RowsAsync(actor, filter, "xlsx", ct));

    private async Task<List<IReadOnlyList<string>>> RowsAsync(RosterActor actor, PeopleService.Filter filter, string format, CancellationToken ct)
    {
        var list = await people.ListAllAsync(actor, filter, ct);
        await downloads.RecordAsync(new PersonalDataDownload(ListName, format, list.Count, list.Count), ct);
        var rows = new List<IReadOnlyList<string>>(list.Count);
        var seq = 0;
        foreach (var p in list)
        {
            seq++;
            rows.Add(RosterColumns.All.Select(c => c.Field switch
            {
                RosterField.Seq => seq.ToString(System.Globalization.CultureInfo.InvariantCulture),
                RosterField.Name => p.Name,
                RosterField.Gender => p.Gender ?? "",
                RosterField.Ethnicity => p.Ethnicity ?? "",
                RosterField.BirthDate => RosterCells.FormatDate(p.BirthDate),
                RosterField.IdNumber => p.IdNumber ?? "",
                RosterField.NativePlace => p.NativePlace ?? "",
                RosterField.Education => p.Education ?? "",
                RosterField.Category => Labels.Categories[Enum.Parse<MemberCategory>(p.Category)].ZhCn,
                RosterField.Organization => p.OrganizationName,
                RosterField.OrganizationCode => p.OrganizationCode,
                RosterField.JoinedOn => RosterCells.FormatDate(p.JoinedOn),
                RosterField.FullMemberOn => RosterCells.FormatDate(p.FullMemberOn),
                RosterField.Post => p.Post ?? "",
                RosterField.WorkStartedOn => RosterCells.FormatDate(p.WorkStartedOn),
                RosterField.Phone => p.Phone ?? "",
                RosterField.Standing => Labels.Standings[Enum.Parse<PartyStanding>(p.Standing)].ZhCn,
                RosterField.LostContact => p.LostContact ? "是" : "否",
                RosterField.Outgoing => p.IsOutgoing ? "是" : "否",
                RosterField.Whereabouts => p.Whereabouts ?? "",
                RosterField.LeadingCadre => p.IsLeadingCadre ? "是" : "否",
                RosterField.Employment => p.Employment == nameof(EmploymentStatus.Unspecified) ? "" : p.EmploymentLabel,
                _ => "",
            }).ToList());
        }
        return rows;
    }
}
