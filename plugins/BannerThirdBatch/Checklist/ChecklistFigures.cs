using Modular.Plugins.BannerThirdBatch.Common;

namespace Modular.Plugins.BannerThirdBatch.Checklist;

/// <summary>The overviews' column 四到位四落实: each unit the user reads, items verified (confirmed, or a gap closed) of eight.</summary>
public sealed class ChecklistFigures(ChecklistService checklist) : IUnitFigureSource
{
    public string Key => "checklist";
    public LocalizedText Name => new("四到位、四落实", "Four in place");
    public string PagePath => "/Checklist";
    public Task<IReadOnlyList<UnitFigure>> FiguresAsync(CancellationToken ct) => checklist.VerifiedAsync(ct);
}
