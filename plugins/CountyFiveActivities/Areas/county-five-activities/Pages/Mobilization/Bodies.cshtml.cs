using Modular.Plugins.CountyFiveActivities.Mobilization;

namespace Modular.Plugins.CountyFiveActivities.Pages.Mobilization;

/// <summary>
/// 组建领导机构和工作机构: the county's and every party committee's 领导小组 and 办公室 against the end of stage 1, and the
/// forms of one level (<c>?organization=</c>) for those who may set them — the same service as the API.
/// </summary>
public sealed class BodiesModel(LeadingBodiesService service, IRoster roster) : PluginPageModel
{
    public BodiesOverview Overview { get; private set; } = null!;
    public BodiesRow? Editing { get; private set; }
    public IReadOnlyList<PersonInfo> People { get; private set; } = [];
    public string? Notice { get; private set; }

    [BindProperty(SupportsGet = true)] public long? Organization { get; set; }

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(LeadingBodyType? type, long? headId, List<long>? deputyIds, List<long>? memberIds, string? others, int? version, CancellationToken ct)
    {
        var saved = Organization is { } id ? await service.SaveAsync(id, new(type, headId, deputyIds, memberIds, others, version), ct)
            : Refuse.Field("organizationId", Text.Of("请选择组织。", "Choose the organization."));
        if (saved.Succeeded) Notice = Text.Of("已保存。", "Saved.");
        else
        {
            (ErrorField, Error) = (saved.Field, saved.Message);
            Response.StatusCode = ResultHttp.StatusOf(saved.Kind);
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Overview = await service.OverviewAsync(ct);
        Editing = Overview.Rows.FirstOrDefault(r => r.OrganizationId == Organization && r.MayEdit);
        if (Editing is not null)
            People = [.. (await roster.MembersAsync(new RosterQuery { SubtreeRootId = Editing.OrganizationId }, ct)).OrderBy(p => p.Name, StringComparer.Ordinal)];
    }

    /// <summary>The seats of a body in one line: 组长 张三；副组长 李四、王五 …</summary>
    public static string Seats(BodyView? body) => body is null ? "" :
        string.Join(Text.Of("；", "; "), body.Seats.GroupBy(s => s.RoleName).Select(g => $"{g.Key} {string.Join(Text.Of("、", ", "), g.Select(s => s.Name))}"));
}
