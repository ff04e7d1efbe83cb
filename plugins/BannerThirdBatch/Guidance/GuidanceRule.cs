using Modular.Plugins.BannerThirdBatch.Units;

namespace Modular.Plugins.BannerThirdBatch.Guidance;

/// <summary>
/// 三(二): “旗学习实践活动领导小组，要向参加第三批学习实践活动的所有基层单位派出指导小组……各苏木镇党委学习实践活动领导小组要派出指导检查组，加强对嘎查、社区的检查指导”. A banner group may
/// cover any participating unit; a sumu/town's group only that town's gacha and communities. Pure.
/// </summary>
public static class GuidanceRule
{
    /// <summary>The units a group sent by <paramref name="senderTownId"/> (null: the banner) may not cover, of those named.</summary>
    public static IReadOnlyList<long> Outside(long? senderTownId, IEnumerable<long> unitIds, IReadOnlyList<Unit> units) =>
        [.. unitIds.Where(id => units.FirstOrDefault(u => u.Id == id) is not { } unit || (senderTownId is { } town && unit.TownId != town))];

    public static LocalizedText KindName(long? senderTownId) =>
        senderTownId is null ? new("旗指导小组", "Banner guidance group") : new("苏木镇指导检查组", "Sumu/town guidance and inspection group");
}
