using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace Plugins.BannerSixOnes.Tests;

/// <summary>
/// Issue 15 item 2: a user who chose English reads the six-ones pages in English, not only the shell around them;
/// a message comes in the user's language only, never both at once. Chinese stays the default.
/// </summary>
public sealed partial class EnglishPagesTests(SixOnesHost fixture) : IClassFixture<SixOnesHost>
{
    /// <summary>The pages of the member and of the office, with a heading each shows in English and its Chinese one.</summary>
    private static readonly (string Path, string English, string Chinese)[] MemberPages =
    [
        ("/Index", "The “six ones” education campaign", "主题教育活动"),
        ("/Dashboard/Mine", "My six ones", "我的“六个一”"),
        ("/Education/Index", "One party-spirit and discipline education event", "开展一次党性、党纪教育活动"),
        ("/Training/Index", "One large-scale training of members and cadres", "开展一次党员干部大规模学习培训"),
        ("/Notes/Index", "Daily study notes", "每日学习笔记"),
        ("/Books/Index", "Read one theory book closely", "精读一本理论著作"),
        ("/Reports/Index", "Write one research report", "撰写一篇调研报告"),
        ("/Contest/Index", "Party knowledge contest", "党的知识竞赛"),
        ("/Practices/Index", "Good practices", "好做法、好经验"),
        ("/Capacity/Index", "Capacity building", "能力素质建设"),
    ];

    private static readonly (string Path, string English, string Chinese)[] OfficePages =
    [
        ("/Index", "The “six ones” education campaign", "主题教育活动"),
        ("/Dashboard/Index", "Six ones progress", "进度看板"),
        ("/Education/Index", "One party-spirit and discipline education event", "开展一次党性、党纪教育活动"),
        ("/Training/Index", "Coverage by grassroots committee", "各基层党委覆盖率"),
        ("/Notes/Index", "Record for the member", "代为录入"),
        ("/Notes/Inspections?quarter=2011-Q2", "Study notes · quarterly inspection", "季度检查验收"),
        ("/Notes/YearEnd", "study notes year-end assessment", "学习笔记年终实绩考核"),
        ("/Books/Index", "Required reading", "必读书目"),
        ("/Books/Required", "Add a book", "加入必读书目"),
        ("/Reports/Index", "Research reports 2011", "年调研报告"),
        ("/Contest/Index", "Run the contest", "竞赛组织"),
        ("/Contest/Office", "Create the contest", "新建竞赛"),
        ("/Practices/Index", "Report a good practice", "报送好做法、好经验"),
        ("/Capacity/Index", "Records per unit, by kind", "能力素质建设"),
    ];

    /// <summary>Data the pages show as it is: the banner's names of organizations and people, and the import file's Chinese column headings.</summary>
    private static readonly string[] Data =
    [
        "阿拉善右旗", "阿拉善盟", "阿右旗委", "雅布赖镇党委", "巴丹吉林嘎查党支部", "雅布赖社区党支部", "旗直机关工委", "旗财政局党支部", "旗创先争优活动领导小组办公室",
        "巴特尔", "其其格", "乌云", "斯琴", "王芳", "李强", "张伟", "刘洋", "陈静",
    ];

    private static readonly string[] ImportHeadings = ["题型", "单选", "多选", "判断", "题目", "选项", "答案", "对", "错", "分值", "类别", "党的理论", "党的知识", "党的历史"];

