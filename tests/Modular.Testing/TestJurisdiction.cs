using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Modular.Testing;

/// <summary>
/// A jurisdiction made for one test through its office's API (as an office would make it): its organizations and members
/// by name, accounts linked to members, and clients signed in as them. Build the tree in a few lines of text:
/// <code>
/// var county = await TestJurisdiction.CreateAsync(host, "xx", "XX县", ["county-five-activities"], """
///     XX县委 | 党委
///       城关镇党委 | 党委 | 苏木镇/乡镇
///         东关村党支部 | 党支部 | 嘎查/农村
///           - 李明 | 书记
///           - 王强
///           - 赵丽 | 预备党员
///       县财政局党支部 | 党支部 | 机关
///           - 吴刚 | 领导干部
///     """);
/// await county.UserAsync("xx-secretary", Roles.OrganizationOfficer, county.Org["东关村党支部"], county.People["李明"]);
/// </code>
/// An organization line is <c>name | kind [| sector]</c>, indented under its parent by two spaces a level; a member line
/// starts with <c>- </c> under its branch and may add, after bars, a post (书记, 副书记…), <c>领导干部</c> (a leading cadre),
/// a category (预备党员), <c>外出:包头市</c> (an outgoing member and where they went) and an employment status (在职, 离退休,
/// 无职业; unspecified without one). The office's account is <c>{code}-admin</c>.
/// </summary>
public sealed class TestJurisdiction
{
    private TestJurisdiction(TestHost host, string code, int id, HttpClient office) => (Host, Code, Id, OfficeApi) = (host, code, id, office);

    public TestHost Host { get; }
    public string Code { get; }
    public int Id { get; }
    /// <summary>The office (jurisdiction admin) through the API.</summary>
    public HttpClient OfficeApi { get; }
    /// <summary>Organization ids by name.</summary>
    public Dictionary<string, long> Org { get; } = [];
    /// <summary>Member (roster person) ids by name.</summary>
    public Dictionary<string, long> People { get; } = [];

    /// <summary>Creates the jurisdiction (under <paramref name="parentId"/> when given), its office account, switches the plugins on and builds the tree.</summary>
    public static async Task<TestJurisdiction> CreateAsync(TestHost host, string code, string name, string[] plugins, string tree = "",
        int? parentId = null, IReadOnlyDictionary<string, Dictionary<string, string?>>? settings = null, HttpClient? office = null)
    {
        var created = await host.CreateJurisdictionAsync(code, name, parentId);
        foreach (var plugin in plugins)
            await host.SetSwitchAsync(created.Id, plugin, enabled: true, settings?.GetValueOrDefault(plugin));
        var jurisdiction = new TestJurisdiction(host, code, created.Id, office ?? await host.ApiClientAsync($"{code}-admin"));
        await jurisdiction.BuildTreeAsync(tree);
        return jurisdiction;
    }

    /// <summary>Adds the organizations and members of an indented tree (see the class summary); parents may be ones already made.</summary>
    public async Task BuildTreeAsync(string tree)
    {
        var parents = new List<(int Indent, long Id)>();
        foreach (var raw in tree.ReplaceLineEndings("\n").Split('\n'))
        {
            if (string.IsNullOrWhiteSpace(raw)) continue;
            var indent = raw.Length - raw.TrimStart().Length;
            var parts = raw.Trim().TrimStart('-').Split('|', StringSplitOptions.TrimEntries);
            while (parents.Count > 0 && parents[^1].Indent >= indent) parents.RemoveAt(parents.Count - 1);
            long? parent = parents.Count > 0 ? parents[^1].Id : null;
            if (raw.TrimStart().StartsWith('-'))
            {
                if (parent is not { } branch) throw new ArgumentException($"Member “{parts[0]}” is not under an organization.");
                var options = parts.Skip(1).ToList();
                var outgoing = options.FirstOrDefault(o => o.StartsWith("外出", StringComparison.Ordinal));
                if (outgoing is not null) options.Remove(outgoing);
                var employment = options.FirstOrDefault(o => o is "在职" or "离退休" or "无职业");
                if (employment is not null) options.Remove(employment);
                var person = People[parts[0]] = await PersonAsync(parts[0], branch, leadingCadre: options.Remove("领导干部"),
                    category: options.FirstOrDefault(o => o.EndsWith("党员", StringComparison.Ordinal)) ?? "正式党员",
                    whereabouts: outgoing?[2..].TrimStart(':', '：').Trim() is { Length: > 0 } where ? where : outgoing is null ? null : "外地",
                    employment: employment);
                foreach (var post in options.Where(o => !o.EndsWith("党员", StringComparison.Ordinal)))
                    await OfficerAsync(branch, person, post);
                continue;
            }
            var id = Org[parts[0]] = await OrganizationAsync(parts[0], parts.ElementAtOrDefault(1) ?? "党支部", parts.ElementAtOrDefault(2), parent);
            parents.Add((indent, id));
        }
    }

    private int _organizationsCreated;

    public async Task<long> OrganizationAsync(string name, string kind, string? sector, long? parentId)
    {
        // Codes are unique within the jurisdiction: a count, not a random number (two random codes in a tree can meet).
        var code = $"o{Interlocked.Increment(ref _organizationsCreated):D4}";
        var response = await OfficeApi.PostAsJsonAsync($"/api/j/{Code}/organizations", new { code, name, kind, sector, parentId });
        return await IdOfCreatedAsync(response, name);
    }

    /// <summary>A member with plausible details; outgoing (外出党员) when <paramref name="whereabouts"/> says where they went.</summary>
    public async Task<long> PersonAsync(string name, long organizationId, bool leadingCadre = false, string category = "正式党员",
        string ethnicity = "汉族", string birthDate = "1970-03-02", string joinedOn = "1995-07-01", string? whereabouts = null, string? employment = null)
    {
        var response = await OfficeApi.PostAsJsonAsync($"/api/j/{Code}/people", new
        {
            name, gender = "男", ethnicity, birthDate, category, joinedOn, organizationId, isLeadingCadre = leadingCadre,
            isOutgoing = whereabouts is not null, whereabouts, employment,
        });
        return await IdOfCreatedAsync(response, name);
    }

    /// <summary>Names a member to a post of an organization (书记, 副书记, 组织委员, 宣传委员, 纪检委员).</summary>
    public async Task OfficerAsync(long organizationId, long personId, string post)
    {
        var response = await OfficeApi.PutAsJsonAsync($"/api/j/{Code}/organizations/{organizationId}/officers", new { personId, post });
        Assert.True(response.IsSuccessStatusCode, $"officer {post}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>An account of the jurisdiction, responsible for an organization when given, linked to a member when given (the member's own pages).</summary>
    public async Task UserAsync(string userName, string role, long? organizationId = null, long? personId = null)
    {
        var user = await Host.CreateUserAsync(Id, userName, role, organizationId);
        if (personId is not { } person) return;
        var link = await OfficeApi.PutAsJsonAsync($"/api/j/{Code}/person-accounts", new { userId = user.Id, personId = person });
        Assert.True(link.IsSuccessStatusCode, $"link {userName}: {(int)link.StatusCode} {await link.Content.ReadAsStringAsync()}");
    }

    /// <summary><c>/api/j/{code}/{plugin}</c> + path.</summary>
    public string Api(string plugin, string path) => $"/api/j/{Code}/{plugin}{path}";

    /// <summary><c>/j/{code}/{plugin}</c> + path.</summary>
    public string Page(string plugin, string path) => $"/j/{Code}/{plugin}{path}";

    private static async Task<long> IdOfCreatedAsync(HttpResponseMessage response, string name)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"create {name}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }
}
