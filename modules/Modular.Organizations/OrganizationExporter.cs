using Microsoft.EntityFrameworkCore;
using Modular.Sdk;

namespace Modular.Organizations;

/// <summary>
/// Writes the organization tree as an organization file, in the columns the importer reads first (kinds and sectors as
/// their Chinese labels, the parent as its code, the 书记 from the officers or else the pending name), parents before
/// children, so an export re-imports with no change. Also the empty template offices fill in.
/// </summary>
internal sealed class OrganizationExporter(RosterDbContext db, Modular.Sdk.Core.IPersonalDataDownloads downloads)
{
    public const string SheetName = "组织信息";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string CsvType = "text/csv; charset=utf-8";

    public async Task<byte[]> CsvAsync(CancellationToken ct = default) => RosterFile.WriteCsv(OrganizationColumns.ExportHeaders, await RowsAsync("csv", ct));

    public async Task<byte[]> XlsxAsync(CancellationToken ct = default) => RosterFile.WriteXlsx(SheetName, OrganizationColumns.ExportHeaders, await RowsAsync("xlsx", ct));

    /// <summary>The export as a file of the asked format (<c>xlsx</c>, else CSV): its bytes, content type and name.</summary>
    public async Task<(byte[] Content, string ContentType, string FileName)> FileAsync(string? format, CancellationToken ct = default) =>
        format == "xlsx" ? (await XlsxAsync(ct), XlsxType, "组织信息.xlsx") : (await CsvAsync(ct), CsvType, "组织信息.csv");

    /// <summary>
    /// The headers, one example row and one note row; both rows start with 示例 or 说明, which an import skips
    /// (<see cref="OrganizationCells.IsNoteRow"/>), so the template as downloaded imports nothing.
    /// </summary>
    public static byte[] Template()
    {
        IReadOnlyList<string> example = ["示例：001", "巴丹吉林镇党委", "党委", "", "张三", "0483-1234567", "2011-07-01", "苏木镇/乡镇"];
        IReadOnlyList<string> note = [Text.Of(
            "说明：组织编号、组织名称、组织类别必填；组织类别填党委、党总支、党支部、党组、领导小组、领导小组办公室或指导检查组（也可写“631_党支部”）；"
            + "上级组织填上级的组织编号或名称，顶级组织留空；书记填名册中的姓名；建立日期如 2011-07-01；所属领域如 嘎查/农村、社区、机关。以“示例”“说明”开头的行导入时跳过，可删除。",
            "Note: 组织编号, 组织名称 and 组织类别 are required; the kind is 党委, 党总支, 党支部, 党组, 领导小组, 领导小组办公室 or 指导检查组 (\"631_党支部\" too); "
            + "上级组织 is the parent's code or name, blank for a top-level organization; 书记 is a name on the roster; dates like 2011-07-01. "
            + "Rows starting with 示例 or 说明 are skipped on import and may be deleted.")];
        return RosterFile.WriteXlsx(SheetName, OrganizationColumns.ExportHeaders, [example, note]);
    }

    private async Task<List<IReadOnlyList<string>>> RowsAsync(string format, CancellationToken ct)
    {
        var tree = new OrganizationTree(await db.Organizations.AsNoTracking().ToListAsync(ct));
        var secretaries = await SecretaryMatcher.SecretaryNamesAsync(db, ct);
        // The file names each organization's secretary: a list with personal data, so its download is audited.
        await downloads.RecordAsync(new Modular.Sdk.Core.PersonalDataDownload(SheetName, format, tree.All.Count,
            tree.All.Count(o => secretaries.ContainsKey(o.Id) || o.PendingSecretaryName is not null)), ct);
        var rows = new List<IReadOnlyList<string>>(tree.All.Count);
        foreach (var o in tree.DepthFirst())
        {
            rows.Add(OrganizationColumns.Exported.Select(c => c.Field switch
            {
                OrganizationField.Code => o.Code,
                OrganizationField.Name => o.Name,
                OrganizationField.Kind => Labels.Kinds[o.Kind].ZhCn,
                OrganizationField.Parent => o.ParentId is { } p ? tree.Find(p)?.Code ?? "" : "",
                OrganizationField.Secretary => OrganizationCells.SecretaryText(secretaries.GetValueOrDefault(o.Id) ?? [], o.PendingSecretaryName),
                OrganizationField.Contact => o.Contact ?? "",
                OrganizationField.EstablishedOn => RosterCells.FormatDate(o.EstablishedOn),
                OrganizationField.Sector => o.Sector is { } s ? Labels.Sectors[s].ZhCn : "",
                _ => "",
            }).ToList());
        }
        return rows;
    }
}
