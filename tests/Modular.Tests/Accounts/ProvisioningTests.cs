using System.Buffers.Binary;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Modular.Audit;
using Modular.Organizations;
using Modular.Sdk;
using Modular.Tests.Infrastructure;
using Modular.Tests.Roster;
using Npgsql;

namespace Modular.Tests.Accounts;

public sealed class ProvisioningHost() : SharedTestHost([]);

/// <summary>
/// Member accounts in bulk (issue 14 item 2): provisioning a subtree, the one-time slip sheet, the forced first
/// password change, and accounts that follow the roster (leaving, transfers, the roster import). One host for the
/// class, emptied before each test; each test builds the same small banner.
/// </summary>
public sealed class ProvisioningTests(ProvisioningHost shared) : IClassFixture<ProvisioningHost>, IAsyncLifetime
{
    private const string Code = "pv";
    private TestHost _host = null!;
    private TestJurisdiction _banner = null!;

    private const string Tree = """
        测试旗委 | 党委
          巴丹吉林镇党委 | 党委 | 苏木镇/乡镇
            第一党支部 | 党支部 | 嘎查/农村
              - 巴特尔 | 书记
              - 乌云
              - 其其格
              - 额尔敦
            第二党支部 | 党支部 | 嘎查/农村
              - 乌日娜 | 宣传委员
              - 孟和
              - 苏和
          阿拉腾朝格镇党委 | 党委 | 苏木镇/乡镇
            第三党支部 | 党支部 | 嘎查/农村
              - 图雅 | 书记
        """;

    public async Task InitializeAsync()
    {
        _host = await shared.ResetAsync();
        _banner = await TestJurisdiction.CreateAsync(_host, Code, "测试旗", [], Tree);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private HttpClient Office => _banner.OfficeApi;
    private long Org(string name) => _banner.Org[name];
    private long Person(string name) => _banner.People[name];

    /// <summary>Edits a member as the office would (the fields not named are cleared, which these tests do not read).</summary>
    private async Task EditAsync(string name, string? phone = null, string standing = "正常", string? idNumber = null)
    {
        var response = await Office.PutAsJsonAsync($"/api/j/{Code}/people/{Person(name)}", new { name, category = "正式党员", phone, standing, idNumber });
        Assert.True(response.StatusCode == HttpStatusCode.NoContent, $"edit {name}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private async Task<JsonElement> ProvisionAsync(HttpClient client, string organization)
    {
        var response = await client.PostAsJsonAsync($"/api/j/{Code}/accounts/provision", new { organizationId = Org(organization) });
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"provision {organization}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<Dictionary<string, JsonElement>> UsersByNameAsync() =>
        (await Office.GetItemsAsync($"/api/j/{Code}/users")).ToDictionary(u => u.GetProperty("userName").GetString()!);

    private static string[] RolesOf(JsonElement user) => user.GetProperty("roles").EnumerateArray().Select(r => r.GetString()!).Order(StringComparer.Ordinal).ToArray();

    private async Task<T> ScalarAsync<T>(string sql, params object[] parameters)
    {
        await using var owner = NpgsqlDataSource.Create(_host.ConnectionString);
        await using var command = owner.CreateCommand(sql);
        foreach (var p in parameters) command.Parameters.Add(new NpgsqlParameter { Value = p });
        return (T)(await command.ExecuteScalarAsync())!;
    }

    private async Task<long?> PersonOfAsync(int userId)
    {
        await using var owner = NpgsqlDataSource.Create(_host.ConnectionString);
        await using var command = owner.CreateCommand("select person_id from identity.person_accounts where user_id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = userId });
        return await command.ExecuteScalarAsync() as long?;
    }

    /// <summary>The PBKDF2 iteration count stored in a user's V3 hash.</summary>
    private async Task<uint> IterationsAsync(string userName)
    {
        var hash = Convert.FromBase64String(await ScalarAsync<string>("select password_hash from identity.users where user_name = $1", userName));
        Assert.Equal(0x01, hash[0]);
        return BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(5, 4));
    }

    /// <summary>The slip sheet's rows by member name: (organization, user name, initial password, notice).</summary>
    private static Dictionary<string, (string Organization, string UserName, string Password, string Notice)> Slips(byte[] xlsx)
    {
        var table = RosterFile.Read(xlsx, "slips.xlsx", new UploadLimits());
        Assert.Equal(["序号", "姓名", "所在组织", "用户名", "初始密码", "登录地址", "说明"], table.Headers);
        return table.Rows.ToDictionary(r => r.Cells[1], r => (r.Cells[2], r.Cells[3], r.Cells[4], r.Cells[6]));
    }

    private async Task<Dictionary<string, (string Organization, string UserName, string Password, string Notice)>> TakeSlipsAsync(HttpClient client, JsonElement provisioned)
    {
        var response = await client.GetAsync(provisioned.GetProperty("slipsUrl").GetString());
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"slips: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.NoStore);
        return Slips(await response.Content.ReadAsByteArrayAsync());
    }

    private async Task<HttpResponseMessage> LoginAsync(string userName, string password) =>
        await _host.Anonymous.PostAsJsonAsync("/api/auth/login", new { userName, password });

    /// <summary>A script signed in with this password (no re-signing: the tests watch its token end).</summary>
    private async Task<HttpClient> ScriptAsync(string userName, string password)
    {
        var login = await LoginAsync(userName, password);
        Assert.True(login.StatusCode == HttpStatusCode.OK, $"login {userName}: {(int)login.StatusCode}");
        var client = new HttpClient { BaseAddress = _host.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());
        return client;
    }

    /// <summary>A browser signed in through the sign-in page with this password.</summary>
    private async Task<HttpClient> BrowserAsync(string userName, string password)
    {
        var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = _host.BaseAddress };
        var form = await browser.GetStringAsync("/account/login");
        var signedIn = await browser.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName, ["Password"] = password, ["__RequestVerificationToken"] = TestHost.AntiforgeryToken(form),
        }));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return browser;
    }

