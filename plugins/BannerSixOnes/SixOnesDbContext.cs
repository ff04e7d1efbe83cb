using Modular.Plugins.BannerSixOnes.Contest;
using Modular.Plugins.BannerSixOnes.DailyNotes;
using Modular.Plugins.BannerSixOnes.Practices;
using Modular.Plugins.BannerSixOnes.Reports;
using Modular.Plugins.BannerSixOnes.TheoryBooks;

namespace Modular.Plugins.BannerSixOnes;

/// <summary>
/// The plugin's one unit of work over its schema <c>six_ones</c> (named in plugin.json): every item's tables, each configured where the item
/// lives (<c>NotesModel</c>, <c>ContestModel</c>, …), so a service that touches two items saves them in one transaction.
/// </summary>
public sealed class SixOnesDbContext(DbContextOptions<SixOnesDbContext> options) : PluginDbContext(options)
{
    public DbSet<Practice> Practices => Set<Practice>();
    public DbSet<ReportEntry> Entries => Set<ReportEntry>();
    public DbSet<ReportStep> Steps => Set<ReportStep>();
    public DbSet<ContestQuestion> Questions => Set<ContestQuestion>();
    public DbSet<KnowledgeContest> Contests => Set<KnowledgeContest>();
    public DbSet<PaperQuestion> Papers => Set<PaperQuestion>();
    public DbSet<ContestAttempt> Attempts => Set<ContestAttempt>();
    public DbSet<TeamScore> TeamScores => Set<TeamScore>();
    public DbSet<RequiredBook> RequiredBooks => Set<RequiredBook>();
    public DbSet<BookNote> BookNotes => Set<BookNote>();
    public DbSet<NoteDay> NoteDays => Set<NoteDay>();
    public DbSet<NoteInspection> Inspections => Set<NoteInspection>();
    public DbSet<NoteVerdict> Verdicts => Set<NoteVerdict>();
    public DbSet<NoteInspectionEvent> InspectionEvents => Set<NoteInspectionEvent>();

    protected override void ConfigureModel(ModelBuilder b)
    {
        PracticesModel.Configure(b);
        ResearchReportsModel.Configure(b);
        ContestModel.Configure(b);
        TheoryBooksModel.Configure(b);
        NotesModel.Configure(b);
        Awards.AwardsModel.Configure(b);
        Capacity.CapacityModel.Configure(b);
    }
}