    [Fact]
    public async Task The_member_reads_every_six_ones_page_in_english_when_they_chose_it()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 7, 1, 9);
        var b = await fixture.CreateBannerAsync("en-member");
        var cadre = await b.BrowserAsAsync($"{b.Code}-cadre"); // 张伟: a leading cadre, so the books and reports pages show his own forms too
        Assert.Contains("每日学习笔记", MainOf(await cadre.GetStringAsync(b.Page("/Notes/Index")))); // Chinese by default
        await ChooseEnglishAsync(cadre, b.Page("/Index"));

        foreach (var (path, english, chinese) in MemberPages)
        {
            var main = MainOf(await cadre.GetStringAsync(b.Page(path)));
            Assert.Contains(english, main);
            Assert.DoesNotContain(chinese, main);
            Assert.Equal([], Chinese(main, path));
        }
    }

    [Fact]
    public async Task The_office_reads_every_six_ones_page_in_english_when_it_chose_it()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 7, 1, 9);
        var b = await fixture.CreateBannerAsync("en-office");
        var office = await b.BrowserAsAsync($"{b.Code}-admin");
        await ChooseEnglishAsync(office, b.Page("/Index"));
        // Some records, so that the tables show their states and stored names (a field, a draft contest) too; titles typed in English.
        await b.OfficeApi.PostAsJsonAsync(b.Api("/training/sessions"),
            new { committeeId = b.Town, title = "Rotation one", heldOn = "2011-06-20", place = "Town school", hours = 8, field = "嘎查/农村", industry = "Herding" }).OkJsonAsync(HttpStatusCode.Created);
        await b.OfficeApi.PostAsJsonAsync(b.Api("/contest/contests"), new { title = "Knowledge contest" }).OkJsonAsync();

        foreach (var (path, english, chinese) in OfficePages)
        {
            var main = MainOf(await office.GetStringAsync(b.Page(path)));
            Assert.Contains(english, main);
            Assert.DoesNotContain(chinese, main);
            Assert.Equal([], Chinese(main, path, path.StartsWith("/Contest/Office", StringComparison.Ordinal) ? ImportHeadings : []));
        }
        var training = MainOf(await office.GetStringAsync(b.Page("/Training/Index")));
        Assert.Contains("Villages", training);
        Assert.DoesNotContain("嘎查/农村", training);
        var contests = MainOf(await office.GetStringAsync(b.Page("/Contest/Office")));
        Assert.Contains("end of June (2011-06-30)", contests);
        Assert.Contains("Draft", contests);
        var members = MainOf(await office.GetStringAsync(b.Page($"/Dashboard/Members?organization={b.Gacha}")));
        Assert.Contains("members' six ones", members);
        Assert.Equal([], Chinese(members, "/Dashboard/Members"));
        var inspection = MainOf(await office.GetStringAsync(b.Page($"/Notes/Inspection?organizationId={b.Gacha}&quarter=2011-Q2")));
        Assert.Contains("study notes inspection, Q2 2011", inspection);
        Assert.Equal([], Chinese(inspection, "/Notes/Inspection"));
    }

    [Fact]
    public async Task The_notes_page_offers_the_members_a_secretary_records_for_and_the_office_everyone()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 7, 1, 9);
        var b = await fixture.CreateBannerAsync("en-picker");
        var secretary = await b.BrowserAsAsync($"{b.Code}-secretary");
        var own = await secretary.GetStringAsync(b.Page("/Notes/Index"));
        Assert.DoesNotContain("?personId=党员编号", own);
        var picker = PickerPattern().Match(own);
        Assert.True(picker.Success, "the notes page has a member picker for the secretary");
        // The gacha branch's four members, none of the community's.
        foreach (var name in new[] { "巴特尔", "其其格", "乌云", "斯琴" }) Assert.Contains($"data-name=\"{name}\"", picker.Value);
        Assert.DoesNotContain("王芳", picker.Value);
        // Picking 其其格 opens her notebook (a GET with personId); another branch's member is still refused on the server.
        var qiqige = await secretary.GetStringAsync(b.Page($"/Notes/Index?personId={b.People["其其格"]}"));
        Assert.Contains("其其格 · 2011年7月", qiqige);
        var stranger = await secretary.GetAsync(b.Page($"/Notes/Index?personId={b.People["王芳"]}"));
        Assert.True(stranger.StatusCode == HttpStatusCode.Forbidden
            || stranger.StatusCode == HttpStatusCode.Redirect && stranger.Headers.Location!.OriginalString.Contains("/account/denied"), $"{(int)stranger.StatusCode}");

        var office = await b.BrowserAsAsync($"{b.Code}-admin");
        var all = PickerPattern().Match(await office.GetStringAsync(b.Page("/Notes/Index")));
        Assert.True(all.Success);
        foreach (var name in Data[9..]) Assert.Contains($"data-name=\"{name}\"", all.Value);

        var member = await b.BrowserAsAsync($"{b.Code}-member"); // records for nobody else: no picker
        Assert.False(PickerPattern().Match(await member.GetStringAsync(b.Page("/Notes/Index"))).Success);
    }

    [Fact]
    public async Task A_refusal_comes_in_the_users_language_only()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 7, 1, 9);
        var b = await fixture.CreateBannerAsync("en-refuse");
        var secretary = await b.BrowserAsAsync($"{b.Code}-secretary");
        var sheet = b.Page($"/Notes/Inspection?organizationId={b.Gacha}&quarter=2011-Q2");
        Assert.Equal(HttpStatusCode.Redirect, (await TestHost.SubmitFormAsync(secretary, sheet, [], b.Page($"/Notes/Inspection?handler=Open&organizationId={b.Gacha}&quarter=2011-Q2"))).StatusCode);

        // Returning notes without saying why: refused, in Chinese by default …
        Task<HttpResponseMessage> ReturnWithoutReasonAsync() => TestHost.SubmitFormAsync(secretary, sheet,
            new() { ["personId"] = b.People["其其格"].ToString(System.Globalization.CultureInfo.InvariantCulture), ["accept"] = "false", ["comment"] = "" },
            b.Page($"/Notes/Inspection?handler=Decide&organizationId={b.Gacha}&quarter=2011-Q2"));
        var chinese = Error(await (await ReturnWithoutReasonAsync()).Content.ReadAsStringAsync());
        Assert.Equal("退回时请填写意见。", chinese);

        // … in English once the secretary chose English; never both.
        await ChooseEnglishAsync(secretary, sheet);
        var english = Error(await (await ReturnWithoutReasonAsync()).Content.ReadAsStringAsync());
        Assert.Equal("Say why the notes are returned.", english);

        // Closing with members undecided (the message that used to carry both languages).
        var close = b.Page($"/Notes/Inspection?handler=Close&organizationId={b.Gacha}&quarter=2011-Q2");
        var refused = Error(await (await TestHost.SubmitFormAsync(secretary, sheet, new() { ["version"] = "0" }, close)).Content.ReadAsStringAsync());
        Assert.StartsWith("4 member(s) have no verdict yet: ", refused);
        Assert.DoesNotContain("名党员", refused);
    }

    [Fact]
    public async Task The_api_and_the_ledgers_answer_in_the_language_asked_for()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 7, 1, 9); // before signing in: tokens live on the test clock
        var b = await fixture.CreateBannerAsync("en-api");
        var secretary = await b.ApiAsAsync($"{b.Code}-secretary");
        Assert.Equal(HttpStatusCode.OK, (await secretary.PostAsync(b.Api($"/notes/inspections/{b.Gacha}/2011-Q2/open"), null)).StatusCode);
        var returnUrl = b.Api($"/notes/inspections/{b.Gacha}/2011-Q2/members/{b.People["其其格"]}/return");
        var chinese = await (await secretary.PostAsJsonAsync(returnUrl, new { comment = " " })).Content.ReadAsStringAsync();
        Assert.Contains("退回时请填写意见。", chinese);
        Assert.DoesNotContain("Say why", chinese);
        var english = await (await secretary.PostAsJsonAsync(returnUrl + "?culture=en", new { comment = " " })).Content.ReadAsStringAsync();
        Assert.Contains("Say why the notes are returned.", english);
        Assert.DoesNotContain("退回时请填写意见", english);

        await b.OfficeApi.PostAsJsonAsync(b.Api("/training/sessions"),
            new { committeeId = b.Town, title = "Rotation one", heldOn = "2011-06-20", place = "Town school", hours = 8, field = "嘎查/农村", industry = "Herding" }).OkJsonAsync(HttpStatusCode.Created);
        var ledger = await b.OfficeApi.GetStringAsync(b.Api("/ledgers/training-coverage?format=csv&culture=en"));
        Assert.Contains("Committee,Field,Members,Trained,Coverage (%),Goal (%),Goal met", ledger);
        Assert.Contains("Total", ledger);
        Assert.DoesNotContain("合计", ledger);
        Assert.Contains("基层党委,领域,党员数,已培训,覆盖率(%),目标(%),是否达标", await b.OfficeApi.GetStringAsync(b.Api("/ledgers/training-coverage?format=csv")));
    }

    private static async Task ChooseEnglishAsync(HttpClient browser, string page)
    {
        var switched = await TestHost.SubmitFormAsync(browser, page, new() { ["culture"] = "en", ["returnUrl"] = page }, "/account/language");
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Contains("<html lang=\"en\">", await browser.GetStringAsync(page));
    }

    /// <summary>The page's own content: the layout's &lt;main&gt;, without scripts and styles, entities decoded.</summary>
    private static string MainOf(string html)
    {
        var start = html.IndexOf("<main", StringComparison.Ordinal);
        var end = html.LastIndexOf("</main>", StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "the page has a <main>");
        return System.Net.WebUtility.HtmlDecode(ScriptOrStyle().Replace(html[start..end], ""));
    }

    /// <summary>The Chinese left in the visible text (tags dropped), once the banner's data (names) and <paramref name="allowed"/> are taken out.</summary>
    private static string[] Chinese(string main, string path, params string[] allowed)
    {
        var text = Tag().Replace(main, " ");
        foreach (var data in Data.Concat(allowed).OrderByDescending(d => d.Length)) text = text.Replace(data, " ", StringComparison.Ordinal);
        return [.. HanRun().Matches(text).Select(m => $"{path}: {m.Value}")];
    }

    private static string Error(string html) =>
        System.Net.WebUtility.HtmlDecode(ErrorPattern().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("no error on the page"));

    [GeneratedRegex(@"<(script|style)\b.*?</\1>", RegexOptions.Singleline)]
    private static partial Regex ScriptOrStyle();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}，。：；（）《》、]+")]
    private static partial Regex HanRun();

    [GeneratedRegex(@"<p class=""error"">(.*?)</p>", RegexOptions.Singleline)]
    private static partial Regex ErrorPattern();

    // The host's person picker (_PersonPicker): without JavaScript, a list of whom the user sees.
    [GeneratedRegex(@"<select id=""picker-\d+"" name=""personId"".*?</select>", RegexOptions.Singleline)]
    private static partial Regex PickerPattern();
}
