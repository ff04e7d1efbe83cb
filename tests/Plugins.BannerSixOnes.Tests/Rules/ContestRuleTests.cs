using Modular.Plugins.BannerSixOnes;
using Modular.Plugins.BannerSixOnes.Contest;
using static Modular.Testing.Dates;

namespace Plugins.BannerSixOnes.Tests.Rules;

/// <summary>
/// Item 6, 党的知识竞赛: “拟于6月底举办” (6月下旬, 21–30 June), the bank's spellings of kinds, categories and answers,
/// all-or-nothing marking, and the time limit (an answer counts up to the deadline itself).
/// </summary>
public sealed class ContestRuleTests
{
    private static readonly PluginRules<SixOnesRules> SixOnes = new(SixOnesHost.PluginId, SixOnesRules.From);

    [Theory]
    [InlineData("2011-06-20", false, "6月20日")]
    [InlineData("2011-06-21", true, "6月底")]
    [InlineData("2011-06-30", true, "6月底")]
    [InlineData("2011-07-01", false, "7月1日")]
    public void The_end_of_June_is_the_21st_to_the_30th_and_another_day_only_warns(string day, bool endOfJune, string label)
    {
        Assert.Equal(endOfJune, ContestCalendar.IsEndOfJune(Day(day)));
        Assert.Equal(label, ContestCalendar.Label(Day(day)));
        Assert.Equal(endOfJune ? 0 : 1, ContestSetup.Warnings(Day(day)).Count);
    }

    [Theory]
    [InlineData("2011-06-30 09:00")]
    [InlineData("2011-06-30T09:00")]
    [InlineData(" 2011-06-30 09:00:00 ")]
    public void A_window_is_entered_as_a_local_time(string text) =>
        Assert.Equal(new DateTime(2011, 6, 30, 9, 0, 0), ContestCalendar.ParseLocal(text));

    [Fact]
    public void A_local_time_is_the_banners_wall_clock()
    {
        var shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        var opens = ContestCalendar.ToUtc(new DateTime(2011, 6, 30, 9, 0, 0), shanghai);
        Assert.Equal(new DateTimeOffset(2011, 6, 30, 1, 0, 0, TimeSpan.Zero), opens);
        Assert.Equal(("2011-06-30 09:00", "6月30日 09:00"), (ContestCalendar.Format(opens, shanghai), ContestCalendar.Say(opens, shanghai)));
        Assert.Null(ContestCalendar.ParseLocal("6月30日"));
    }

    [Theory]
    [InlineData("单选题", QuestionKind.Single)]
    [InlineData("多项选择题", QuestionKind.Multiple)]
    [InlineData("判断", QuestionKind.Judge)]
    [InlineData("填空", null)]
    public void Kinds_are_read_in_the_offices_spellings(string text, QuestionKind? kind) => Assert.Equal(kind, QuestionRules.ParseKind(text));

    [Theory]
    [InlineData("党史", "党的历史")]
    [InlineData(" 理论 ", "党的理论")]
    [InlineData("党建知识", "党的知识")]
    [InlineData("党建", null)] // the document's three only
    public void Categories_are_the_documents_three(string text, string? category) => Assert.Equal(category, QuestionRules.ParseCategory(text));

    [Theory]
    [InlineData("√", "A")]
    [InlineData("对", "A")]
    [InlineData("×", "B")]
    [InlineData("错误", "B")]
    [InlineData("也许", null)]
    public void A_judge_answer_is_right_or_wrong(string text, string? letter) => Assert.Equal(letter, QuestionRules.ParseJudge(text));

    [Theory]
    [InlineData("a, d、B", "ABD", null)]
    [InlineData("ＡＢ", "AB", null)] // full-width, from a Chinese input method
    [InlineData("A1", null, "1")]
    public void Choice_answers_are_letters_sorted(string text, string? letters, string? bad) =>
        Assert.Equal((letters, bad), QuestionRules.ParseLetters(text));

    [Theory]
    [InlineData("ABC", "ABC", true)]
    [InlineData("ABC", "c b a", true)]
    [InlineData("ABC", "AB", false)] // one missing: no points
    [InlineData("ABC", "ABCD", false)]
    [InlineData("A", "", false)]
    public void Marking_is_all_or_nothing(string answer, string chosen, bool correct) => Assert.Equal(correct, QuestionRules.IsCorrect(answer, chosen));

    [Fact]
    public void An_attempt_answers_up_to_its_deadline_inclusive_and_times_out_a_second_later()
    {
        var start = new DateTimeOffset(2011, 6, 30, 1, 0, 0, TimeSpan.Zero);
        var attempt = new ContestAttempt { StartedAt = start, DeadlineAt = start.AddMinutes(SixOnes.Defaults.ContestMinutes) };
        Assert.Equal(AttemptState.Answering, Answering.StateOf(attempt, start.AddMinutes(60)));
        Assert.Equal(AttemptState.TimedOut, Answering.StateOf(attempt, start.AddMinutes(60).AddSeconds(1)));
        Assert.Equal(3600, Answering.SecondsUsed(attempt)); // timed out: the whole limit

        attempt.SubmittedAt = start.AddMinutes(20).AddMilliseconds(1);
        Assert.Equal(AttemptState.Submitted, Answering.StateOf(attempt, start.AddHours(2)));
        Assert.Equal(1201, Answering.SecondsUsed(attempt)); // a started second counts
        Assert.Equal("20分01秒", ContestLedgers.Duration(1201));
    }
}
