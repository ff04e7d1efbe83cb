using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static Plugins.BannerSixOnes.Tests.ContestTestKit;

namespace Plugins.BannerSixOnes.Tests;

[RunsLong(50)]
public sealed partial class ContestTests
{
    [Fact]
    public async Task The_contest_day_and_time_limit_default_from_the_settings_and_a_day_outside_the_end_of_June_only_warns()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 6, 1);
        var b = await fixture.CreateBannerAsync("ct-setup");
        var plain = await (await b.OfficeApi.PostAsJsonAsync(b.Api("/contest/contests"), new { title = "知识竞赛" })).OkJsonAsync();
        Assert.Equal("2011-06-30", plain.GetProperty("date").GetString());
        Assert.Equal("6月底", plain.GetProperty("dateLabel").GetString());
        Assert.Equal(60, plain.GetProperty("minutes").GetInt32());
        Assert.Equal("2011-06-30 00:00", plain.GetProperty("opens").GetString());
        Assert.Equal("2011-07-01 00:00", plain.GetProperty("closes").GetString());
        Assert.Empty(plain.GetProperty("warnings").EnumerateArray());

        // 6月下旬 is 21–30 June: the 20th and 1 July are allowed with a warning, the 21st is not warned.
        foreach (var (date, warned, label) in new[] { ("2011-06-20", true, "6月20日"), ("2011-06-21", false, "6月底"), ("2011-07-01", true, "7月1日") })
        {
            var c = await (await b.OfficeApi.PostAsJsonAsync(b.Api("/contest/contests"), new { title = "知识竞赛", date })).OkJsonAsync();
            Assert.Equal(date, c.GetProperty("date").GetString());
            Assert.Equal(label, c.GetProperty("dateLabel").GetString());
            Assert.Equal(warned, c.GetProperty("warnings").GetArrayLength() == 1);
        }

        Assert.Equal(["答题时长须为 5–600 分钟"], await (await b.OfficeApi.PostAsJsonAsync(b.Api("/contest/contests"), new { title = "x", minutes = 4 })).ProblemAsync("minutes"));
        Assert.Equal(["结束时间须晚于开始时间"],
            await (await b.OfficeApi.PostAsJsonAsync(b.Api("/contest/contests"), new { title = "x", opens = "2011-06-30 09:00", closes = "2011-06-30 09:00" })).ProblemAsync("closes"));
        Assert.Equal(HttpStatusCode.Forbidden, (await (await b.ApiAsAsync($"{b.Code}-secretary")).PostAsJsonAsync(b.Api("/contest/contests"), new { title = "x" })).StatusCode);

        // Another banner whose office moved the contest day and the limit: the defaults follow.
        var moved = await fixture.CreateBannerAsync("ct-setup2", new() { ["contest.date"] = "06-25", ["contest.minutes"] = "45" });
        var c2 = await (await moved.OfficeApi.PostAsJsonAsync(moved.Api("/contest/contests"), new { title = "知识竞赛" })).OkJsonAsync();
        Assert.Equal("2011-06-25", c2.GetProperty("date").GetString());
        Assert.Equal(45, c2.GetProperty("minutes").GetInt32());
        var me = await (await (await moved.ApiAsAsync($"{moved.Code}-member")).GetAsync(moved.Api("/contest/me"))).OkJsonAsync();
        Assert.Contains("6月25日", me.GetProperty("summary").GetString());
        Assert.Equal("2011-06-25", me.GetProperty("nextDue").GetString());
    }

    [Fact]
    public async Task Per_category_counts_draw_the_paper_once_at_publication_the_same_for_everyone_without_answers()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 6, 30, 10);
        var b = await fixture.CreateBannerAsync("ct-draw");
        var id = await PublishedContestAsync(b, extra: new { title = "抽题竞赛", opens = "2011-06-30 09:00", closes = "2011-06-30 17:00", categoryCounts = new Dictionary<string, int> { ["党的历史"] = 2, ["理论"] = 1 } });
        var contest = await b.OfficeApi.GetFromJsonAsync<JsonElement>(b.Api($"/contest/contests/{id}"));
        Assert.Equal(3, contest.GetProperty("questions").GetInt32());

        var a = await (await (await b.As("member")).PostAsync(b.Api($"/contest/contests/{id}/attempt"), null)).OkJsonAsync();
        var c = await (await (await b.As("cadre")).PostAsync(b.Api($"/contest/contests/{id}/attempt"), null)).OkJsonAsync();
        string Texts(JsonElement e) => string.Join("|", e.GetProperty("paper").EnumerateArray().Select(q => q.GetProperty("text").GetString()));
        Assert.Equal(Texts(a), Texts(c));
        Assert.Equal(["党的理论", "党的历史", "党的历史"], a.GetProperty("paper").EnumerateArray().Select(q => q.GetProperty("category").GetString()));
        Assert.DoesNotContain("answer", a.GetProperty("paper").GetRawText(), StringComparison.OrdinalIgnoreCase);

        // Too few questions in a category: refused at publication, nothing drawn.
        var greedy = await (await b.OfficeApi.PostAsJsonAsync(b.Api("/contest/contests"), new { title = "x", categoryCounts = new Dictionary<string, int> { ["党的历史"] = 3 } })).OkJsonAsync();
        Assert.Equal(["“党的历史”题库只有 2 题，不足 3 题"], await (await b.OfficeApi.PostAsync(b.Api($"/contest/contests/{greedy.GetProperty("id").GetInt64()}/publish"), null)).ProblemAsync("categoryCounts"));
    }

    [Fact]
    public async Task A_member_may_start_from_the_moment_the_window_opens_until_just_before_it_closes()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 6, 29);
        var b = await fixture.CreateBannerAsync("ct-window");
        var id = await PublishedContestAsync(b, "2011-06-30 09:00", "2011-06-30 17:00", 60);
        b.Clock.Now = SixOnesHost.Beijing(2011, 6, 30, 9).AddSeconds(-1);
        var member = await b.As("member");
        Assert.Equal(["答题尚未开始，6月30日 09:00 开始"], await (await member.PostAsync(b.Api($"/contest/contests/{id}/attempt"), null)).ProblemAsync("opens"));
        b.Clock.Now = SixOnesHost.Beijing(2011, 6, 30, 9);
        var started = await (await member.PostAsync(b.Api($"/contest/contests/{id}/attempt"), null)).OkJsonAsync();
        Assert.Equal("2011-06-30 10:00", started.GetProperty("deadlineAt").GetString());
        Assert.Equal(3600, started.GetProperty("secondsLeft").GetInt32());

        // A second before the close: allowed, but the deadline is the close, not start + 60 minutes.
        b.Clock.Now = SixOnesHost.Beijing(2011, 6, 30, 17).AddSeconds(-1);
        var cadre = await b.As("cadre");
        var late = await (await cadre.PostAsync(b.Api($"/contest/contests/{id}/attempt"), null)).OkJsonAsync();
        Assert.Equal("2011-06-30 17:00", late.GetProperty("deadlineAt").GetString());
        b.Clock.Now = SixOnesHost.Beijing(2011, 6, 30, 17);
        var secretary = await b.As("secretary");
        Assert.Equal(["答题已于 6月30日 17:00 结束"], await (await secretary.PostAsync(b.Api($"/contest/contests/{id}/attempt"), null)).ProblemAsync("closes"));

        // The office has no roster entry: it organizes, it does not answer.
        Assert.Equal(HttpStatusCode.Forbidden, (await (await b.As("admin")).PostAsync(b.Api($"/contest/contests/{id}/attempt"), null)).StatusCode);
    }

    [Fact]
    public async Task Answers_count_up_to_the_time_limit_inclusive_and_not_a_second_later_and_a_member_answers_once()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 6, 29);
        var b = await fixture.CreateBannerAsync("ct-limit");
        var id = await PublishedContestAsync(b, "2011-06-30 09:00", "2011-06-30 17:00", 60);
        b.Clock.Now = SixOnesHost.Beijing(2011, 6, 30, 9);
        var member = await b.As("member");
        var cadre = await b.As("cadre");
        var paper = await (await member.PostAsync(b.Api($"/contest/contests/{id}/attempt"), null)).OkJsonAsync();
        var cadrePaper = await (await cadre.PostAsync(b.Api($"/contest/contests/{id}/attempt"), null)).OkJsonAsync();
        // Starting again while answering (a reloaded page) gives the same attempt.
        Assert.Equal(paper.GetProperty("id").GetInt64(), (await (await member.PostAsync(b.Api($"/contest/contests/{id}/attempt"), null)).OkJsonAsync()).GetProperty("id").GetInt64());

        // Exactly at start + 60 minutes: saved and handed in.
        b.Clock.Now = SixOnesHost.Beijing(2011, 6, 30, 10);
        member = await b.As("member");
        var done = await (await member.PutAsJsonAsync(b.Api($"/contest/contests/{id}/attempt"), new { answers = Answers(paper, "党的思想路线包括"), submit = true })).OkJsonAsync();
        Assert.Equal("Submitted", done.GetProperty("state").GetString());
        Assert.Equal(12 - 3, done.GetProperty("score").GetInt32()); // the 3-point multi-choice answered "A" instead of "ABC": no points
        Assert.Equal(12, done.GetProperty("totalPoints").GetInt32());
        Assert.Equal(3600, done.GetProperty("secondsUsed").GetInt32());
        Assert.Equal(["每人只能答题一次，你已完成本次竞赛"], await (await member.PostAsync(b.Api($"/contest/contests/{id}/attempt"), null)).ProblemAsync("attempt"));
        Assert.Equal(HttpStatusCode.BadRequest, (await member.PutAsJsonAsync(b.Api($"/contest/contests/{id}/attempt"), new { answers = Answers(paper), submit = true })).StatusCode);

        // The cadre saved half-way, then handed in a second late: refused; the saved answers count (超时).
        b.Clock.Now = SixOnesHost.Beijing(2011, 6, 30, 9, 30);
        cadre = await b.As("cadre");
        var half = Answers(cadrePaper).Take(2).ToDictionary();
        await (await cadre.PutAsJsonAsync(b.Api($"/contest/contests/{id}/attempt"), new { answers = half })).OkJsonAsync();
        b.Clock.Now = SixOnesHost.Beijing(2011, 6, 30, 10).AddSeconds(1);
        cadre = await b.As("cadre");
        var refused = await (await cadre.PutAsJsonAsync(b.Api($"/contest/contests/{id}/attempt"), new { answers = Answers(cadrePaper), submit = true })).ProblemAsync("answers");
        Assert.StartsWith("答题时间已到（截止 6月30日 10:00）", refused[0]);
        var timedOut = await (await cadre.GetAsync(b.Api($"/contest/contests/{id}/attempt"))).OkJsonAsync();
        Assert.Equal("TimedOut", timedOut.GetProperty("state").GetString());
        var halfPoints = cadrePaper.GetProperty("paper").EnumerateArray().Take(2).Sum(q => q.GetProperty("points").GetInt32());
        Assert.Equal(halfPoints, timedOut.GetProperty("score").GetInt32());
        Assert.Equal(3600, timedOut.GetProperty("secondsUsed").GetInt32());
    }
}
