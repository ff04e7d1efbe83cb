namespace Modular.Schedules;

/// <summary>
/// Generates obligations for the current jurisdiction. The host registers the plugins' providers as
/// one source (<c>PluginObligationSync</c>).
/// </summary>
public interface IObligationSource
{
    /// <summary>Generates over a range of due days (the office's "generate").</summary>
    Task<int> GenerateAsync(DateOnly from, DateOnly to, CancellationToken ct = default);

    /// <summary>
    /// Brings the stored obligations up to date if they are not: generated for the sources' current
    /// settings and, when <paramref name="daily"/>, today. Cheap when they are. Returns rows touched.
    /// </summary>
    Task<int> RefreshAsync(bool daily, CancellationToken ct = default);
}
