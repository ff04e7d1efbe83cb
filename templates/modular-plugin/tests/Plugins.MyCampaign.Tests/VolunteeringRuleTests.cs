using Modular.Plugins.MyCampaign.Volunteering;
using Modular.Sdk.Scheduling;

namespace Plugins.MyCampaign.Tests;

/// <summary>The item's rule as plain code: the document's numbers in, its answers out; no host, no database.</summary>
public sealed class VolunteeringRuleTests
{
    // The document's values (plugin.json's defaults): 2024, by the 25th, at least 5 members.
    private static readonly VolunteeringRule Document = new(new(2024, 1, 1), new(2024, 12, 31), DueDay: 25, MinParticipants: 5);

    [Fact]
    public void Each_month_is_due_by_its_25th_and_a_short_month_by_its_last_day()
    {
        Assert.Equal(12, Document.Months.Count);
        Assert.Equal(new DateOnly(2024, 3, 25), Document.DueOn(new(2024, 3, 1)));
        var lastDay = Document with { DueDay = 31 };
        Assert.Equal(new DateOnly(2024, 2, 29), lastDay.DueOn(new(2024, 2, 1)));
        Assert.Equal(new DateOnly(2024, 12, 20), (Document with { End = new(2024, 12, 20) }).DueOn(new(2024, 12, 1))); // never after the campaign
    }

    [Theory]
    [InlineData("2024-03-25", "2024-04-10", DueState.Done)]
    [InlineData("2024-03-26", "2024-04-10", DueState.Late)]
    [InlineData(null, "2024-03-25", DueState.Pending)]
    [InlineData(null, "2024-03-26", DueState.Missed)]
    public void A_branchs_month_is_on_time_up_to_and_including_the_due_day(string? heldOn, string today, DueState expected) =>
        Assert.Equal(expected, Document.StateOf(new(2024, 3, 1), heldOn is null ? null : DateOnly.Parse(heldOn), DateOnly.Parse(today)));

    [Fact]
    public void Fewer_members_than_the_document_asks_for_do_not_count()
    {
        Assert.Null(Document.ParticipantsProblem(5));
        Assert.NotNull(Document.ParticipantsProblem(4));
        Assert.Null((Document with { MinParticipants = 3 }).ParticipantsProblem(4)); // a jurisdiction that set 3
    }
}
