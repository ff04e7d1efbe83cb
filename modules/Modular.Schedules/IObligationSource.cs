namespace Modular.Schedules;

/// <summary>
/// Generates obligations for the current jurisdiction over a date range. The daily reminder pass runs
/// every source for the weeks around today before it computes reminders, so plugins' obligations
/// (a note a day, a book a quarter) exist without anyone pressing "generate". The host registers the
/// plugins' providers as one source.
/// </summary>
public interface IObligationSource
{
    Task<int> GenerateAsync(DateOnly from, DateOnly to, CancellationToken ct = default);
}
