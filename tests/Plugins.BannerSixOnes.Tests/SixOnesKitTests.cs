using System.Net.Http.Json;
using System.Text.Json;

namespace Plugins.BannerSixOnes.Tests;

/// <summary>The test banner comes up as described, and the SDK's current-user contract sees the links.</summary>
public sealed class SixOnesKitTests(SixOnesHost fixture) : IClassFixture<SixOnesHost>
{
    [Fact]
    public async Task The_test_banner_has_its_tree_people_and_linked_users()
    {
        var b = await fixture.CreateBannerAsync("kit-a");
        var people = await b.OfficeApi.GetFromJsonAsync<JsonElement>($"/api/j/{b.Code}/people");
        Assert.Equal(9, people.GetProperty("total").GetInt32());
        var member = await (await b.ApiAsAsync($"{b.Code}-member")).GetFromJsonAsync<JsonElement>(b.Api("/me"));
        Assert.Equal(b.People["其其格"], member.GetProperty("person").GetProperty("id").GetInt64());
        Assert.False(member.GetProperty("isJurisdictionAdmin").GetBoolean());
        var secretary = await (await b.ApiAsAsync($"{b.Code}-secretary")).GetFromJsonAsync<JsonElement>(b.Api("/me"));
        Assert.Equal([b.Gacha], secretary.GetProperty("officerOf").EnumerateArray().Select(e => e.GetInt64()));
        var office = await b.OfficeApi.GetFromJsonAsync<JsonElement>(b.Api("/me"));
        Assert.True(office.GetProperty("isJurisdictionAdmin").GetBoolean());
        Assert.Equal(JsonValueKind.Null, office.GetProperty("person").ValueKind);
    }
}
