using System.Net;
using System.Net.Http.Json;
using static Plugins.PartyGroupStudy.Tests.County;

namespace Plugins.PartyGroupStudy.Tests;

/// <summary>What the analysis stage's tests share: a county with its group recorded, a member's report, the meeting, the core's obligations, some of everything.</summary>
public static class Analysis
{
    public static object Report(int version, long? personId = null, string? note = null, bool withoutCauses = false) => new
    {
        personId, essence = "学习不够系统，用科学发展观指导实践的能力不强。", situation = "发展思路对新形势研究不够，项目审批机制不顺。",
        practice = "赶超发展的紧迫感不强，与先进县差距明显。", expectations = "群众关心的就业、就医问题解决不够及时。",
        causes = withoutCauses ? " " : "理论学习抓得不紧；今后每月集中学习一次，重点项目实行全程代办。", version, note,
    };

    public static async Task<TestJurisdiction> GroupAsync(TestHost host, string code = "xg", int? parentId = null)
    {
        var county = await CreateAsync(host, code, parentId);
        await JsonAsync(await county.OfficeApi.PutAsJsonAsync(county.Api(Plugin, "/leading-group"), Group(county)), HttpStatusCode.OK);
        return county;
    }

    /// <summary>Each obligation of a type the core holds: obliged id → done, late, missed or open.</summary>
    public static async Task<Dictionary<long, string?>> ObligationsAsync(TestJurisdiction county, string type) =>
        (await JsonAsync(await county.OfficeApi.GetAsync($"/api/j/{county.Code}/obligations?type=party-group-study.{type}&pageSize=100"), HttpStatusCode.OK))
            .GetProperty("items").EnumerateArray().ToDictionary(o => o.GetProperty("obligedId").GetInt64(), o => o.GetProperty("status").GetString());

    /// <summary>The meeting on a day, everyone attending but 刘伟.</summary>
    public static object Meeting(TestJurisdiction county, string heldOn, int? version = null) => new
    {
        title = "县政府党组专题民主生活会", heldOn, hours = 4, place = "县政府三楼会议室",
        attended = Members.Where(m => m != "刘伟").Select(m => county.People[m]).ToArray(), version,
    };

    public static readonly string[] Paths = ["/PersonalReports", "/Talks", "/LifeMeeting", "/GroupReport"];

    /// <summary>A bit of everything: a report with an opinion, a talk, the meeting with a criticism, the group's report under evaluation.</summary>
    public static async Task SomeOfEverythingAsync(TestHost host, TestJurisdiction county, SettableClock clock)
    {
        clock.Now = PartyGroupStudyHost.Beijing(2009, 5, 14);
        var member = await host.ApiClientAsync($"{county.Code}-member");
        await JsonAsync(await member.PostAsJsonAsync(county.Api(Plugin, "/personal-reports"), Report(0)), HttpStatusCode.Created);
        await JsonAsync(await member.PostAsJsonAsync(county.Api(Plugin, "/personal-reports/opinions"), new { source = "Public", receivedOn = "2009-05-06", text = "办事效率有待提高，窗口服务态度要改进。" }), HttpStatusCode.Created);
        await JsonAsync(await member.PostAsJsonAsync(county.Api(Plugin, "/talks"), new { withPersonId = county.People["李明"], talkedOn = "2009-05-04", topics = "交流分析检查报告" }), HttpStatusCode.Created);
        await JsonAsync(await county.OfficeApi.PutAsJsonAsync(county.Api(Plugin, "/life-meeting"), Meeting(county, "2009-05-12")), HttpStatusCode.Created);
        await JsonAsync(await member.PutAsJsonAsync(county.Api(Plugin, "/life-meeting/materials"), new { text = "结合征求到的意见，查找本人在推动科学发展方面的差距。", writtenOn = "2009-05-10" }), HttpStatusCode.Created);
        await JsonAsync(await member.PostAsJsonAsync(county.Api(Plugin, "/life-meeting/criticisms"), new { toPersonId = county.People["李明"], text = "深入基层调研少，联系群众不够紧密。" }), HttpStatusCode.Created);
        await JsonAsync(await county.OfficeApi.PostAsJsonAsync(county.Api(Plugin, "/group-report"), new
        {
            achievements = "经济保持较快增长。", problems = "发展理念不够新。", causes = "解放思想不够。", measures = "转变政府职能。", version = 0,
        }), HttpStatusCode.Created);
        await JsonAsync(await member.PostAsJsonAsync(county.Api(Plugin, "/group-report/comments"), new { version = 1, text = "问题查找还不够具体。" }), HttpStatusCode.Created);
        await JsonAsync(await county.OfficeApi.PostAsJsonAsync(county.Api(Plugin, "/group-report/evaluation"), new { }), HttpStatusCode.Created);
    }
}
