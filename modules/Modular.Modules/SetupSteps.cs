namespace Modular.Modules;

/// <summary>
/// How far a jurisdiction is with one setup step: <paramref name="Done"/> of <paramref name="Total"/> (organizations
/// imported, members with an account, ...) and a sentence saying so in the user's language.
/// </summary>
public sealed record SetupProgress(int Done, int Total, string Summary)
{
    public bool Complete => Total > 0 && Done >= Total;

    /// <summary>Per cent done, for the progress bar (0 when there is nothing to count yet).</summary>
    public int Percent => Total <= 0 ? 0 : (int)Math.Min(100, Math.Round(100.0 * Done / Total));

    /// <summary>A step that is done once anything is there (the organizations, the roster).</summary>
    public static SetupProgress AnyOf(int count, string summary) => new(count > 0 ? 1 : 0, 1, summary);
}

/// <summary>A file a step offers beside its page (the empty import template).</summary>
public sealed record SetupDownload(string Label, string Url);

/// <summary>
/// One step of a new jurisdiction's setup (import organizations → import the roster → accounts → campaign modules and
/// their dates → officers), shown on the office's setup checklist (<c>/j/{code}/office/setup</c>). Each module
/// registers the steps its pages carry out (<c>services.AddScoped&lt;ISetupStep, ...&gt;()</c>) in the current
/// jurisdiction's scope; the checklist orders them by <see cref="Order"/>, so the host names no module's page.
/// </summary>
public interface ISetupStep
{
    /// <summary>Position on the checklist: 10 organizations, 20 roster, 30 accounts, 40 campaign modules, 50 officers.</summary>
    int Order { get; }

    string Title { get; }

    /// <summary>What to do, in a sentence or two.</summary>
    string Description { get; }

    /// <summary>The page that does the step, for the jurisdiction of this code.</summary>
    string PageUrl(string jurisdictionCode);

    IReadOnlyList<SetupDownload> Downloads(string jurisdictionCode) => [];

    Task<SetupProgress> ProgressAsync(CancellationToken cancellationToken = default);
}
