using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Modular.Identity;

namespace Plugins.CountyFiveActivities.Tests;

/// <summary>
/// Issue 11 item 7 in the county plugin: a member's records (四找, services, post and pledge, the public's
/// evaluation of them) are read by the member, the officers and inspectors of their organization or above, the
/// office and auditors — not by another member (403 for a record asked for by person, absent from the lists).
/// </summary>
public sealed class PersonReadTests(CountyHost fixture) : IClassFixture<CountyHost>
{
    private static async Task<JsonElement> ReadAsync(HttpClient client, string url) => await client.GetAsync(url).OkJsonAsync();

    /// <summary>Whose posts (设岗定责) the dedication list shows.</summary>
    private static IEnumerable<long> PostsOf(JsonElement dedication) => dedication.GetProperty("posts").Items().Select(p => p.GetProperty("personId").GetInt64());

    [Fact]
    public async Task A_member_reads_none_of_another_members_records_and_their_secretary_the_office_and_auditors_do()
    {
        var c = await fixture.CreateCountyAsync("cty-person-read");
        c.At(2010, 6, 26);
        await c.UserAsync($"{c.Code}-auditor", Roles.Auditor, null, null);
        var zhaoli = c.People["赵丽"]; // 东关村党支部, no account of her own
        var secretary = await c.ApiAsAsync($"{c.Code}-secretary");
        var member = await c.ApiAsAsync($"{c.Code}-member"); // 王强, the same branch

        // Her secretary records for her: her 四找, a service, her post; the public evaluates her (and him).
        await secretary.PutAsJsonAsync(c.Api($"/four-finds/people/{zhaoli}"), new { benchmark = "赵丽的对标典型", gap = "差距", direction = "方向", measures = "措施" }).OkJsonAsync();
        await secretary.PostAsJsonAsync(c.Api("/services"), new { personId = zhaoli, kind = "Visit", beneficiary = "赵丽走访的困难户", servedOn = "2010-06-20", hours = 2 }).OkJsonAsync(HttpStatusCode.Created);
        await secretary.PostAsJsonAsync(c.Api("/dedication/posts"), new { personId = zhaoli, post = "赵丽的卫生监督岗", duty = "村容整治" }).OkJsonAsync(HttpStatusCode.Created);
        await member.PostAsJsonAsync(c.Api("/services"), new { kind = "Volunteer", beneficiary = "王强服务的敬老院", servedOn = "2010-06-21", hours = 1 }).OkJsonAsync(HttpStatusCode.Created);
        await c.OfficeApi.PostAsync(c.Api("/party-spirit/evaluation/round"), null).OkJsonAsync();
        await member.PostAsJsonAsync(c.Api("/party-spirit/evaluation"), new { personId = zhaoli, grade = "excellent" }).OkJsonAsync(HttpStatusCode.NoContent);
        await secretary.PostAsJsonAsync(c.Api("/party-spirit/evaluation"), new { personId = c.People["王强"], grade = "qualified" }).OkJsonAsync(HttpStatusCode.NoContent);

        // 王强: her 四找 is refused by person id, and no list or ledger of his shows her records.
        Assert.DoesNotContain("benchmark", await member.GetAsync(c.Api($"/four-finds/people/{zhaoli}")).StatusAsync(HttpStatusCode.Forbidden));
        await member.GetAsync(c.Api($"/four-finds/people/{c.People["孙红"]}")).StatusAsync(HttpStatusCode.Forbidden); // none there: refused all the same, not 404
        var services = await ReadAsync(member, c.Api("/services"));
        Assert.Equal(["王强服务的敬老院"], services.Items().Select(s => s.GetProperty("beneficiary").GetString()));
        Assert.DoesNotContain("赵丽走访的困难户", await (await member.GetAsync(c.Api("/ledgers/services?format=csv"))).Content.ReadAsStringAsync());
        Assert.DoesNotContain(PostsOf(await ReadAsync(member, c.Api("/dedication"))), p => p == zhaoli);
        Assert.Equal([$"person:{c.People["王强"]}"], (await ReadAsync(member, c.Api("/party-spirit/evaluation"))).Items().Select(r => r.GetProperty("subjectKey").GetString()));
        var page = await (await c.BrowserAsAsync($"{c.Code}-member")).GetStringAsync(c.Page("/ServingThePeople"));
        Assert.DoesNotContain("赵丽走访的困难户", page);

        // Her secretary, the town's officer (above her branch), the office and the auditor read all of it.
        foreach (var reader in new[] { secretary, await c.ApiAsAsync($"{c.Code}-town"), c.OfficeApi, await c.ApiAsAsync($"{c.Code}-auditor") })
        {
            Assert.Equal("赵丽的对标典型", (await ReadAsync(reader, c.Api($"/four-finds/people/{zhaoli}"))).GetProperty("benchmark").GetString());
            Assert.Contains((await ReadAsync(reader, c.Api("/services"))).Items(), s => s.GetProperty("personId").GetInt64() == zhaoli);
            Assert.Contains(PostsOf(await ReadAsync(reader, c.Api("/dedication"))), p => p == zhaoli);
            Assert.Contains((await ReadAsync(reader, c.Api("/party-spirit/evaluation"))).Items(), r => r.GetProperty("subjectKey").GetString() == $"person:{zhaoli}");
        }
    }
}
