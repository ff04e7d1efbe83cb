using System.Net;
using System.Net.Http.Json;

namespace Plugins.BannerThirdBatch.Tests;

/// <summary>二(五) 问责 and 三(三) 先进党员: the person is picked from the roster by id — unknown, another jurisdiction's or another unit's refused by field.</summary>
public sealed class RosterPickerTests(BannerThirdBatchHost shared) : SharedHostTests<BannerThirdBatchHost>(shared)
{
    private const string Plugin = Banner.Plugin;

    public static readonly string[] Routes = [];
    public static readonly string[] Pages = [];

    [Fact]
    public async Task A_case_and_a_model_member_take_a_person_of_the_unit_from_the_roster_and_refuse_any_other_by_field()
    {
        var b = await Banner.CreateAsync(Host, "ar");
        var elsewhere = await Banner.CreateAsync(Host, "zz");
        var gachaId = b.Org["巴彦宝力格嘎查党支部"];
        var gacha = await Host.ApiClientAsync("ar-gacha");
        object Case(long? personId) => new { unitId = gachaId, personId, problem = "未按期召开组织生活会", action = "诫勉谈话", day = "2026-03-10" };
        object Model(long? personId) => new { unitId = gachaId, kind = "TypicalMember", title = "扎根牧区的好支书", personId, story = "……" };

        foreach (var personId in new long?[] { 987654321, elsewhere.People["王强"], b.People["苏和"] })   // unknown, another jurisdiction's, another gacha's
        {
            var refusedCase = await Banner.JsonAsync(await gacha.PostAsJsonAsync(b.Api(Plugin, "/systems/cases"), Case(personId)), HttpStatusCode.BadRequest);
            Assert.True(refusedCase.GetProperty("errors").TryGetProperty("personId", out _), $"case {personId}");
            var refusedModel = await Banner.JsonAsync(await gacha.PostAsJsonAsync(b.Api(Plugin, "/publicity"), Model(personId)), HttpStatusCode.BadRequest);
            Assert.True(refusedModel.GetProperty("errors").TryGetProperty("personId", out _), $"model {personId}");
        }

        var saved = await Banner.JsonAsync(await gacha.PostAsJsonAsync(b.Api(Plugin, "/systems/cases"), Case(b.People["王强"])), HttpStatusCode.Created);
        Assert.Equal((b.People["王强"], "王强"), (saved.GetProperty("personId").GetInt64(), saved.GetProperty("person").GetString()));
        await Banner.JsonAsync(await gacha.PostAsJsonAsync(b.Api(Plugin, "/systems/cases"), Case(null)), HttpStatusCode.Created);   // a case may name no one
        var model = await Banner.JsonAsync(await gacha.PostAsJsonAsync(b.Api(Plugin, "/publicity"), Model(b.People["乌云"])), HttpStatusCode.Created);
        Assert.Equal("乌云", model.GetProperty("person").GetString());
        // The town reports a model member of one of its gacha.
        await Banner.JsonAsync(await (await Host.ApiClientAsync("ar-town")).PostAsJsonAsync(b.Api(Plugin, "/publicity"),
            new { unitId = b.Org["巴音高勒苏木党委"], kind = "TypicalMember", title = "好支书", personId = b.People["达来"], story = "……" }), HttpStatusCode.Created);

        var browser = await Host.BrowserClientAsync("ar-gacha");
        foreach (var page in new[] { "/Systems", "/Publicity" })
            Assert.Contains("name=\"PersonId\"", await browser.GetStringAsync(b.Page(Plugin, page)));
    }
}
