using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Modular.Identity;

namespace Modular.Tests.Kit;

public sealed class ClockedBareHost() : SharedTestHost([], Beijing(2010, 5, 10, 9));

/// <summary>The test kit itself: the tree builder, clients that outlive their tokens, and the shared host's reset.</summary>
public sealed class TestKitTests(ClockedBareHost shared) : IClassFixture<ClockedBareHost>, IAsyncLifetime
{
    private TestHost _host = null!;

    public async Task InitializeAsync() => _host = await shared.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_tree_of_text_becomes_organizations_members_and_officers()
    {
        var county = await TestJurisdiction.CreateAsync(_host, "xx", "XX县", [], """
            XX县委 | 党委
              城关镇党委 | 党委 | 苏木镇/乡镇
                东关村党支部 | 党支部 | 嘎查/农村
                  - 李明 | 书记
                  - 赵丽 | 预备党员
              县财政局党支部 | 党支部 | 机关
                  - 吴刚 | 领导干部
            """);

        var tree = await county.OfficeApi.GetFromJsonAsync<JsonElement>($"/api/j/xx/organizations");
        var byName = tree.GetProperty("items").EnumerateArray().ToDictionary(o => o.GetProperty("name").GetString()!);
        Assert.Equal(county.Org["城关镇党委"], byName["东关村党支部"].GetProperty("parentId").GetInt64());
        Assert.Equal(county.Org["XX县委"], byName["县财政局党支部"].GetProperty("parentId").GetInt64());
        Assert.Equal("Township", byName["城关镇党委"].GetProperty("sector").GetString());
        var village = await county.OfficeApi.GetFromJsonAsync<JsonElement>($"/api/j/xx/organizations/{county.Org["东关村党支部"]}");
        Assert.Equal(county.People["李明"], village.GetProperty("officers").EnumerateArray().Single().GetProperty("personId").GetInt64());
        var zhao = await county.OfficeApi.GetFromJsonAsync<JsonElement>($"/api/j/xx/people/{county.People["赵丽"]}");
        Assert.Equal("Probationary", zhao.GetProperty("person").GetProperty("category").GetString());
        var wu = await county.OfficeApi.GetFromJsonAsync<JsonElement>($"/api/j/xx/people/{county.People["吴刚"]}");
        Assert.True(wu.GetProperty("person").GetProperty("isLeadingCadre").GetBoolean());
    }

    [Fact]
    public async Task An_api_client_signs_in_again_when_the_clock_has_passed_its_token()
    {
        await TestJurisdiction.CreateAsync(_host, "yy", "YY县", []);
        var office = await _host.ApiClientAsync("yy-admin");
        Assert.Equal(HttpStatusCode.OK, (await office.GetAsync("/api/j/yy/organizations")).StatusCode);

        shared.Clock!.Now = shared.Clock.Now.AddDays(40); // far past the token's 8 hours

        Assert.Equal(HttpStatusCode.OK, (await office.GetAsync("/api/j/yy/organizations")).StatusCode);
    }

    [Fact]
    public async Task After_a_reset_the_host_is_as_new_and_the_same_codes_can_be_made_again()
    {
        var first = await TestJurisdiction.CreateAsync(_host, "zz", "ZZ县", [], "ZZ县委 | 党委");
        await first.UserAsync("zz-member", Roles.Member);

        await shared.Host.ResetAsync();

        Assert.DoesNotContain(await _host.App.Services.GetRequiredService<Modular.Jurisdictions.JurisdictionDirectory>().ListAsync(includeArchived: true), j => j.Code == "zz");
        var again = await TestJurisdiction.CreateAsync(_host, "zz", "ZZ县", [], "ZZ县委 | 党委");
        Assert.NotEqual(first.Id, again.Id);
        await again.UserAsync("zz-member", Roles.Member); // the user name is free again
    }
}
