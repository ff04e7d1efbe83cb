namespace Modular.Plugins.CountyFiveActivities.Grading;

/// <summary>
/// 实施晋档升级 (实施方案 二(三)3): “各个领域‘五个好’党组织、党建工作示范单位，各条战线‘五个模范’党员的比例都有较大幅度提高”.
/// Three shares per sector and round, each of <b>everyone</b> in the sector (not only those scored): five-goods organizations
/// of the party organizations, recognized 党建工作示范单位 (the 基层党建示范单位 of 组织创新, <c>Innovation/</c>) of the party
/// organizations, five-models members of the members. The plan names no size for 较大幅度; this plugin's reading: a share
/// rose when it is above the previous round's, and a sector whose share did not rise (the same or lower) is flagged.
/// </summary>
public static class SharesRule
{
    /// <summary>The share (0..1, four places) of <paramref name="count"/> in <paramref name="of"/>; 0 when there is no one.</summary>
    public static decimal Share(int count, int of) => of <= 0 ? 0 : Math.Round((decimal)count / of, 4);

    /// <summary>The rise of each round over the one before (null for the first).</summary>
    public static IReadOnlyList<decimal?> Rises(IReadOnlyList<decimal> shares) => [.. shares.Select((s, i) => i == 0 ? (decimal?)null : s - shares[i - 1])];

    /// <summary>Rose from every round to the next: false as soon as one round's share is not above the one before.</summary>
    public static bool RoseEveryRound(IReadOnlyList<decimal> shares) => Rises(shares).All(r => r is null || r > 0);

    /// <summary>A share's rise for a page: “—” in the first round, “↑ 12.5 个百分点” when it rose, else “未提高”.</summary>
    public static string RiseText(ShareStep step) => step.Rise switch
    {
        null => "—",
        > 0 and var r => Text.Of($"↑ {r * 100:0.#} 个百分点", $"↑ {r * 100:0.#} points"),
        var r => Text.Of($"未提高（{r * 100:0.#} 个百分点）", $"did not rise ({r * 100:0.#} points)"),
    };
}
