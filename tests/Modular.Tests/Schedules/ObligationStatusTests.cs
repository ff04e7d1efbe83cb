using Modular.Schedules.Rules;
using Modular.Sdk.Scheduling;

namespace Modular.Tests.Schedules;

/// <summary>Pending, done, late, missed: at and around the due day, in the jurisdiction's time zone.</summary>
public sealed class ObligationStatusTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private static readonly DateOnly Due = new(2026, 6, 30);

    [Theory]
    [InlineData(null, "2026-06-29", nameof(ObligationStatus.Pending))]
    [InlineData(null, "2026-06-30", nameof(ObligationStatus.Pending))]  // due today: still time
    [InlineData(null, "2026-07-01", nameof(ObligationStatus.Missed))]   // the day after: missed
    [InlineData("2026-06-01", "2026-06-15", nameof(ObligationStatus.Done))]
    [InlineData("2026-06-30", "2026-06-30", nameof(ObligationStatus.Done))]   // met on the due day: done
    [InlineData("2026-06-30", "2026-08-01", nameof(ObligationStatus.Done))]   // stays done
    [InlineData("2026-07-01", "2026-07-01", nameof(ObligationStatus.Late))]   // one day after: late
    [InlineData("2026-12-31", "2027-01-01", nameof(ObligationStatus.Late))]
    public void Status_by_day(string? metOn, string today, string expected) => // by name: the enum is the module's own (internal)
        Assert.Equal(Enum.Parse<ObligationStatus>(expected), ObligationStatusRules.Compute(Due, metOn is null ? null : DateOnly.Parse(metOn, System.Globalization.CultureInfo.InvariantCulture),
            DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void An_obligation_whose_due_day_is_not_yet_known_is_pending_until_met_then_done()
    {
        Assert.Equal(ObligationStatus.Pending, ObligationStatusRules.Compute(null, (DateOnly?)null, new DateOnly(2099, 1, 1)));
        Assert.Equal(ObligationStatus.Done, ObligationStatusRules.Compute(null, new DateOnly(2026, 1, 1), new DateOnly(2099, 1, 1)));
    }

    [Fact]
    public void The_day_ends_at_16_00_UTC_in_Shanghai()
    {
        var lastSecond = new DateTimeOffset(2026, 6, 30, 15, 59, 59, TimeSpan.Zero); // 23:59:59 on June 30 in Shanghai
        var nextDay = new DateTimeOffset(2026, 6, 30, 16, 0, 0, TimeSpan.Zero);     // 00:00 on July 1
        Assert.Equal(ObligationStatus.Done, ObligationStatusRules.Compute(Due, lastSecond, nextDay.AddDays(3), Shanghai));
        Assert.Equal(ObligationStatus.Late, ObligationStatusRules.Compute(Due, nextDay, nextDay.AddDays(3), Shanghai));
        Assert.Equal(ObligationStatus.Pending, ObligationStatusRules.Compute(Due, null, lastSecond, Shanghai));
        Assert.Equal(ObligationStatus.Missed, ObligationStatusRules.Compute(Due, null, nextDay, Shanghai));
        // An instant given in local time is the same instant.
        Assert.Equal(ObligationStatus.Done, ObligationStatusRules.Compute(Due, new DateTimeOffset(2026, 6, 30, 23, 59, 59, TimeSpan.FromHours(8)), nextDay, Shanghai));
        Assert.Equal(new DateOnly(2026, 6, 30), ObligationStatusRules.LocalDate(new DateTimeOffset(2026, 6, 29, 16, 0, 0, TimeSpan.Zero), Shanghai));
        Assert.Equal(new DateOnly(2026, 6, 29), ObligationStatusRules.LocalDate(new DateTimeOffset(2026, 6, 29, 15, 59, 59, TimeSpan.Zero), Shanghai));
    }
}
