using Modular.Plugins.BannerThirdBatch.Units;

namespace Modular.Plugins.BannerThirdBatch.Progress;

/// <summary>What the shared partial <c>_ProgressTable</c> draws: a table, where each row links, and the plugin's page URLs.</summary>
public sealed record ProgressTableView(ProgressTable Table, string FirstColumn, Func<UnitView, string> RowHref, Func<string, string> PageUrl);
