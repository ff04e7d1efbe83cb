using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Modular.Tests.Infrastructure;
using static Modular.Tests.Roster.RosterTestKit;

namespace Modular.Tests.Roster;

/// <summary>Two imports at once, and a form posted more than once: each person once, never a 500.</summary>
public sealed partial class RosterRaceTests(RosterHostFixture fixture) : IClassFixture<RosterHostFixture>
{
    private TestHost Host => fixture.Host;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Two_imports_of_one_file_at_once_add_each_person_once(bool withIdNumbers)
    {
        var code = withIdNumbers ? "race-ids" : "race-names";
        var (admin, _) = await Host.BannerWithBranchesAsync(code);
        var csv = new StringBuilder("姓名,出生日期,身份证号码,人员类别,所在组织\n");
        for (var i = 0; i < 200; i++)
            csv.Append($"党员{i},1980-01-01,{(withIdNumbers ? IdNumber($"15292219800101{i:D3}") : "")},正式党员,第一党支部\n");
        var file = Encoding.UTF8.GetBytes(csv.ToString());

        Task<HttpResponseMessage>[] imports;
        // Both imports read the roster (nobody there yet) before either may write: without turns, both would add everyone.
        await using (var held = await HeldTableLock.TakeAsync(Host.ConnectionString, "roster.people"))
        {
            imports = [admin.ImportAsync(code, file, "a.csv"), admin.ImportAsync(code, file, "b.csv")];
            await held.WaitForWaitersAsync(2);
        }
        var results = new List<(int, int)>();
        foreach (var response in await Task.WhenAll(imports))
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, body);
            var json = JsonDocument.Parse(body).RootElement;
            results.Add((json.GetProperty("added").GetInt32(), json.GetProperty("updated").GetInt32()));
        }
        Assert.Equal([(0, 200), (200, 0)], results.Order());
        Assert.Equal(200, (await admin.PeopleAsync(code)).Length);
    }

    [Fact]
    public async Task The_people_form_posted_three_times_with_one_key_adds_one_person()
    {
        await Host.BannerWithBranchesAsync("form-thrice");
        var browser = await Host.BrowserClientAsync("form-thrice-admin");
        var page = await browser.GetStringAsync("/j/form-thrice/people");
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = TestHost.AntiforgeryToken(page),
            ["submissionKey"] = SubmissionKey().Match(page).Groups[1].Value,
            ["OrganizationId"] = FirstOrganization().Match(page).Groups[1].Value,
            ["Name"] = "双击者", ["Gender"] = "女", ["BirthDate"] = "1990-03-01", ["Category"] = "Full", ["Standing"] = "Normal",
        };
        Assert.NotEqual("", fields["submissionKey"]);

        // A double click and a resend, at once, with one antiforgery token and one key.
        var responses = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => browser.PostAsync("/j/form-thrice/people", new FormUrlEncodedContent(fields))));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var person = Assert.Single(responses.Select(r => r.Headers.Location!.OriginalString).Distinct());
        Assert.Matches("^/j/form-thrice/people/[0-9]+$", person);
        // And once more later, as a browser's "resend" would.
        var later = await browser.PostAsync("/j/form-thrice/people", new FormUrlEncodedContent(fields));
        Assert.Equal(person, later.Headers.Location!.OriginalString);

        var admin = await Host.ApiClientAsync("form-thrice-admin");
        Assert.Single(await admin.PeopleAsync("form-thrice"), p => p.GetProperty("name").GetString() == "双击者");
        // A new page has a new key: the same person can be added again on purpose.
        var again = await TestHost.SubmitFormAsync(browser, "/j/form-thrice/people", new(fields) { ["submissionKey"] = SubmissionKey().Match(await browser.GetStringAsync("/j/form-thrice/people")).Groups[1].Value });
        Assert.NotEqual(person, again.Headers.Location!.OriginalString);
    }

    [GeneratedRegex("name=\"submissionKey\" value=\"([0-9a-f]+)\"")]
    private static partial Regex SubmissionKey();

    [GeneratedRegex("name=\"OrganizationId\">\\s*<option value=\"([0-9]+)\"")]
    private static partial Regex FirstOrganization();
}
