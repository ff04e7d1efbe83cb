using Modular.Organizations;

namespace Modular.Tests.Roster;

/// <summary>
/// How a roster's cells read: every date spelling offices use (the common two go by a fast path that must agree with the
/// rest), dropdown codes, and the resident ID number's check digit.
/// </summary>
public sealed class RosterCellsTests
{
    [Theory]
    [InlineData("2011-07-01", "2011-07-01")]
    [InlineData("2011-7-1", "2011-07-01")]
    [InlineData("2011/7/1", "2011-07-01")]
    [InlineData("2011/12/31", "2011-12-31")]
    [InlineData("2011/7/1 0:00", "2011-07-01")]
    [InlineData(" 2011-07-01 ", "2011-07-01")]
    [InlineData("2011.07.01", "2011-07-01")]
    [InlineData("2011年7月1日", "2011-07-01")]
    [InlineData("2011年7月", "2011-07-01")]
    [InlineData("2011-07/01", "2011-07-01")]
    [InlineData("2011.07", "2011-07-01")]
    [InlineData("201107", "2011-07-01")]
    [InlineData("20110701", "2011-07-01")]
    [InlineData("40725", "2011-07-01")]
    [InlineData("2012-02-29", "2012-02-29")]
    [InlineData("２０１１－０７－０１", "2011-07-01")] // typed with a Chinese input method's full-width digits
    [InlineData("２０１１年７月１日", "2011-07-01")]
    public void A_date_reads_in_every_spelling_offices_use(string cell, string expected)
    {
        Assert.True(RosterCells.TryParseDate(cell, out var date), cell);
        Assert.Equal(DateOnly.Parse(expected), date);
    }

    [Theory]
    [InlineData("2011-13-01")]
    [InlineData("2011-02-30")]
    [InlineData("2011-2-29")]
    [InlineData("2011-00-10")]
    [InlineData("2011-07-00")]
    [InlineData("2011--7-1")]
    [InlineData("2011-7-")]
    [InlineData("2011-007-01")]
    [InlineData("0011-07-01")]
    [InlineData("明年")]
    [InlineData("")]
    public void A_cell_that_is_no_date_is_refused(string cell) =>
        Assert.False(RosterCells.TryParseDate(cell, out _), cell);

    [Theory]
    [InlineData("223_正式党员", "正式党员")]
    [InlineData("正式党员", "正式党员")]
    [InlineData(" 1_男 ", "男")]
    [InlineData("2011", "2011")]
    [InlineData("", "")]
    public void A_dropdown_code_is_taken_off(string cell, string expected) => Assert.Equal(expected, RosterCells.StripCode(cell));

    [Theory]
    [InlineData("11010519491231002X", true)]
    [InlineData("110105194912310021", false)] // wrong check digit
    [InlineData("11010519491231002x", false)] // the importer upper-cases first
    [InlineData("1101051949123100", false)]
    [InlineData("11010519491231002XX", false)]
    [InlineData("A1010519491231002X", false)]
    public void A_resident_id_number_needs_18_characters_and_its_check_digit(string idNumber, bool valid) =>
        Assert.Equal(valid, RosterCells.IdNumberProblem(idNumber) is null);
}
