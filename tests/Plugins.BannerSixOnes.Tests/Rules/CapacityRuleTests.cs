using Modular.Plugins.BannerSixOnes.Capacity;
using static Modular.Testing.Dates;

namespace Plugins.BannerSixOnes.Tests.Rules;

/// <summary>三、2 能力素质建设: the days from–to and the hours a record may hold.</summary>
public sealed class CapacityRuleTests
{
    private static readonly DateOnly Today = new(2011, 6, 15);

    private static string[] Refused(CapacityKind? kind, string from, string to, decimal? hours, string? hostUnit = null) =>
        [.. CapacityRule.Check(kind, "业务培训班", Day(from), Day(to), hostUnit, null, hours, null, Today).Keys.Order()];

    [Theory]
    [InlineData("2011-06-15", "2011-06-15", "1", "")]
    [InlineData("2011-06-16", "2011-06-16", "1", "startsOn")]
    [InlineData("2011-06-15", "2011-06-14", "1", "endsOn")]
    [InlineData("2011-06-15", "2011-06-15", "0", "hours")]
    [InlineData("2011-06-15", "2011-06-15", "-1", "hours")]
    [InlineData("2011-06-15", "2011-06-15", "0.01", "")]
    [InlineData("2011-06-15", "2011-06-15", "0.001", "hours")]
    [InlineData("2011-06-15", "2011-06-15", "24", "")]
    [InlineData("2011-06-15", "2011-06-15", "24.01", "hours")]
    [InlineData("2011-06-14", "2011-06-15", "48", "")]
    [InlineData("2010-01-01", "2011-06-15", "2000", "")]
    [InlineData("2010-01-01", "2011-06-15", "2000.01", "hours")]
    [InlineData("2011-06-01", "2011-12-31", "800", "")] // a secondment running past today
    public void Days_and_hours(string from, string to, string hours, string field) =>
        Assert.Equal(field == "" ? [] : [field], Refused(CapacityKind.Training, from, to, decimal.Parse(hours, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void A_secondment_names_its_host_unit_and_the_others_need_none()
    {
        Assert.Equal(["hostUnit"], Refused(CapacityKind.Secondment, "2011-06-01", "2011-06-30", 100, "  "));
        Assert.Empty(Refused(CapacityKind.Secondment, "2011-06-01", "2011-06-30", 100, "阿拉善盟财政局"));
        Assert.Empty(Refused(CapacityKind.PostDrill, "2011-06-01", "2011-06-01", 2));
        Assert.Equal(["hours", "kind"], Refused(null, "2011-06-01", "2011-06-01", null));
        Assert.Equal(["kind"], Refused((CapacityKind)7, "2011-06-01", "2011-06-01", 2));
    }
}