    [Fact]
    public async Task Provisioning_a_subtree_makes_exactly_the_missing_accounts_with_their_user_names_links_and_officer_roles()
    {
        await EditAsync("巴特尔", phone: "138 0000 0001");         // a mobile number, written with spaces
        await EditAsync("乌云", phone: "13800000002");              // taken by a user of another jurisdiction
        await EditAsync("额尔敦", phone: "0483-8221234");           // a landline: no user name
        await EditAsync("乌日娜", phone: "+86 139-0000-0003");
        await EditAsync("苏和", standing: "停止");                   // off the rolls: skipped
        var other = await _host.CreateJurisdictionAsync("pv-other", "别的旗");
        await _host.CreateUserAsync(other.Id, "13800000002", Modular.Identity.Roles.Member);
        await _host.CreateUserAsync(other.Id, $"PV-{Person("孟和"):D6}", Modular.Identity.Roles.Member); // the fallback taken, in capitals
        await _banner.UserAsync("qiqige", Modular.Identity.Roles.Member, personId: Person("其其格"));   // has an account

        var provisioned = await ProvisionAsync(Office, "巴丹吉林镇党委");

        Assert.Equal(5, provisioned.GetProperty("created").GetInt32()); // 巴特尔, 乌云, 额尔敦, 乌日娜, 孟和
        Assert.Equal(1, provisioned.GetProperty("alreadyHadAccounts").GetInt32());
        var skipped = Assert.Single(provisioned.GetProperty("skipped").EnumerateArray());
        Assert.Equal(("苏和", Person("苏和")), (skipped.GetProperty("name").GetString(), skipped.GetProperty("personId").GetInt64()));
        Assert.Contains("停止", skipped.GetProperty("reason").GetString());

        var users = await UsersByNameAsync();
        var expected = new Dictionary<string, string>
        {
            ["巴特尔"] = "13800000001",
            ["乌云"] = $"pv-{Person("乌云"):D6}",
            ["额尔敦"] = $"pv-{Person("额尔敦"):D6}",
            ["乌日娜"] = "13900000003",
            ["孟和"] = $"pv-{Person("孟和"):D6}-2",
        };
        foreach (var (name, userName) in expected)
        {
            Assert.True(users.TryGetValue(userName, out var user), $"{name}: no user {userName} among {string.Join(", ", users.Keys)}");
            Assert.Equal(name, user.GetProperty("displayName").GetString());
            Assert.True(user.GetProperty("mustChangePassword").GetBoolean());
            Assert.Equal(Person(name), await PersonOfAsync(user.GetProperty("id").GetInt32()));
        }
        Assert.Equal(["member", $"organization-officer@{Org("第一党支部")}"], RolesOf(users["13800000001"]));
        Assert.Equal(["member", $"organization-officer@{Org("第二党支部")}"], RolesOf(users["13900000003"]));
        Assert.Equal(["member"], RolesOf(users[expected["乌云"]]));
        // Outside the subtree, or off the rolls: nobody.
        Assert.Equal(7, users.Count); // the office, qiqige and the five
        Assert.Equal(0L, await ScalarAsync<long>("select count(*) from identity.person_accounts where person_id = any($1)", new[] { Person("图雅"), Person("苏和") }));

        // Audited as the interceptor would have: every row, secrets masked.
        var log = _host.App.Services.GetRequiredService<AuditLog>();
        var userEntries = (await log.SearchAsync(_banner.Id, new AuditFilter { Entity = "identity.users", Action = AuditAction.Insert, PageSize = 500 })).Items
            .Where(e => e.UserName == $"{Code}-admin").ToList();
        Assert.Equal(5, userEntries.Count);
        Assert.All(userEntries, e => Assert.Equal("***", e.After!.Value.GetProperty("password_hash").GetString()));
        Assert.Equal(7, (await log.SearchAsync(_banner.Id, new AuditFilter { Entity = "identity.role_assignments", UserName = $"{Code}-admin", PageSize = 500 })).Total);
        Assert.Equal(6, (await log.SearchAsync(_banner.Id, new AuditFilter { Entity = "identity.person_accounts", UserName = $"{Code}-admin", PageSize = 500 })).Total); // qiqige's link too
        var batch = Assert.Single((await log.SearchAsync(_banner.Id, new AuditFilter { Entity = "identity.provisioning_batches" })).Items);
        Assert.Equal("***", batch.After!.Value.GetProperty("slips").GetString());
    }

