using Modular.Plugins.BannerThirdBatch.LeadingGroup;
using Modular.Plugins.BannerThirdBatch.Units;

namespace Modular.Plugins.BannerThirdBatch.Pages.LeadingGroup;

/// <summary>领导小组和联系点: the group, the members without a liaison point, each sumu/town with who liaises with it; the office's form.</summary>
public sealed class IndexModel(LeadingGroupService groups, ThirdBatchUnits units) : PluginPageModel
{
    /// <summary>Blank rows the form offers for new members.</summary>
    public const int NewRows = 3;

    public LeadingGroupView? Group { get; private set; }
    public IReadOnlyList<Unit> Towns { get; private set; } = [];
    public bool MayEdit { get; private set; }
    public string? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? done, CancellationToken ct)
    {
        Notice = done == "saved" ? Text.Of("领导小组已保存。", "The leading group is saved.") : null;
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>The form sends rows <c>person-{i}</c>, <c>role-{i}</c> (empty: not in the group) and <c>liaison-{i}</c>.</summary>
    public async Task<IActionResult> OnPostAsync(int version, CancellationToken ct)
    {
        var members = new List<MemberInput>();
        for (var i = 0; Request.Form.ContainsKey($"role-{i}"); i++)
        {
            if (!long.TryParse(Request.Form[$"person-{i}"], out var person) || !Enum.TryParse<GroupRole>(Request.Form[$"role-{i}"], out var role)) continue;
            members.Add(new MemberInput(person, role, long.TryParse(Request.Form[$"liaison-{i}"], out var town) ? town : null));
        }
        return await AfterPostAsync(await groups.SaveAsync(new LeadingGroupInput(members, version), ct), "saved", () => LoadAsync(ct));
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Group = (await groups.GetAsync(ct)).Value;
        Towns = [.. (await units.AllAsync(ct)).Where(u => u.Kind == UnitKind.Town)];
        MayEdit = units.IsOffice;
    }
}
