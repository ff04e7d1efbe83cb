using Modular.Sdk.Core;

namespace Modular.Tests.Sdk;

public sealed class RosterNamesTests
{
    private static readonly RosterNames Names = new(new Dictionary<long, string> { [7] = "王芳" }, new Dictionary<long, string> { [3] = "巴彦宝力格嘎查党支部" });

    [Fact]
    public void A_known_id_shows_its_name_and_an_unknown_one_its_number_or_a_blank_ledger_cell()
    {
        Assert.Equal("王芳", Names.Person(7));
        Assert.Equal("#8", Names.Person(8));
        Assert.Equal("巴彦宝力格嘎查党支部", Names.Organization(3));
        Assert.Equal("#4", Names.Organization(4));
        Assert.Equal("", Names.OrganizationOrBlank(4));
        Assert.Equal("#1", RosterNames.Empty.Person(1));
    }
}
