using Modular.Plugins.BannerThirdBatch.Common;

namespace Modular.Plugins.BannerThirdBatch.Visits;

/// <summary>The overviews' column 指导检查: each scheduled unit the user reads, 1 of 1 once visited in its concentrated phase.</summary>
public sealed class VisitFigures(VisitService visits) : IUnitFigureSource
{
    public string Key => "guidance-visit";
    public LocalizedText Name => new("指导检查", "Guidance visit");
    public string PagePath => "/Visits";
    public Task<IReadOnlyList<UnitFigure>> FiguresAsync(CancellationToken ct) => visits.VisitedCoverageAsync(ct);
}

/// <summary>The overviews' column 问题整改: each unit with follow-ups, those closed of all (units without any are left out).</summary>
public sealed class FollowUpFigures(FollowUpService followUps) : IUnitFigureSource
{
    public string Key => "follow-ups";
    public LocalizedText Name => new("问题整改销号", "Follow-ups closed");
    public string PagePath => "/Visits";
    public async Task<IReadOnlyList<UnitFigure>> FiguresAsync(CancellationToken ct) =>
        [.. (await followUps.ByUnitAsync(ct)).Select(u => new UnitFigure(u.UnitId, u.Unit, u.Closed + u.ClosedLate, u.Open + u.Overdue + u.Closed + u.ClosedLate)).Where(f => f.Owed > 0)];
}
