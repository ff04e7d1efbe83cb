using System.Net;
using System.Text.Json;
using Modular.Sdk.Core;

namespace Plugins.PartyGroupStudy.Tests;

/// <summary>One host with the plugin for the class, its clock on 2009-03-10 in Beijing (the plan's first stage), put back and emptied before each test.</summary>
public sealed class PartyGroupStudyHost() : SharedTestHost([PluginId], Beijing(2009, 3, 10))
{
    public const string PluginId = "party-group-study";
}

/// <summary>A county government with its party group of seven and a branch outside it, and accounts for each role the tests need.</summary>
public static class County
{
    public const string Plugin = PartyGroupStudyHost.PluginId;

    /// <summary>The seven members of the party group, the county head first; 赵敏 works in the office's branch, outside the group.</summary>
    public static readonly string[] Members = ["许建国", "毛志强", "李明", "王强", "周平", "陈红", "刘伟"];

    public const string Tree = """
        县人民政府党组 | 党组
          - 许建国 | 书记 | 领导干部
          - 毛志强 | 副书记 | 领导干部
          - 李明 | 领导干部
          - 王强 | 领导干部
          - 周平 | 领导干部
          - 陈红 | 领导干部
          - 刘伟 | 领导干部
        县政府机关党委 | 党委
          县政府办公室党支部 | 党支部 | 机关
            - 赵敏 | 书记
        """;

    /// <summary>
    /// Accounts: <c>{code}-admin</c> (the office), <c>{code}-leader</c> (许建国, the county head: a plain member account),
    /// <c>{code}-member</c> (王强), <c>{code}-director</c> (赵敏, outside the group, officer of her branch; the office's director once recorded),
    /// <c>{code}-inspector</c> (an inspector of the party group).
    /// </summary>
    public static async Task<TestJurisdiction> CreateAsync(TestHost host, string code, int? parentId = null)
    {
        var county = await TestJurisdiction.CreateAsync(host, code, $"{code}县政府党组", [Plugin], Tree, parentId);
        await county.UserAsync($"{code}-leader", KnownRoles.Member, personId: county.People["许建国"]);
        await county.UserAsync($"{code}-member", KnownRoles.Member, personId: county.People["王强"]);
        await county.UserAsync($"{code}-director", KnownRoles.OrganizationOfficer, county.Org["县政府办公室党支部"], county.People["赵敏"]);
        await county.UserAsync($"{code}-inspector", KnownRoles.Inspector, county.Org["县人民政府党组"]);
        return county;
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>The leading group as the document names it, recorded by the office: 许建国 leads, 毛志强 deputizes, the rest are members.</summary>
    public static object Group(TestJurisdiction county, int version = 0, string director = "赵敏", bool linkDirector = false) => new
    {
        leaderId = county.People["许建国"], deputyIds = new[] { county.People["毛志强"] },
        memberIds = Members.Skip(2).Select(m => county.People[m]).ToArray(), directorName = director,
        directorPersonId = linkDirector ? county.People["赵敏"] : (long?)null, version,
    };
}
