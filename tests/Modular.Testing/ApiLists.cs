using System.Net.Http.Json;
using System.Text.Json;

namespace Modular.Testing;

/// <summary>Reading the API's paged lists (<c>{ items, total, page, pageSize }</c>) in tests.</summary>
public static class ApiLists
{
    /// <summary>Every item of a list endpoint: one page of the largest size, asserting the whole list fits in it.</summary>
    public static async Task<JsonElement[]> GetItemsAsync(this HttpClient client, string url)
    {
        var page = await client.GetFromJsonAsync<JsonElement>(url + (url.Contains('?') ? "&" : "?") + "pageSize=500");
        var items = page.GetProperty("items").EnumerateArray().ToArray();
        Assert.Equal(page.GetProperty("total").GetInt32(), items.Length);
        return items;
    }
}
