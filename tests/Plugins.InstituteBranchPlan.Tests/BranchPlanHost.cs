using System.Net;
using System.Text.Json;
using Modular.Sdk.Core;

namespace Plugins.InstituteBranchPlan.Tests;

/// <summary>One host with the plugin for the class, its clock on 2010-09-10 in Beijing (the plan's first weeks), put back and emptied before each test (<see cref="SharedHostTests{THost}"/>).</summary>
public sealed class InstituteBranchPlanHost() : SharedTestHost([PluginId], Beijing(2010, 9, 10))
{
    public const string PluginId = "institute-branch-plan";
}

/// <summary>An institute with two branches, the plan's officers, and accounts for each role the tests need.</summary>
public static class Institute
{
    public const string Plugin = InstituteBranchPlanHost.PluginId;

    public const string Tree = """
        研究所机关党委 | 党委
          光栅室党支部 | 党支部 | 科研
            - 巴音 | 书记
            - 冯树龙 | 组织委员
            - 谭鑫 | 宣传委员
            - 王强
            - 李明
          激光室党支部 | 党支部 | 科研
            - 周平 | 书记
            - 陈红
        """;

    /// <summary>
    /// Accounts: <c>{code}-admin</c> (the office), <c>{code}-secretary</c> (巴音, officer of 光栅室), <c>{code}-deputy</c> (冯树龙, a plain
    /// member account: the leading group makes him act for the branch), <c>{code}-member</c> (王强), <c>{code}-other</c> (陈红, 激光室).
    /// </summary>
    public static async Task<TestJurisdiction> CreateAsync(TestHost host, string code, int? parentId = null)
    {
        var institute = await TestJurisdiction.CreateAsync(host, code, $"{code}研究所", [Plugin], Tree, parentId);
        await institute.UserAsync($"{code}-secretary", KnownRoles.OrganizationOfficer, institute.Org["光栅室党支部"], institute.People["巴音"]);
        await institute.UserAsync($"{code}-deputy", KnownRoles.Member, personId: institute.People["冯树龙"]);
        await institute.UserAsync($"{code}-member", KnownRoles.Member, personId: institute.People["王强"]);
        await institute.UserAsync($"{code}-other", KnownRoles.Member, personId: institute.People["陈红"]);
        return institute;
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }
}
