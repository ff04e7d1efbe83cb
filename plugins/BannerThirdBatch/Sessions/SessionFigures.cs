using Modular.Plugins.BannerThirdBatch.Common;

namespace Modular.Plugins.BannerThirdBatch.Sessions;

/// <summary>The overviews' column 书记培训: each unit's branch secretaries who attended a secretary training, of all of them.</summary>
public sealed class SecretaryTrainingFigures(SessionService sessions) : IUnitFigureSource
{
    public string Key => "secretary-training";
    public LocalizedText Name { get; } = new("党支部书记培训", "Branch secretaries trained");
    public string PagePath => "/Sessions";

    public async Task<IReadOnlyList<UnitFigure>> FiguresAsync(CancellationToken ct) => [.. (await sessions.SecretaryCoverageAsync(ct)).Where(f => f.Owed > 0)];
}

/// <summary>The overviews' column 党员参学: each unit's members who attended a study session (required books, 根平, lectures), of all of them.</summary>
public sealed class StudyFigures(SessionService sessions) : IUnitFigureSource
{
    public string Key => "study";
    public LocalizedText Name { get; } = new("党员参加学习", "Members who studied");
    public string PagePath => "/Sessions";

    public async Task<IReadOnlyList<UnitFigure>> FiguresAsync(CancellationToken ct) => [.. (await sessions.StudyCoverageAsync(ct)).Where(f => f.Owed > 0)];
}
