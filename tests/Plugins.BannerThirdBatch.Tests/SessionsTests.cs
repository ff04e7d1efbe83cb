using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Modular.Sdk.Core;

namespace Plugins.BannerThirdBatch.Tests;

/// <summary>二(三)–(四) 培训学习 through the real host: secretaries trained and members studied (each once), who records, what is refused, 409, the ledgers.</summary>
public sealed class SessionsTests(BannerThirdBatchHost shared) : SharedHostTests<BannerThirdBatchHost>(shared)
{
    private const string Plugin = Banner.Plugin;

    public static readonly string[] Routes = ["/sessions", "/sessions?unitId={unit}", "/sessions/{session}", "/sessions/held", "/sessions/held?unitId={unit}&kind=GenPing", "/ledgers/sessions", "/ledgers/secretary-training"];
    public static readonly string[] Pages = ["/Sessions"];

    private static object Session(TestJurisdiction b, string? unit, string kind, string[] attendees, string day = "2026-03-05", decimal hours = 4, int? version = null) =>
        new { unitId = unit is null ? (long?)null : b.Org[unit], kind, title = $"{kind} {day}", heldOn = day, hours, place = "党员活动室",
            attendees = attendees.Select(a => b.People[a]).ToArray(), version };

    private static JsonElement Unit(JsonElement overview, TestJurisdiction b, string unit) =>
        overview.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("unitId").GetInt64() == b.Org[unit]);

    private static (int, int) Figure(JsonElement unit, string which) => (unit.GetProperty(which).GetProperty("done").GetInt32(), unit.GetProperty(which).GetProperty("owed").GetInt32());

    [Fact]
    public async Task Each_unit_counts_its_branch_secretaries_trained_and_its_members_who_studied_each_once()
    {
        var b = await Banner.CreateAsync(Host, "ar");
        var gacha = await Host.ApiClientAsync("ar-gacha");
        // A banner-wide training (the office): 乌云 of a gacha and 图雅 of the town's organs' branch.
        var training = await Banner.JsonAsync(await b.OfficeApi.PostAsJsonAsync(b.Api(Plugin, "/sessions"), Session(b, null, "SecretaryTraining", ["乌云", "图雅"], "2026-03-03", 8)),
            HttpStatusCode.Created);
        Assert.True(training.GetProperty("bannerWide").GetBoolean());
        await Banner.JsonAsync(await b.OfficeApi.PostAsJsonAsync(b.Api(Plugin, "/sessions"), Session(b, null, "SecretaryTraining", ["乌云"], "2026-03-06", 8)), HttpStatusCode.Created);
        await Banner.JsonAsync(await gacha.PostAsJsonAsync(b.Api(Plugin, "/sessions"), Session(b, "巴彦宝力格嘎查党支部", "RequiredBooks", ["乌云", "王强"])), HttpStatusCode.Created);
        await Banner.JsonAsync(await gacha.PostAsJsonAsync(b.Api(Plugin, "/sessions"), Session(b, "巴彦宝力格嘎查党支部", "GenPing", ["王强"], "2026-03-07")), HttpStatusCode.Created);

        var overview = await Banner.JsonAsync(await b.OfficeApi.GetAsync(b.Api(Plugin, "/sessions")), HttpStatusCode.OK);
        var own = Unit(overview, b, "巴彦宝力格嘎查党支部");
        Assert.Equal((1, 1), Figure(own, "secretaries"));        // trained twice, counted once
        Assert.Equal((2, 4), Figure(own, "study"));              // 乌云 and 王强 of 乌云, 王强, 孟和, 其其格
        Assert.Equal((1, 1, 0), (own.GetProperty("held").GetProperty("RequiredBooks").GetInt32(), own.GetProperty("held").GetProperty("GenPing").GetInt32(),
            own.GetProperty("held").GetProperty("Lecture").GetInt32()));
        Assert.Equal((1, 1), Figure(Unit(overview, b, "巴音高勒苏木党委"), "secretaries"));   // 图雅, the organs' branch; not the committee's 巴特尔
        Assert.Equal((0, 1), Figure(Unit(overview, b, "呼和乌拉嘎查党支部"), "secretaries"));
        Assert.Equal((0, 1), Figure(Unit(overview, b, "阿拉腾嘎查党支部"), "secretaries"));
        Assert.Equal("2026-03-03", overview.GetProperty("secretaries").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "乌云").GetProperty("trainedOn").GetString());

        // A secretary who moves takes the training along; the gacha sees its own and the banner's sessions.
        await b.OfficeApi.PostAsJsonAsync($"/api/j/ar/people/{b.People["王强"]}/transfer", new { toOrganizationId = b.Org["呼和乌拉嘎查党支部"], on = "2026-03-08" });
        overview = await Banner.JsonAsync(await b.OfficeApi.GetAsync(b.Api(Plugin, "/sessions")), HttpStatusCode.OK);
        Assert.Equal((1, 3), Figure(Unit(overview, b, "巴彦宝力格嘎查党支部"), "study"));
        Assert.Equal((1, 3), Figure(Unit(overview, b, "呼和乌拉嘎查党支部"), "study"));
        var seen = await Banner.JsonAsync(await gacha.GetAsync(b.Api(Plugin, "/sessions")), HttpStatusCode.OK);
        Assert.Equal(4, seen.GetProperty("sessions").GetArrayLength());
        Assert.Single(seen.GetProperty("units").EnumerateArray());
    }

    [Fact]
    public async Task The_overviews_columns_count_each_unit_as_its_sessions_and_outreach_pages_do()
    {
        // The progress columns read the coverage alone (no session views), once per request: the same figures as the pages'.
        var b = await Banner.CreateAsync(Host, "ar");
        var gacha = await Host.ApiClientAsync("ar-gacha");
        await Banner.JsonAsync(await b.OfficeApi.PostAsJsonAsync(b.Api(Plugin, "/sessions"), Session(b, null, "SecretaryTraining", ["乌云", "图雅"], "2026-03-03", 8)), HttpStatusCode.Created);
        await Banner.JsonAsync(await gacha.PostAsJsonAsync(b.Api(Plugin, "/sessions"), Session(b, "巴彦宝力格嘎查党支部", "RequiredBooks", ["乌云", "王强"])), HttpStatusCode.Created);
        await Banner.JsonAsync(await gacha.PostAsJsonAsync(b.Api(Plugin, "/sessions"), Session(b, "巴彦宝力格嘎查党支部", "SecretaryTraining", ["孟和"], "2026-03-07")), HttpStatusCode.Created);
        await Banner.JsonAsync(await b.OfficeApi.PostAsJsonAsync(b.Api(Plugin, "/outreach"), new { personId = b.People["孟和"], reachedOn = "2026-03-02", method = "Phone" }),
            HttpStatusCode.Created);

        foreach (var client in new[] { b.OfficeApi, gacha })
        {
            var sessions = await Banner.JsonAsync(await client.GetAsync(b.Api(Plugin, "/sessions")), HttpStatusCode.OK);
            var outreach = await Banner.JsonAsync(await client.GetAsync(b.Api(Plugin, "/outreach")), HttpStatusCode.OK);
            foreach (var unit in sessions.GetProperty("units").EnumerateArray())
            {
                var id = unit.GetProperty("unitId").GetInt64();
                var progress = await Banner.JsonAsync(await client.GetAsync(b.Api(Plugin, $"/progress/units/{id}")), HttpStatusCode.OK);
                var keys = progress.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("key").GetString()!).ToList();
                var figures = progress.GetProperty("rows")[0].GetProperty("figures").EnumerateArray().Zip(keys).ToDictionary(f => f.Second, f => f.First);
                (int, int)? Column(string key) => figures[key].ValueKind == JsonValueKind.Null ? null : (figures[key].GetProperty("done").GetInt32(), figures[key].GetProperty("owed").GetInt32());
                (int, int)? Owed((int Done, int Owed) f) => f.Owed > 0 ? f : null;
                Assert.Equal(Owed(Figure(unit, "secretaries")), Column("secretary-training"));
                Assert.Equal(Owed(Figure(unit, "study")), Column("study"));
                var reached = outreach.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("figure").GetProperty("unitId").GetInt64() == id).GetProperty("figure");
                Assert.Equal(Owed((reached.GetProperty("done").GetInt32(), reached.GetProperty("owed").GetInt32())), Column("outreach"));
            }
        }
    }

    [Fact]
    public async Task A_session_is_refused_by_field_and_recorded_only_by_its_unit_those_above_or_the_office()
    {
        var b = await Banner.CreateAsync(Host, "ar");
        await b.UserAsync("ar-inspector", KnownRoles.Inspector, b.Org["巴音高勒苏木党委"]);
        var gacha = await Host.ApiClientAsync("ar-gacha");
        var town = await Host.ApiClientAsync("ar-town");
        var other = await Host.ApiClientAsync("ar-other");
        var inspector = await Host.ApiClientAsync("ar-inspector");
        string Url(string path = "") => b.Api(Plugin, "/sessions" + path);

        foreach (var (body, field) in new (object, string)[]
        {
            (Session(b, "巴彦宝力格嘎查党支部", "Lecture", [], hours: 0), "hours"),
            (Session(b, "巴彦宝力格嘎查党支部", "Lecture", [], hours: 24.5m), "hours"),
            (Session(b, "巴彦宝力格嘎查党支部", "Lecture", [], "2026-03-11"), "heldOn"),
            (Session(b, "巴彦宝力格嘎查党支部", "Lecture", ["王强", "王强"]), "attendees"),
            (Session(b, "巴彦宝力格嘎查党支部", "Lecture", ["那顺"]), "attendees"),     // another town's member: not the gacha's to list
            (Session(b, "呼和乌拉嘎查党支部", "Lecture", []), "unitId"),                // a sibling it cannot see
            (Session(b, "旗财政局党支部", "Lecture", []), "unitId"),                    // no participating unit
        })
        {
            var refused = await Banner.JsonAsync(await gacha.PostAsJsonAsync(Url(), body), HttpStatusCode.BadRequest);
            Assert.True(refused.GetProperty("errors").TryGetProperty(field, out _), $"{field}: {refused}");
        }
        await Banner.JsonAsync(await gacha.PostAsJsonAsync(Url(), Session(b, "巴彦宝力格嘎查党支部", "Lecture", [], "2026-03-10", 24)), HttpStatusCode.Created);
        await Banner.JsonAsync(await town.PostAsJsonAsync(Url(), Session(b, null, "SecretaryTraining", [])), HttpStatusCode.Forbidden);       // banner-wide: the office
        await Banner.JsonAsync(await inspector.PostAsJsonAsync(Url(), Session(b, "巴彦宝力格嘎查党支部", "Lecture", [])), HttpStatusCode.Forbidden);
        var held = await Banner.JsonAsync(await town.PostAsJsonAsync(Url(), Session(b, "巴彦宝力格嘎查党支部", "GenPing", ["王强"])), HttpStatusCode.Created);

        var id = held.GetProperty("id").GetInt64();
        await Banner.JsonAsync(await other.GetAsync(Url($"/{id}")), HttpStatusCode.NotFound);
        await Banner.JsonAsync(await other.PutAsJsonAsync(Url($"/{id}"), Session(b, "巴彦宝力格嘎查党支部", "GenPing", [], version: 1)), HttpStatusCode.NotFound);
        await Banner.JsonAsync(await inspector.PutAsJsonAsync(Url($"/{id}"), Session(b, "巴彦宝力格嘎查党支部", "GenPing", [], version: 1)), HttpStatusCode.Forbidden);
        var version = held.GetProperty("version").GetInt32();
        var corrected = await Banner.JsonAsync(await gacha.PutAsJsonAsync(Url($"/{id}"), Session(b, "巴彦宝力格嘎查党支部", "GenPing", ["王强", "乌云"], version: version)), HttpStatusCode.OK);
        Assert.Equal(2, corrected.GetProperty("attendees").GetArrayLength());
        await Banner.JsonAsync(await town.PutAsJsonAsync(Url($"/{id}"), Session(b, "巴彦宝力格嘎查党支部", "GenPing", [], version: version)), HttpStatusCode.Conflict);
        await Banner.JsonAsync(await town.PutAsJsonAsync(Url($"/{id}"), Session(b, "巴彦宝力格嘎查党支部", "GenPing", [])), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task The_ledgers_list_the_sessions_and_every_secretary_trained_or_not()
    {
        var b = await Banner.CreateAsync(Host, "ar");
        await Banner.JsonAsync(await b.OfficeApi.PostAsJsonAsync(b.Api(Plugin, "/sessions"), Session(b, null, "SecretaryTraining", ["乌云"], "2026-03-03", 8)), HttpStatusCode.Created);
        var sessions = await (await b.OfficeApi.GetAsync(b.Api(Plugin, "/ledgers/sessions?format=csv"))).CsvRowsAsync();
        Assert.Contains(sessions, r => r.Contains("党支部书记集中培训") && r.Contains("乌云"));
        var secretaries = await (await b.OfficeApi.GetAsync(b.Api(Plugin, "/ledgers/secretary-training?format=csv"))).CsvRowsAsync();
        Assert.Contains(secretaries, r => r.Contains("乌云") && r.Contains("是"));
        Assert.Contains(secretaries, r => r.Contains("达来") && r.Contains("否"));
        Assert.DoesNotContain(secretaries, r => r.Contains("吴刚"));   // a banner organ's secretary: no unit of the campaign
        Assert.Equal(HttpStatusCode.OK, (await b.OfficeApi.GetAsync(b.Api(Plugin, "/ledgers/sessions"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await b.OfficeApi.GetAsync(b.Api(Plugin, "/ledgers/secretary-training"))).StatusCode);
    }
}
