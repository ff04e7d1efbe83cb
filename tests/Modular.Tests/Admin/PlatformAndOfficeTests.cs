using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Modular.Tests.Browser;
using Modular.Tests.Infrastructure;

namespace Modular.Tests.Admin;

/// <summary>
/// The issue's "done when", twice: once through the JSON API as a script would, once through the
/// pages as people would. A platform admin creates two jurisdictions with their admins; each admin
/// switches on a different plugin and sees only their own.
/// </summary>
/// <remarks>One host for the class, emptied before each test (a host's start is most of a test's time).</remarks>
public sealed class PlatformAndOfficeTests(SixOnesAndGoodHost shared) : IClassFixture<SixOnesAndGoodHost>, IAsyncLifetime
{
    private TestHost _host = null!;

    public async Task InitializeAsync() => _host = await shared.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    [Fact]
    public async Task Through_the_api_two_jurisdictions_each_switch_on_their_own_plugin_and_see_only_it()
    {
        var platform = await _host.ApiClientAsync(TestHost.PlatformAdmin);
        var banner = await JsonAsync(await platform.PostAsJsonAsync("/api/admin/jurisdictions", new { code = "api-banner", name = "接口旗" }));
        var county = await JsonAsync(await platform.PostAsJsonAsync("/api/admin/jurisdictions", new { code = "api-county", name = "接口县", timeZone = "Asia/Shanghai", language = "zh-CN" }));
        foreach (var (j, user) in new[] { (banner, "api-banner-boss"), (county, "api-county-boss") })
        {
            var created = await platform.PostAsJsonAsync($"/api/admin/jurisdictions/{j.GetProperty("id").GetInt32()}/admins",
                new { userName = user, displayName = user, password = TestHost.Password });
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        var bannerAdmin = await _host.ApiClientAsync("api-banner-boss");
        var countyAdmin = await _host.ApiClientAsync("api-county-boss");
        Assert.Equal(HttpStatusCode.NoContent, (await bannerAdmin.PutAsJsonAsync("/api/j/api-banner/plugins/banner-six-ones", new { enabled = true })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await countyAdmin.PutAsJsonAsync("/api/j/api-county/plugins/test-good", new { enabled = true })).StatusCode);

        var bannerPlugins = await bannerAdmin.GetFromJsonAsync<JsonElement>("/api/j/api-banner/plugins");
        Assert.Equal(["banner-six-ones"], bannerPlugins.EnumerateArray().Where(p => p.GetProperty("enabled").GetBoolean()).Select(p => p.GetProperty("id").GetString()));
        Assert.Equal(HttpStatusCode.OK, (await countyAdmin.GetAsync("/api/j/api-county/test-good/notes")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bannerAdmin.GetAsync("/api/j/api-banner/test-good/notes")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bannerAdmin.GetAsync("/api/j/api-county/plugins")).StatusCode);

        var usage = await platform.GetFromJsonAsync<JsonElement>("/api/admin/plugins");
        Assert.Contains(usage.EnumerateArray(), u => u.GetProperty("pluginId").GetString() == "test-good"
            && u.GetProperty("enabledIn").EnumerateArray().Select(e => e.GetString()).SequenceEqual(["api-county"]));
    }

    [Fact]
    public async Task Through_the_pages_two_jurisdictions_each_switch_on_their_own_plugin_and_see_only_it()
    {
        var platform = await _host.BrowserClientAsync(TestHost.PlatformAdmin);
        foreach (var (code, name, admin) in new[] { ("web-banner", "网页旗", "web-banner-boss"), ("web-county", "网页县", "web-county-boss") })
        {
            var created = await TestHost.SubmitFormAsync(platform, "/admin/jurisdictions", new() { ["Code"] = code, ["Name"] = name, ["TimeZone"] = "Asia/Shanghai", ["Language"] = "zh-CN" });
            Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
            var detail = created.Headers.Location!.OriginalString.Split('?')[0];
            var adminMade = await TestHost.SubmitFormAsync(platform, detail, new() { ["UserName"] = admin, ["DisplayName"] = name + "管理员", ["Password"] = TestHost.Password }, detail + "?handler=Admin");
            Assert.Contains($"已创建管理员 {admin}", await adminMade.Content.ReadAsStringAsync());
        }

        var bannerBrowser = await _host.BrowserClientAsync("web-banner-boss");
        var countyBrowser = await _host.BrowserClientAsync("web-county-boss");
        var switched = await TestHost.SubmitFormAsync(bannerBrowser, "/j/web-banner/office/plugins", new() { ["pluginId"] = "banner-six-ones", ["enabled"] = "true" });
        Assert.Contains("已启用“六个一主题教育”", await switched.Content.ReadAsStringAsync());
        await TestHost.SubmitFormAsync(countyBrowser, "/j/web-county/office/plugins", new() { ["pluginId"] = "test-good", ["enabled"] = "true" });

        var bannerDashboard = await bannerBrowser.GetStringAsync("/j/web-banner");
        var countyDashboard = await countyBrowser.GetStringAsync("/j/web-county");
        Assert.Contains("/j/web-banner/banner-six-ones", bannerDashboard);
        Assert.DoesNotContain("test-good", bannerDashboard);
        Assert.Contains("/j/web-county/test-good", countyDashboard);
        Assert.DoesNotContain("banner-six-ones", countyDashboard);
        Assert.Equal(HttpStatusCode.NotFound, (await bannerBrowser.GetAsync("/j/web-county")).StatusCode);
    }

    [Fact]
    public async Task Bad_input_is_refused_with_the_field_and_reason_and_nothing_is_written()
    {
        var platform = await _host.ApiClientAsync(TestHost.PlatformAdmin);

        var response = await platform.PostAsJsonAsync("/api/admin/jurisdictions", new { code = "Bad Code", name = "", timeZone = "Mars/Olympus", language = "fr" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var errors = (await JsonAsync(response)).GetProperty("errors");
        Assert.Contains("Bad Code", errors.GetProperty("code")[0].GetString());
        Assert.Equal("名称不能为空。", errors.GetProperty("name")[0].GetString());
        Assert.Contains("Mars/Olympus", errors.GetProperty("timeZone")[0].GetString());
        Assert.Contains("fr", errors.GetProperty("language")[0].GetString());
        Assert.DoesNotContain((await platform.GetFromJsonAsync<JsonElement>("/api/admin/jurisdictions")).GetProperty("items").EnumerateArray(), j => j.GetProperty("name").GetString() == "");

        var page = await TestHost.SubmitFormAsync(await _host.BrowserClientAsync(TestHost.PlatformAdmin), "/admin/jurisdictions", new() { ["Code"] = "Bad Code", ["Name"] = "坏代码" });
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("代码“Bad Code”须为 2–40 位小写字母", await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Plugin_settings_are_validated_against_the_schema_and_concurrent_edits_are_detected()
    {
        await _host.CreateJurisdictionAsync("settings", "设置旗", "banner-six-ones");
        var admin = await _host.ApiClientAsync("settings-admin");
        var version = (await admin.GetFromJsonAsync<JsonElement>("/api/j/settings/plugins")).EnumerateArray()
            .Single(p => p.GetProperty("id").GetString() == "banner-six-ones").GetProperty("switchVersion").GetInt32();

        var bad = await admin.PutAsJsonAsync("/api/j/settings/plugins/banner-six-ones",
            new { enabled = true, version, settings = new Dictionary<string, string> { ["dailyNote.minChars"] = "0", ["education.due"] = "07-32", ["nope"] = "1" } });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await JsonAsync(bad)).GetProperty("errors");
        Assert.Equal("每日学习笔记最少字数：不能小于 1", errors.GetProperty("dailyNote.minChars")[0].GetString());
        Assert.Equal("党性党纪教育完成期限：“07-32”不是月-日（格式 MM-dd）", errors.GetProperty("education.due")[0].GetString());
        Assert.True(errors.TryGetProperty("nope", out _));

        var first = await admin.PutAsJsonAsync("/api/j/settings/plugins/banner-six-ones", new { enabled = true, version, settings = new Dictionary<string, string> { ["dailyNote.minChars"] = "200" } });
        var second = await admin.PutAsJsonAsync("/api/j/settings/plugins/banner-six-ones", new { enabled = true, version, settings = new Dictionary<string, string> { ["dailyNote.minChars"] = "250" } });
        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);

        var setting = (await admin.GetFromJsonAsync<JsonElement>("/api/j/settings/plugins")).EnumerateArray()
            .Single(p => p.GetProperty("id").GetString() == "banner-six-ones").GetProperty("settings").EnumerateArray()
            .Single(s => s.GetProperty("key").GetString() == "dailyNote.minChars");
        Assert.Equal("200", setting.GetProperty("value").GetString());
        var browser = await _host.BrowserClientAsync("settings-admin");
        Assert.Contains("每日自主学习 1 小时，笔记不少于 200 字", await browser.GetStringAsync("/j/settings/banner-six-ones"));
    }

    [Fact]
    public async Task An_archived_jurisdiction_is_gone_from_urls_and_sign_in_and_comes_back_with_its_data()
    {
        var j = await _host.CreateJurisdictionAsync("archived", "归档旗", "test-good");
        var admin = await _host.ApiClientAsync("archived-admin");
        await admin.PostAsJsonAsync("/api/j/archived/test-good/notes", new { text = "归档前的笔记" });
        var platform = await _host.ApiClientAsync(TestHost.PlatformAdmin);

        Assert.Equal(HttpStatusCode.NoContent, (await platform.PostAsync($"/api/admin/jurisdictions/{j.Id}/archive", null)).StatusCode);
        // While archived its people's sessions are refused outright (and its URLs answer 404 to anyone else).
        Assert.Equal(HttpStatusCode.Unauthorized, (await admin.GetAsync("/api/j/archived/test-good/notes")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await platform.GetAsync("/api/j/archived/test-good/notes")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _host.Anonymous.PostAsJsonAsync("/api/auth/login", new { userName = "archived-admin", password = TestHost.Password })).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await platform.PostAsync($"/api/admin/jurisdictions/{j.Id}/restore", null)).StatusCode);
        Assert.Equal(["归档前的笔记"], (await admin.GetFromJsonAsync<string[]>("/api/j/archived/test-good/notes"))!);
    }

    [Fact]
    public async Task A_user_can_switch_the_pages_to_english()
    {
        await _host.CreateJurisdictionAsync("english", "英文旗");
        var browser = await _host.BrowserClientAsync("english-admin");
        Assert.Contains("活动模块", await browser.GetStringAsync("/j/english/office/plugins"));

        var switched = await TestHost.SubmitFormAsync(browser, "/j/english/office/plugins", new() { ["culture"] = "en", ["returnUrl"] = "/j/english/office/plugins" }, "/account/language");
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);

        var english = await browser.GetStringAsync("/j/english/office/plugins");
        Assert.Contains("Campaign modules", english);
        Assert.Contains("<html lang=\"en\">", english);
    }

    [Fact]
    public async Task Changes_show_in_the_audit_log_for_admins_and_auditors_and_nobody_else()
    {
        var j = await _host.CreateJurisdictionAsync("audited", "审计旗");
        await _host.CreateUserAsync(j.Id, "audited-auditor", Modular.Identity.Roles.Auditor);
        await _host.CreateUserAsync(j.Id, "audited-member", Modular.Identity.Roles.Member);
        var admin = await _host.ApiClientAsync("audited-admin");
        await admin.PutAsJsonAsync("/api/j/audited/plugins/banner-six-ones", new { enabled = true, settings = new Dictionary<string, string> { ["dailyNote.minChars"] = "280" } });

        var auditor = await _host.ApiClientAsync("audited-auditor");
        var log = await auditor.GetFromJsonAsync<JsonElement>("/api/j/audited/audit?entity=jurisdictions.plugin_switches");
        var entry = log.GetProperty("items").EnumerateArray().Single();
        Assert.Equal("audited-admin", entry.GetProperty("userName").GetString());
        Assert.Equal("insert", entry.GetProperty("action").GetString(), ignoreCase: true);
        Assert.Contains("280", entry.GetProperty("after").ToString());

        Assert.Equal(HttpStatusCode.Forbidden, (await (await _host.ApiClientAsync("audited-member")).GetAsync("/api/j/audited/audit")).StatusCode);
        var page = await (await _host.BrowserClientAsync("audited-auditor")).GetStringAsync("/j/audited/office/audit?entity=jurisdictions.plugin_switches");
        Assert.Contains("audited-admin", page);
        Assert.Contains("banner-six-ones", page);
    }

    [Fact]
    public async Task The_review_desk_returns_a_text_with_a_comment_and_accepts_it_after_resubmission()
    {
        await _host.CreateJurisdictionAsync("desk", "审核旗", "test-good");
        var api = await _host.ApiClientAsync("desk-admin");
        var browser = await _host.BrowserClientAsync("desk-admin");
        var author = await RosterSetup.PersonAsync(api, "desk", "王芳", await RosterSetup.OrganizationAsync(api, "desk", "党支部", "党支部", null, null), leadingCadre: false);
        var id = (await JsonAsync(await api.PostAsJsonAsync("/api/j/desk/test-good/study-notes", new { personId = author, day = "2011-05-10", body = new string('学', 300) })))
            .GetProperty("id").GetInt64();

        var desk = await browser.GetStringAsync("/j/desk/office/reviews");
        Assert.Contains("待审核的文字材料", desk);
        Assert.Contains("test-good / ", desk);

        var noComment = await TestHost.SubmitFormAsync(browser, "/j/desk/office/reviews", new() { ["id"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["comment"] = "" }, "/j/desk/office/reviews?handler=Return");
        Assert.Contains("class=\"error\"", await noComment.Content.ReadAsStringAsync());
        var returned = await TestHost.SubmitFormAsync(browser, "/j/desk/office/reviews", new() { ["id"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["comment"] = "请结合工作实际" }, "/j/desk/office/reviews?handler=Return");
        Assert.Contains("已退回", await returned.Content.ReadAsStringAsync());

        await api.PostAsJsonAsync("/api/j/desk/test-good/study-notes", new { personId = author, day = "2011-05-10", body = new string('学', 320) });
        var accepted = await TestHost.SubmitFormAsync(browser, "/j/desk/office/reviews", new() { ["id"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, "/j/desk/office/reviews?handler=Accept");
        Assert.Contains("已验收", await accepted.Content.ReadAsStringAsync());
        Assert.Contains("没有待审核的材料", await browser.GetStringAsync("/j/desk/office/reviews"));
    }

    [Fact]
    public async Task The_office_reviews_a_pledge_on_its_page_and_sees_the_evaluation_rounds()
    {
        var j = await _host.CreateJurisdictionAsync("pledging", "承诺旗");
        var api = await _host.ApiClientAsync("pledging-admin");
        var owner = await RosterSetup.PersonAsync(api, "pledging", "王芳", await RosterSetup.OrganizationAsync(api, "pledging", "党支部", "党支部", null, null), leadingCadre: false);
        var pledge = await JsonAsync(await api.PostAsJsonAsync("/api/j/pledging/blocks/pledges",
            new { plugin = "institute-branch", kind = "personal-plan", pledgeKind = "Member", ownerId = owner, periodKey = "2010", text = "完成光栅刻划课题", published = true }));
        var id = pledge.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync("/api/j/pledging/blocks/evaluations/rounds", new
        {
            plugin = "institute-branch", kind = "democratic-evaluation", roundKey = "2011-H1", titleZh = "2011年上半年民主评议", titleEn = "2011 H1 democratic evaluation", anonymous = true,
            questions = new object[] { new { key = "grade", promptZh = "评议等次", promptEn = "Grade", scale = "four-grades" } },
        })).StatusCode);
        var browser = await _host.BrowserClientAsync("pledging-admin");

        var page = await browser.GetStringAsync("/j/pledging/office/pledges");
        Assert.Contains("完成光栅刻划课题", page);
        Assert.Contains("未评议", page);
        Assert.Contains("2011年上半年民主评议", page);
        Assert.Contains("无记名", page);

        var reviewed = await TestHost.SubmitFormAsync(browser, "/j/pledging/office/pledges",
            new() { ["id"] = id, ["outcome"] = "Partly", ["score"] = "75", ["comment"] = "课题延期" }, "/j/pledging/office/pledges?handler=Review");
        var html = await reviewed.Content.ReadAsStringAsync();
        Assert.Contains("评议已记录", html);
        Assert.Contains("部分兑现", html);
        Assert.Contains("课题延期", html);
    }
}