    [Fact]
    public async Task A_second_run_makes_only_what_is_missing()
    {
        var first = await ProvisionAsync(Office, "第一党支部");
        Assert.Equal(4, first.GetProperty("created").GetInt32());

        var again = await ProvisionAsync(Office, "第一党支部");
        Assert.Equal((0, 4, JsonValueKind.Null), (again.GetProperty("created").GetInt32(), again.GetProperty("alreadyHadAccounts").GetInt32(), again.GetProperty("batchId").ValueKind));

        var newcomer = await _banner.PersonAsync("新来的", Org("第一党支部"));
        var wider = await ProvisionAsync(Office, "巴丹吉林镇党委");
        Assert.Equal((4, 4), (wider.GetProperty("created").GetInt32(), wider.GetProperty("alreadyHadAccounts").GetInt32())); // 新来的 and 第二党支部's three
        Assert.Equal(1L, await ScalarAsync<long>("select count(*) from identity.person_accounts where person_id = $1", newcomer));
        Assert.Equal(2L, await ScalarAsync<long>("select count(*) from identity.provisioning_batches"));
    }

    [Fact]
    public async Task Runs_at_once_take_turns_and_make_each_account_once()
    {
        var runs = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => ProvisionAsync(Office, "测试旗委")));

        Assert.Equal(8, runs.Sum(r => r.GetProperty("created").GetInt32()));
        Assert.Equal(8L, await ScalarAsync<long>("select count(*) from identity.person_accounts"));
    }

    [Fact]
    public async Task An_officer_provisions_and_downloads_only_inside_their_own_subtree()
    {
        await _banner.UserAsync("pv-secretary", Modular.Identity.Roles.OrganizationOfficer, Org("第一党支部"));
        await _banner.UserAsync("pv-member", Modular.Identity.Roles.Member);
        var secretary = await _host.ApiClientAsync("pv-secretary");
        var member = await _host.ApiClientAsync("pv-member");

        var own = await ProvisionAsync(secretary, "第一党支部");
        Assert.Equal(4, own.GetProperty("created").GetInt32());
        foreach (var outside in new[] { "第二党支部", "巴丹吉林镇党委", "测试旗委" })
            Assert.Equal(HttpStatusCode.Forbidden, (await secretary.PostAsJsonAsync($"/api/j/{Code}/accounts/provision", new { organizationId = Org(outside) })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostAsJsonAsync($"/api/j/{Code}/accounts/provision", new { organizationId = Org("第一党支部") })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Office.PostAsJsonAsync($"/api/j/{Code}/accounts/provision", new { organizationId = 999_999_999 })).StatusCode);

        var theirs = await ProvisionAsync(Office, "第二党支部");
        Assert.Equal(HttpStatusCode.Forbidden, (await secretary.GetAsync(theirs.GetProperty("slipsUrl").GetString())).StatusCode);
        Assert.Equal([own.GetProperty("batchId").GetInt64()],
            (await secretary.GetItemsAsync($"/api/j/{Code}/accounts/provision")).Select(b => b.GetProperty("id").GetInt64()));
        Assert.Equal(["第一党支部"], (await secretary.GetItemsAsync($"/api/j/{Code}/accounts/progress")).Select(p => p.GetProperty("name").GetString()));
        Assert.Equal(4, (await TakeSlipsAsync(secretary, own)).Count);
    }

    [Fact]
    public async Task The_slip_sheet_downloads_once_and_the_download_is_audited()
    {
        var provisioned = await ProvisionAsync(Office, "第一党支部");
        var batchId = provisioned.GetProperty("batchId").GetInt64();

        var slips = await TakeSlipsAsync(Office, provisioned);

        Assert.Equal(new[] { "其其格", "巴特尔", "乌云", "额尔敦" }.Order(StringComparer.Ordinal), slips.Keys.Order(StringComparer.Ordinal));
        Assert.All(slips.Values, s =>
        {
            Assert.Equal(("第一党支部", "首次登录须修改密码"), (s.Organization, s.Notice));
            Assert.Matches("^[23456789abcdefghjkmnpqrstuvwxyz]{13}$", s.Password);
        });
        Assert.Equal(4, slips.Values.Select(s => s.Password).Distinct().Count());

        var again = await Office.GetAsync(provisioned.GetProperty("slipsUrl").GetString());
        Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
        Assert.Contains("不能再次下载", (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
        Assert.True(await ScalarAsync<bool>("select slips is null and slips_taken_at is not null from identity.provisioning_batches where id = $1", batchId));
        var batches = await Office.GetItemsAsync($"/api/j/{Code}/accounts/provision");
        Assert.False(Assert.Single(batches).GetProperty("slipsAvailable").GetBoolean());

        var entry = Assert.Single((await _host.App.Services.GetRequiredService<AuditLog>().SearchAsync(_banner.Id,
            new AuditFilter { Entity = "identity.provisioning_batches", Action = AuditAction.Update })).Items);
        Assert.Equal(($"{_banner.Id}/{batchId}", $"{Code}-admin"), (entry.EntityKey, entry.UserName));
        Assert.Equal(4, entry.After!.Value.GetProperty("created_count").GetInt32());
        Assert.Equal($"{Code}-admin", entry.After!.Value.GetProperty("slips_taken_by_name").GetString());
        Assert.Equal(JsonValueKind.Null, entry.After!.Value.GetProperty("slips").ValueKind);
        var download = Assert.Single((await _host.App.Services.GetRequiredService<AuditLog>().SearchAsync(_banner.Id,
            new AuditFilter { Entity = "download", Action = AuditAction.Download })).Items); // with every other list's downloads
        Assert.Equal(("党员账号分发单", $"{Code}-admin", 4), (download.EntityKey, download.UserName, download.After!.Value.GetProperty("people").GetInt32()));
        Assert.Equal(HttpStatusCode.NotFound, (await Office.GetAsync($"/api/j/{Code}/accounts/provision/{batchId + 1000}/slips")).StatusCode);
    }

    [Fact]
    public async Task The_initial_password_signs_in_then_everything_waits_for_the_new_password_which_is_hashed_at_210000_iterations()
    {
        await EditAsync("乌云", phone: "13800000002");
        var slip = (await TakeSlipsAsync(Office, await ProvisionAsync(Office, "第一党支部")))["乌云"];
        Assert.Equal("13800000002", slip.UserName);
        Assert.Equal(1_000u, await IterationsAsync(slip.UserName));

        var script = await ScriptAsync(slip.UserName, slip.Password);
        Assert.Equal(210_000u, await IterationsAsync(slip.UserName)); // rehashed at the first sign-in
        foreach (var path in new[] { "/api/auth/me", $"/api/j/{Code}/people", $"/api/j/{Code}/reminders/mine" })
        {
            var refused = await script.GetAsync(path);
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Equal("须先修改密码。", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
        }

        var browser = await BrowserAsync(slip.UserName, slip.Password);
        foreach (var page in new[] { $"/j/{Code}", $"/j/{Code}/people", $"/j/{Code}/calendar", "/" })
        {
            var redirected = await browser.GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, redirected.StatusCode);
            Assert.Equal("/account/password", redirected.Headers.Location!.OriginalString);
        }
        Assert.Contains("首次登录须修改密码", await browser.GetStringAsync("/account/password"));

        var same = await script.PostAsJsonAsync("/api/auth/password", new { currentPassword = slip.Password, newPassword = slip.Password });
        Assert.Equal(HttpStatusCode.BadRequest, same.StatusCode);
        var changed = await TestHost.SubmitFormAsync(browser, "/account/password", new() { ["CurrentPassword"] = slip.Password, ["NewPassword"] = "grassland-dawn-2026" });
        Assert.Contains("密码已修改。", await changed.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync($"/j/{Code}/people")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await script.GetAsync("/api/auth/me")).StatusCode); // the change ended the other sessions
        var fresh = await ScriptAsync(slip.UserName, "grassland-dawn-2026");
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync("/api/auth/me")).StatusCode);
        Assert.Equal(210_000u, await IterationsAsync(slip.UserName));
        Assert.False(await ScalarAsync<bool>("select must_change_password from identity.users where user_name = $1", slip.UserName));
        Assert.Equal(HttpStatusCode.Unauthorized, (await LoginAsync(slip.UserName, slip.Password)).StatusCode);
    }

    [Fact]
    public async Task A_password_the_office_resets_must_be_changed_at_the_next_sign_in()
    {
        var user = await _host.CreateUserAsync(_banner.Id, "pv-forgetful", Modular.Identity.Roles.Member);
        Assert.Equal(HttpStatusCode.NoContent, (await Office.PostAsJsonAsync($"/api/j/{Code}/users/{user.Id}/password", new { newPassword = "office-chosen-2026" })).StatusCode);

        var script = await ScriptAsync("pv-forgetful", "office-chosen-2026");
        Assert.Equal(HttpStatusCode.Forbidden, (await script.GetAsync("/api/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await script.PostAsJsonAsync("/api/auth/password", new { currentPassword = "office-chosen-2026", newPassword = "my-own-choice-2026" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await ScriptAsync("pv-forgetful", "my-own-choice-2026")).GetAsync("/api/auth/me")).StatusCode);
    }

    /// <summary>Provisions 第一党支部 and has 巴特尔 (its secretary) choose his own password; returns his user name and a script signed in as him.</summary>
    private async Task<(string UserName, HttpClient Script)> SecretaryWithOwnPasswordAsync()
    {
        var slip = (await TakeSlipsAsync(Office, await ProvisionAsync(Office, "第一党支部")))["巴特尔"];
        var first = await ScriptAsync(slip.UserName, slip.Password);
        Assert.Equal(HttpStatusCode.NoContent, (await first.PostAsJsonAsync("/api/auth/password", new { currentPassword = slip.Password, newPassword = "grassland-dawn-2026" })).StatusCode);
        var script = await ScriptAsync(slip.UserName, "grassland-dawn-2026");
        Assert.Equal(HttpStatusCode.OK, (await script.GetAsync("/api/auth/me")).StatusCode);
        return (slip.UserName, script);
    }

    [Fact]
    public async Task A_member_who_leaves_the_rolls_is_disabled_and_their_sessions_end()
    {
        var (userName, script) = await SecretaryWithOwnPasswordAsync();

        await EditAsync("巴特尔", standing: "开除");

        Assert.Equal(HttpStatusCode.Unauthorized, (await script.GetAsync("/api/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await LoginAsync(userName, "grassland-dawn-2026")).StatusCode);
        var user = (await UsersByNameAsync())[userName];
        Assert.True(user.GetProperty("disabled").GetBoolean());
        Assert.Equal(Person("巴特尔"), await PersonOfAsync(user.GetProperty("id").GetInt32())); // the link stays
        var page = await (await _host.BrowserClientAsync($"{Code}-admin")).GetStringAsync($"/j/{Code}/office/users");
        Assert.Contains("已停用", page);
    }

    [Fact]
    public async Task A_transfer_keeps_the_link_and_takes_the_officer_role_of_the_organization_left()
    {
        var (userName, script) = await SecretaryWithOwnPasswordAsync();
        var id = (await UsersByNameAsync())[userName].GetProperty("id").GetInt32();
        await _banner.UserAsync("pv-appointed", Modular.Identity.Roles.OrganizationOfficer, Org("第三党支部"), Person("图雅")); // granted by hand

        var moved = await Office.PostAsJsonAsync($"/api/j/{Code}/people/{Person("巴特尔")}/transfer", new { toOrganizationId = Org("第二党支部") });
        Assert.Equal(HttpStatusCode.NoContent, moved.StatusCode);
        var users = await UsersByNameAsync();
        Assert.Equal(["member"], RolesOf(users[userName]));
        Assert.Equal(Person("巴特尔"), await PersonOfAsync(id));
        Assert.Equal(HttpStatusCode.Unauthorized, (await script.GetAsync("/api/auth/me")).StatusCode); // its claims carried the role
        Assert.Equal(HttpStatusCode.OK, (await (await ScriptAsync(userName, "grassland-dawn-2026")).GetAsync("/api/auth/me")).StatusCode);

        // 图雅 moves too; her officer role was granted by the office, not derived from the officers list: it stays.
        Assert.Equal(HttpStatusCode.NoContent, (await Office.PostAsJsonAsync($"/api/j/{Code}/people/{Person("图雅")}/transfer", new { toOrganizationId = Org("第二党支部") })).StatusCode);
        Assert.Equal([$"organization-officer@{Org("第三党支部")}"], RolesOf((await UsersByNameAsync())["pv-appointed"]));
    }

    [Fact]
    public async Task The_roster_import_announces_its_transfers_and_leavings_and_accounts_follow()
    {
        var (wurina, suhe) = (RosterTestKit.IdNumber("15292219800501001"), RosterTestKit.IdNumber("15292219810601002"));
        await EditAsync("乌日娜", idNumber: wurina);
        await EditAsync("苏和", idNumber: suhe);
        await ProvisionAsync(Office, "第二党支部");
        var before = await UsersByNameAsync();
        var wurinaUser = before.Values.Single(u => u.GetProperty("displayName").GetString() == "乌日娜");
        Assert.Contains($"organization-officer@{Org("第二党支部")}", RolesOf(wurinaUser));

        var csv = Encoding.UTF8.GetBytes($"姓名,身份证号码,人员类别,所在组织,党籍状态\n乌日娜,{wurina},正式党员,第一党支部,正常\n苏和,{suhe},正式党员,第二党支部,停止党籍\n");
        var imported = await Office.ImportAsync(Code, csv, "moves.csv");
        Assert.True(imported.StatusCode == HttpStatusCode.OK, await imported.Content.ReadAsStringAsync());

        var after = await UsersByNameAsync();
        Assert.Equal(["member"], RolesOf(after[wurinaUser.GetProperty("userName").GetString()!]));
        Assert.True(after.Values.Single(u => u.GetProperty("displayName").GetString() == "苏和").GetProperty("disabled").GetBoolean());
        Assert.False(after.Values.Single(u => u.GetProperty("displayName").GetString() == "孟和").GetProperty("disabled").GetBoolean());
    }

    [Fact]
    public async Task The_accounts_page_shows_progress_provisions_and_lists_the_batches()
    {
        var browser = await _host.BrowserClientAsync($"{Code}-admin");
        var empty = await browser.GetStringAsync($"/j/{Code}/accounts");
        Assert.Contains("尚未批量开通过账号", empty);

        var posted = await TestHost.SubmitFormAsync(browser, $"/j/{Code}/accounts", new() { ["organizationId"] = Org("第一党支部").ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var html = await posted.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("已开通 4 个账号", html);
        Assert.Contains("下载账号分发单", html);
        Assert.Contains($"<tr data-org=\"{Org("第一党支部")}\">", html);
        Assert.Matches("class=\"with-accounts\">4<", html);
        Assert.Contains("下载 .xlsx（仅一次）", html);

        // The print view hands the slips out instead of the .xlsx: once, then 410 for both.
        var batchId = Assert.Single(await Office.GetItemsAsync($"/api/j/{Code}/accounts/provision")).GetProperty("id").GetInt64();
        var print = await browser.GetAsync($"/j/{Code}/accounts/batches/{batchId}/slips");
        Assert.Equal(HttpStatusCode.OK, print.StatusCode);
        Assert.True(print.Headers.CacheControl?.NoStore);
        var slips = await print.Content.ReadAsStringAsync();
        Assert.Equal(4, System.Text.RegularExpressions.Regex.Matches(slips, "<section class=\"slip\">").Count);
        Assert.Equal(4, System.Text.RegularExpressions.Regex.Matches(slips, "首次登录须修改密码").Count);
        Assert.Equal(HttpStatusCode.Gone, (await browser.GetAsync($"/j/{Code}/accounts/batches/{batchId}/slips")).StatusCode);
        Assert.Equal(HttpStatusCode.Gone, (await Office.GetAsync($"/api/j/{Code}/accounts/provision/{batchId}/slips")).StatusCode);
        Assert.Contains("已于", await browser.GetStringAsync($"/j/{Code}/accounts"));

        var english = await browser.GetStringAsync($"/j/{Code}/accounts?culture=en");
        Assert.Contains("Member accounts", english);
    }
}
