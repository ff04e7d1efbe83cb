using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Modular.Sdk.Core;

namespace Plugins.BannerThirdBatch.Tests;

/// <summary>One host with the plugin for the class, its clock on 2026-03-10, emptied before each test.</summary>
public sealed class BannerThirdBatchHost() : SharedTestHost([PluginId], Beijing(2026, 3, 10))
{
    public const string PluginId = "banner-third-batch";
}

/// <summary>
/// A banner for the tests: one sumu with its organs' branch, two gacha and a community, a second town, and a banner organ that
/// takes no part. Accounts: <c>{code}-admin</c> (the banner office), <c>{code}-town</c> (the sumu's secretary, 巴特尔),
/// <c>{code}-gacha</c> (巴彦宝力格's secretary, 乌云), <c>{code}-other</c> (the other town's secretary, 白音), <c>{code}-member</c> (王强).
/// Outgoing members: 孟和 (巴彦宝力格, to 包头市), 其其格 (巴彦宝力格, to 银川市), 萨仁 (额肯社区, to 乌海市), 那顺 (阿拉腾镇).
/// </summary>
public static class Banner
{
    public const string Plugin = BannerThirdBatchHost.PluginId;

    public const string Tree = """
        阿拉善右旗委 | 党委
          - 旗委书记 | 书记
          - 组织部长
          - 宣传部长
          巴音高勒苏木党委 | 党委 | 苏木镇/乡镇
            - 巴特尔 | 书记
            - 阿拉坦 | 组织委员
            巴音高勒苏木机关党支部 | 党支部 | 苏木镇/乡镇
              - 图雅 | 书记
            巴彦宝力格嘎查党支部 | 党支部 | 嘎查/农村
              - 乌云 | 书记
              - 王强
              - 孟和 | 外出:包头市
              - 其其格 | 外出:银川市
            呼和乌拉嘎查党支部 | 党支部 | 嘎查/农村
              - 达来 | 书记
              - 苏和
            额肯社区党支部 | 党支部 | 社区
              - 高娃 | 书记
              - 萨仁 | 外出:乌海市
          阿拉腾敖包镇党委 | 党委 | 苏木镇/乡镇
            - 白音 | 书记
            阿拉腾嘎查党支部 | 党支部 | 嘎查/农村
              - 朝鲁 | 书记
              - 那顺 | 外出:呼和浩特市
          旗财政局党支部 | 党支部 | 机关
            - 吴刚 | 书记
        """;

    public static async Task<TestJurisdiction> CreateAsync(TestHost host, string code)
    {
        var banner = await TestJurisdiction.CreateAsync(host, code, $"{code}旗", [Plugin], Tree);
        await banner.UserAsync($"{code}-town", KnownRoles.OrganizationOfficer, banner.Org["巴音高勒苏木党委"], banner.People["巴特尔"]);
        await banner.UserAsync($"{code}-gacha", KnownRoles.OrganizationOfficer, banner.Org["巴彦宝力格嘎查党支部"], banner.People["乌云"]);
        await banner.UserAsync($"{code}-other", KnownRoles.OrganizationOfficer, banner.Org["阿拉腾敖包镇党委"], banner.People["白音"]);
        await banner.UserAsync($"{code}-member", KnownRoles.Member, personId: banner.People["王强"]);
        return banner;
    }

    /// <summary>A campaign under way: the town and its units started, a gacha with a longer phase; then the work of every item.</summary>
    public static async Task UnderWayAsync(TestJurisdiction banner)
    {
        await Banner.JsonAsync(await banner.OfficeApi.PutAsJsonAsync(banner.Api(Plugin, $"/units/{banner.Org["巴音高勒苏木党委"]}/schedule"), new { start = "2025-09-01" }), HttpStatusCode.OK);
        await Banner.JsonAsync(await banner.OfficeApi.PutAsJsonAsync(banner.Api(Plugin, $"/units/{banner.Org["巴彦宝力格嘎查党支部"]}/schedule"), new { start = "2026-01-05", concentratedEnd = "2026-06-30" }), HttpStatusCode.OK);
        await Banner.JsonAsync(await banner.OfficeApi.PutAsJsonAsync(banner.Api(Plugin, $"/units/{banner.Org["额肯社区党支部"]}/schedule"), new { start = "2026-01-05" }), HttpStatusCode.OK);
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode} (wanted {(int)expected}): {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }
}
