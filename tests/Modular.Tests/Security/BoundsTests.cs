using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Modular.Tests.Browser;
using Modular.Tests.Infrastructure;
using Modular.Tests.Roster;

namespace Modular.Tests.Security;

/// <summary>
/// Issue 11 item 12: every free text has a sane size and every date lies within 1850–2200, one set of limits for the
/// pages, the API and the roster import; a plugin's texts are bounded by the SDK's counted texts; and no value of any
/// request is longer than 100,000 characters or a date out of range, whatever the endpoint. One host for the class, emptied
/// before each test.
/// </summary>
public sealed class BoundsTests(SixOnesAndGoodHost shared) : IClassFixture<SixOnesAndGoodHost>, IAsyncLifetime
{
    private const string Code = "bounds";
    private TestHost _host = null!;
    private HttpClient _office = null!;
    private long _branch, _member;

    public async Task InitializeAsync()
    {
        _host = await shared.ResetAsync();
        await _host.CreateJurisdictionAsync(Code, "边界旗", "test-good", "banner-six-ones");
        _office = await _host.ApiClientAsync($"{Code}-admin");
        var root = await RosterSetup.OrganizationAsync(_office, Code, "旗委", "党委", null, null);
        _branch = await RosterSetup.OrganizationAsync(_office, Code, "第一党支部", "党支部", "机关", root);
        _member = await RosterSetup.PersonAsync(_office, Code, "王芳", _branch, leadingCadre: false);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static string Api(string path) => $"/api/j/{Code}{path}";

    private static async Task<string[]> RefusedAsync(HttpResponseMessage response, string field)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode} {body[..Math.Min(body.Length, 500)]}");
        var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), $"{field} not named in {body[..Math.Min(body.Length, 500)]}");
        return [.. messages.EnumerateArray().Select(m => m.GetString()!)];
    }

    private object Person(string name, string? post = null, string? phone = null, string? whereabouts = null, string? birthDate = null) => new
    {
        name, category = "正式党员", organizationId = _branch, post, phone, whereabouts, isOutgoing = whereabouts is not null, birthDate,
    };

    private async Task<long> PeopleNamedAsync(string name) =>
        await Sql.ScalarAsync<long>(_host.ConnectionString, $"select count(*) from roster.people where name = '{name}'");

    [Fact]
    public async Task A_post_of_100k_characters_whereabouts_of_1M_and_a_phone_of_10k_are_refused_naming_the_field()
    {
        Assert.Contains("不能超过 100 个字符（现有 100,000 个）。", await RefusedAsync(await _office.PostAsJsonAsync(Api("/people"), Person("甲", post: new string('岗', 100_000))), "post"));
        Assert.Contains("不能超过 100,000 个字符（现有 1,000,000 个）。", await RefusedAsync(await _office.PostAsJsonAsync(Api("/people"), Person("甲", whereabouts: new string('京', 1_000_000))), "whereabouts"));
        await RefusedAsync(await _office.PostAsJsonAsync(Api("/people"), Person("甲", phone: new string('1', 10_000))), "phone");
        await RefusedAsync(await _office.PutAsJsonAsync(Api($"/people/{_member}"), Person("王芳", phone: new string('1', 31))), "phone");
        Assert.Equal(0, await PeopleNamedAsync("甲"));

        // At the limits they are taken.
        Assert.Equal(HttpStatusCode.Created, (await _office.PostAsJsonAsync(Api("/people"),
            Person("乙", post: new string('岗', 100), phone: new string('1', 30), whereabouts: new string('京', 200)))).StatusCode);
    }

    [Fact]
    public async Task Birth_dates_of_0001_01_01_and_9999_12_31_are_refused_by_the_api_the_page_and_the_import_alike()
    {
        foreach (var date in new[] { "0001-01-01", "9999-12-31", "1849-12-31", "2201-01-01" })
            Assert.Contains("日期应在 1850-01-01 至 2200-12-31 之间。", await RefusedAsync(await _office.PostAsJsonAsync(Api("/people"), Person("丙", birthDate: date)), "birthDate"));
        Assert.Equal(HttpStatusCode.Created, (await _office.PostAsJsonAsync(Api("/people"), Person("丁", birthDate: "1850-01-01"))).StatusCode);

        var browser = await _host.BrowserClientAsync($"{Code}-admin");
        Dictionary<string, string> Form(string birthDate) => new() { ["Name"] = "丙", ["Category"] = "Full", ["OrganizationId"] = _branch.ToString(), ["BirthDate"] = birthDate };
        var iso = await TestHost.SubmitFormAsync(browser, $"/j/{Code}/people", Form("9999-12-31"));
        Assert.Equal(HttpStatusCode.BadRequest, iso.StatusCode);
        Assert.Contains("BirthDate: 日期应在 1850-01-01 至 2200-12-31 之间。", await iso.Content.ReadAsStringAsync());
        var typed = await TestHost.SubmitFormAsync(browser, $"/j/{Code}/people", Form("0001/1/1")); // read by the page's own date binding
        Assert.Contains("日期应在 1850-01-01 至 2200-12-31 之间。", await typed.Content.ReadAsStringAsync());

        var csv = "姓名,人员类别,所在组织,出生日期\n丙,正式党员,第一党支部,0001-01-01\n戊,正式党员,第一党支部,9999-12-31\n";
        var imported = await _office.ImportAsync(Code, Encoding.UTF8.GetBytes(csv), "roster.csv");
        Assert.Equal(HttpStatusCode.BadRequest, imported.StatusCode);
        var errors = (await imported.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("message").GetString()).ToList();
        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Contains("出生日期", e));
        Assert.Equal(0, await PeopleNamedAsync("丙"));
    }

    [Fact]
    public async Task One_size_for_a_post_in_the_api_the_page_and_the_import()
    {
        var post = new string('岗', 101);
        await RefusedAsync(await _office.PostAsJsonAsync(Api("/people"), Person("己", post: post)), "post");

        var browser = await _host.BrowserClientAsync($"{Code}-admin");
        var page = await TestHost.SubmitFormAsync(browser, $"/j/{Code}/people", new() { ["Name"] = "己", ["Category"] = "Full", ["OrganizationId"] = _branch.ToString(), ["Post"] = post });
        Assert.Contains("不能超过 100 个字符（现有 101 个）。", await page.Content.ReadAsStringAsync());

        var imported = await _office.ImportAsync(Code, Encoding.UTF8.GetBytes($"姓名,人员类别,所在组织,工作岗位\n己,正式党员,第一党支部,{post}\n"), "roster.csv");
        Assert.Equal(HttpStatusCode.BadRequest, imported.StatusCode);
        Assert.Contains("超过 100 个字符（现有 101 个）", await imported.Content.ReadAsStringAsync());
        Assert.Equal(0, await PeopleNamedAsync("己"));
    }

    [Fact]
    public async Task A_plugins_texts_are_bounded_by_the_sdks_counted_texts_and_a_2M_character_note_never_reaches_them()
    {
        var huge = await _office.PostAsJsonAsync(Api("/banner-six-ones/notes"), new { personId = _member, day = "2011-06-01", body = new string('学', 2_000_000) });
        Assert.Contains("不能超过 100,000 个字符（现有 2,000,000 个）。", await RefusedAsync(huge, "body"));

        // Beyond Limits.Body (50,000): refused by the counted-texts block, for the six ones and for any other plugin alike.
        Assert.Contains("不能超过 50,000 个字符（现有 50,001 个）。",
            await RefusedAsync(await _office.PostAsJsonAsync(Api("/banner-six-ones/notes"), new { personId = _member, day = "2011-06-01", body = new string('学', 50_001) }), "body"));
        await RefusedAsync(await _office.PostAsJsonAsync(Api("/test-good/study-notes"), new { personId = _member, day = "2011-06-01", body = new string('学', 50_001) }), "body");
        Assert.Equal(0L, await Sql.ScalarAsync<long>(_host.ConnectionString, "select count(*) from blocks.counted_texts"));

        Assert.Equal(HttpStatusCode.OK, (await _office.PostAsJsonAsync(Api("/banner-six-ones/notes"), new { personId = _member, day = "2011-06-01", body = new string('学', 50_000) })).StatusCode);
    }

    [Fact]
    public async Task No_value_of_any_request_is_over_100k_characters_or_a_date_out_of_range_in_english_too()
    {
        // A plugin endpoint that checks nothing itself, a query filter, a nested value.
        await RefusedAsync(await _office.PostAsJsonAsync(Api("/test-good/notes"), new { text = new string('x', 100_001) }), "text");
        Assert.Equal(HttpStatusCode.Created, (await _office.PostAsJsonAsync(Api("/test-good/notes"), new { text = new string('x', 100_000) })).StatusCode);
        await RefusedAsync(await _office.GetAsync(Api("/obligations?from=0001-01-01")), "from");
        await RefusedAsync(await _office.PostAsJsonAsync(Api("/campaigns"), new { pluginId = "x", name = "活动", startsOn = "2011-01-01", endsOn = "9999-12-31T00:00:00Z" }), "endsOn");
        await RefusedAsync(await _office.PostAsJsonAsync(Api("/banner-six-ones/notes/batch"), new { notes = new[] { new { personId = _member, day = "0201-06-01", body = "x" } } }), "notes.day");

        var english = await _office.PostAsJsonAsync(Api("/people?culture=en"), Person("庚", birthDate: "9999-12-31"));
        Assert.Contains("The date must be between 1850-01-01 and 2200-12-31.", await RefusedAsync(english, "birthDate"));
    }
}
