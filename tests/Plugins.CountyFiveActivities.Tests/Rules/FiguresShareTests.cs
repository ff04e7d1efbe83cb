using Modular.Plugins.CountyFiveActivities.Dashboards;

namespace Plugins.CountyFiveActivities.Tests.Rules;

/// <summary>
/// One definition of the five-goods share: of every party organization of the group, scored or not (实施方案 二(三)3; the
/// grading page's <c>ScoresQuery.FiveGoodsShareAsync</c> divides the same way), so an unscored organization is not yet five-goods.
/// </summary>
public sealed class FiguresShareTests
{
    private static Figures Of(int organizations, int scored, int fiveGoods) => new(
        organizations, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0m, 0, 0, 0, 0, 0, 0, scored, fiveGoods, scored - fiveGoods, 0, fiveGoods);

    [Theory]
    [InlineData(4, 2, 1, 0.25)]   // two of four scored, one five-goods: a quarter, not a half
    [InlineData(4, 4, 4, 1.0)]
    [InlineData(3, 0, 0, 0.0)]    // none scored yet
    [InlineData(0, 0, 0, 0.0)]    // no organizations: no share, not a division by zero
    [InlineData(3, 3, 1, 0.3333)] // rounded to four places like every share
    public void The_share_is_over_every_organization_scored_or_not(int organizations, int scored, int fiveGoods, double share) =>
        Assert.Equal((decimal)share, Of(organizations, scored, fiveGoods).FiveGoodsShare);
}
