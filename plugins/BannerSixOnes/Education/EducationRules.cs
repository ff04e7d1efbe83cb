namespace Modular.Plugins.BannerSixOnes.Education;

/// <summary>The three subjects the document names for the event (反腐倡廉理论、党章等党内法规、国家法律法规).</summary>
public static class EducationContents
{
    public static readonly IReadOnlyList<string> All = ["反腐倡廉理论", "党章等党内法规", "国家法律法规"];

    /// <summary>A subject (stored in Chinese) in the user's language.</summary>
    public static string Say(string content) => content switch
    {
        "反腐倡廉理论" => Text.Of(content, "Anti-corruption theory"),
        "党章等党内法规" => Text.Of(content, "The party constitution and party regulations"),
        "国家法律法规" => Text.Of(content, "National laws and regulations"),
        _ => content,
    };
}

/// <summary>“每个党组织每年开展一次党性、党纪教育活动”, by <c>education.due</c>.</summary>
public static class EducationRules
{
    /// <summary>The SDK events of this item: one per party organization and campaign year (the slot).</summary>
    public const string Source = "six-ones.education";

    /// <summary>
    /// Party organizations hold the event (党委、党总支、党支部、党组); the campaign's leading group,
    /// its office and the inspection groups are not party organizations and owe nothing.
    /// </summary>
    public static bool Owes(OrganizationInfo organization) => OrganizationTree.IsPartyOrganization(organization);

    /// <summary>"By 07-01": an event dated on or before the due day is on time; without one, missed from the day after.</summary>
    public static DueState StateOf(DateOnly? heldOn, DateOnly due, DateOnly today) => DueStates.Of(due, heldOn, today);

    public static string SlotOf(SixOnesRules rules) => rules.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
