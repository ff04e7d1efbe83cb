using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static Plugins.BannerSixOnes.Tests.DailyNoteTests;

namespace Plugins.BannerSixOnes.Tests;

/// <summary>
/// Two identical notes at once, through the API and through the page: one is saved, the other is a 409 saying why —
/// the database's unique violation turned into an answer in one place for every plugin, never a 500.
/// </summary>
public sealed class DailyNoteRaceTests(SixOnesHost fixture) : IClassFixture<SixOnesHost>
{
    [Fact]
    public async Task Two_identical_notes_at_once_through_the_API_give_one_200_and_one_409()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 6, 10, 20); // before signing in: tokens live on the test clock
        var b = await fixture.CreateBannerAsync("race-api");
        var member = await b.ApiAsAsync($"{b.Code}-member");

        Task<HttpResponseMessage>[] posts;
        // Both find no note for the day before either inserts one.
        await using (var held = await HeldTableLock.TakeAsync(b.Host.ConnectionString, "blocks.counted_texts"))
        {
            posts = [WriteAsync(member, b, null, "2011-06-10", Body(300)), WriteAsync(member, b, null, "2011-06-10", Body(300))];
            await held.WaitForWaitersAsync(2);
        }
        var responses = (await Task.WhenAll(posts)).OrderBy(r => r.StatusCode).ToList();
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode));
        var problem = await responses[1].Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("application/problem+json", responses[1].Content.Headers.ContentType?.MediaType);
        Assert.Contains("同样的记录已经存在", problem.GetProperty("detail").GetString());

        var notes = await member.GetFromJsonAsync<JsonElement[]>(b.Api("/notes?from=2011-06-10&to=2011-06-10"));
        Assert.Single(notes!);
        // Written again afterwards, the note is simply rewritten.
        Assert.Equal(HttpStatusCode.OK, (await WriteAsync(member, b, null, "2011-06-10", Body(301))).StatusCode);
    }

    [Fact]
    public async Task Two_identical_notes_at_once_through_the_page_give_the_page_again_with_a_409_message()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 6, 11, 20);
        var b = await fixture.CreateBannerAsync("race-page");
        var member = await b.BrowserAsAsync($"{b.Code}-member");
        var page = b.Page("/Notes/Index?day=2011-06-11");
        var token = TestHost.AntiforgeryToken(await member.GetStringAsync(page));
        Task<HttpResponseMessage> Post() => member.PostAsync(page, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Day"] = "2011-06-11", ["Hours"] = "1", ["Body"] = Body(300),
        }));

        Task<HttpResponseMessage>[] posts;
        await using (var held = await HeldTableLock.TakeAsync(b.Host.ConnectionString, "blocks.counted_texts"))
        {
            posts = [Post(), Post()];
            await held.WaitForWaitersAsync(2);
        }
        var responses = (await Task.WhenAll(posts)).OrderBy(r => r.StatusCode).ToList();
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode));
        Assert.Contains("已保存", await responses[0].Content.ReadAsStringAsync());
        var conflict = await responses[1].Content.ReadAsStringAsync();
        Assert.Contains("未保存：同样的记录已经存在", conflict); // above the page,
        Assert.Contains("学习笔记", conflict);                 // which is the notebook again
    }
}
