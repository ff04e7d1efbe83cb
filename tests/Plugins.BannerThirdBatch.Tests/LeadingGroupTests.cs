using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Plugins.BannerThirdBatch.Tests;

/// <summary>三(二) 旗学习实践活动领导小组 and its members' liaison points (联系点) through the real host.</summary>
public sealed class LeadingGroupTests(BannerThirdBatchHost shared) : SharedHostTests<BannerThirdBatchHost>(shared)
{
    private const string Plugin = Banner.Plugin;

    public static readonly string[] Routes = ["/leading-group"];
    public static readonly string[] Pages = ["/LeadingGroup"];

    public static object Group(TestJurisdiction banner, int version, long? secretaryLiaison = null, long? deputyLiaison = null) => new
    {
        version,
        members = new object[]
        {
            new { personId = banner.People["旗委书记"], role = "Leader", liaisonTownId = secretaryLiaison ?? banner.Org["巴音高勒苏木党委"] },
            new { personId = banner.People["组织部长"], role = "Deputy", liaisonTownId = deputyLiaison ?? banner.Org["阿拉腾敖包镇党委"] },
            new { personId = banner.People["宣传部长"], role = "Member", liaisonTownId = (long?)null },
        },
    };

    [Fact]
    public async Task The_office_records_the_group_each_member_with_a_liaison_point_and_a_member_without_one_is_flagged()
    {
        var banner = await Banner.CreateAsync(Host, "ar");
        var url = banner.Api(Plugin, "/leading-group");
        var empty = await Banner.JsonAsync(await banner.OfficeApi.GetAsync(url), HttpStatusCode.OK);
        Assert.False(empty.GetProperty("recorded").GetBoolean());

        var saved = await Banner.JsonAsync(await banner.OfficeApi.PutAsJsonAsync(url, Group(banner, 0)), HttpStatusCode.OK);
        Assert.Equal(1, saved.GetProperty("version").GetInt32());
        Assert.Equal(["宣传部长"], saved.GetProperty("withoutLiaison").EnumerateArray().Select(m => m.GetProperty("name").GetString()));
        var towns = saved.GetProperty("towns").EnumerateArray().ToDictionary(t => t.GetProperty("town").GetString()!, t => t.GetProperty("liaisons").EnumerateArray().Select(l => l.GetString()).ToList());
        Assert.Equal(["旗委书记"], towns["巴音高勒苏木党委"]);
        Assert.Equal(["组织部长"], towns["阿拉腾敖包镇党委"]);
        Assert.Equal("Leader", saved.GetProperty("members")[0].GetProperty("role").GetString());

        // A stale version is a conflict; the group is saved whole at the version read.
        Assert.Equal(HttpStatusCode.Conflict, (await banner.OfficeApi.PutAsJsonAsync(url, Group(banner, 0))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await banner.OfficeApi.PutAsJsonAsync(url, Group(banner, 1))).StatusCode);
    }

    [Fact]
    public async Task One_leader_a_liaison_point_is_a_sumu_or_town_and_only_the_office_records_the_group()
    {
        var banner = await Banner.CreateAsync(Host, "ar");
        var url = banner.Api(Plugin, "/leading-group");
        var gachaLiaison = await Banner.JsonAsync(await banner.OfficeApi.PutAsJsonAsync(url, Group(banner, 0, banner.Org["巴彦宝力格嘎查党支部"])), HttpStatusCode.BadRequest);
        Assert.True(gachaLiaison.GetProperty("errors").TryGetProperty("liaisonTownId", out _));
        var twoLeaders = new
        {
            version = 0,
            members = new object[] { new { personId = banner.People["旗委书记"], role = "Leader" }, new { personId = banner.People["组织部长"], role = "Leader" } },
        };
        var refused = await Banner.JsonAsync(await banner.OfficeApi.PutAsJsonAsync(url, twoLeaders), HttpStatusCode.BadRequest);
        Assert.True(refused.GetProperty("errors").TryGetProperty("members", out _));
        var noLeader = new { version = 0, members = new object[] { new { personId = banner.People["组织部长"], role = "Member" } } };
        Assert.Equal(HttpStatusCode.BadRequest, (await banner.OfficeApi.PutAsJsonAsync(url, noLeader)).StatusCode);

        var town = await Host.ApiClientAsync("ar-town");
        Assert.Equal(HttpStatusCode.OK, (await town.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await town.PutAsJsonAsync(url, Group(banner, 0))).StatusCode);
        var member = await Host.ApiClientAsync("ar-member");
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await member.PutAsJsonAsync(url, Group(banner, 0))).StatusCode);
    }
}
