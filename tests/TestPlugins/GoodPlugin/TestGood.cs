using Modular.Sdk.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Modular.Sdk;
using Modular.Sdk.Blocks;
using Modular.Sdk.Data;
using Modular.Sdk.Navigation;
using Modular.Sdk.Scheduling;
using Modular.Sdk.Settings;
using Newtonsoft.Json;

namespace Modular.TestPlugins.Good;

public sealed class TestGoodStartup : IPluginStartup
{
    public void ConfigureServices(IPluginBuilder plugin)
    {
        plugin.AddDbContext<SixOnesDbContext>();
        plugin.AddMenuEntry(new MenuEntry(new("测试笔记", "Test notes"), "/Index"));
        plugin.AddDashboardWidget(new DashboardWidget("note-count", new("笔记数", "Note count"), typeof(NoteCountViewComponent)));
        plugin.AddScheduledJob<DailyNoteJob>(JobSchedule.Daily(new TimeOnly(6, 0)));
        plugin.AddObligationProvider<DailyNoteObligations>();
        plugin.AddEventHandler<PersonTransferred, RosterListener>()
            .AddEventHandler<PersonLeft, RosterListener>()
            .AddEventHandler<OrganizationMoved, RosterListener>();
        plugin.AddLedger<StudyNoteLedger>("study-notes", new("学习笔记台账", "Study notes"),
            new LedgerParameter("from", new("起始日期", "From"), LedgerParameterType.Date));
    }

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        api.MapGet("/notes", async (SixOnesDbContext db) => await db.Notes.OrderBy(n => n.Id).Select(n => n.Text).ToListAsync());
        api.MapPost("/notes", async (NoteInput input, SixOnesDbContext db, IPluginSettings<TestGoodStartup> settings) =>
        {
            var min = (await settings.ForCurrentJurisdictionAsync()).GetInteger("note.minChars");
            if (input.Text.Length < min)
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["text"] = [$"at least {min} characters"] });
            var note = new Note { Text = input.Text };
            db.Notes.Add(note);
            await db.SaveChangesAsync();
            return Results.Created((string?)null, new { note.Id });
        });
        // No check of the note here: the composite foreign key refuses another jurisdiction's note or none.
        api.MapPost("/tags", async (TagInput input, SixOnesDbContext db) =>
        {
            db.Tags.Add(new NoteTag { NoteId = input.NoteId, Tag = input.Tag });
            await db.SaveChangesAsync();
            return Results.NoContent();
        });
        api.MapGet("/probe", () => Probe.Describe());
        api.MapGet("/heard", (IJurisdictionContext j) => RosterListener.Heard.Where(h => h.StartsWith(j.Required.Code + ": ", StringComparison.Ordinal)).ToList());
        // The building blocks through the SDK only: a counted text, and a ledger download in one line.
        api.MapPost("/study-notes", async (StudyNoteInput input, ICountedTexts texts) =>
        {
            var result = await texts.SubmitAsync(new CountedTextInput(new BlockKind("test-good", "daily-note"), input.PersonId, input.Day, input.Body, MinimumCharacters: 300));
            return result.Succeeded ? Results.Ok(result.Value) : Results.ValidationProblem(result.Errors.ToDictionary(e => e.Key, e => e.Value));
        });
    }
}

public sealed record NoteInput(string Text);

/// <summary>The study-note ledger, registered with the host (served at ledgers/study-notes), from a day on when asked.</summary>
public sealed class StudyNoteLedger(ICountedTexts texts) : ILedgerSource
{
    public async Task<Result<LedgerDefinition>> BuildAsync(LedgerQuery query, CancellationToken cancellationToken)
    {
        var from = query.Date("from");
        var notes = (await texts.ListAsync(new CountedTextQuery(new BlockKind("test-good", "daily-note")), cancellationToken))
            .Where(n => from is null || n.PeriodDate >= from);
        return Result.Ok(new LedgerDefinition("学习笔记台账",
            [new("作者", LedgerColumnType.Person), new("日期", LedgerColumnType.Date), new("字数", LedgerColumnType.Integer), new("状态")],
            [.. notes.Select(n => (IReadOnlyList<object?>)[n.AuthorPersonId, n.PeriodDate, n.CharacterCount, n.State.ToString()])]));
    }
}

public sealed record TagInput(long NoteId, string Tag);

public sealed class NoteTag : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public long NoteId { get; set; }
    public required string Tag { get; set; }
}

public sealed record StudyNoteInput(long PersonId, DateOnly Day, string Body);

public sealed class Note : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public long Id { get; set; }
    public required string Text { get; set; }
}

public sealed class SixOnesDbContext(DbContextOptions<SixOnesDbContext> options) : PluginDbContext(options)
{
    public DbSet<Note> Notes => Set<Note>();
    public DbSet<NoteTag> Tags => Set<NoteTag>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Note>(e =>
        {
            e.ToTable("notes");
            e.HasKey(n => new { n.JurisdictionId, n.Id });
            e.Property(n => n.JurisdictionId).HasColumnName("jurisdiction_id");
            e.Property(n => n.Id).HasColumnName("id").ValueGeneratedOnAdd();
            e.Property(n => n.Text).HasColumnName("text");
        });
        modelBuilder.Entity<NoteTag>(e =>
        {
            e.ToTable("note_tags");
            e.HasKey(t => new { t.JurisdictionId, t.NoteId, t.Tag });
        });
    }
}

/// <summary>Writes a note per run, so tests can count how often the host ran it and for whom.</summary>
public sealed class DailyNoteJob(SixOnesDbContext db, Microsoft.Extensions.Configuration.IConfiguration configuration) : IScheduledJob
{
    public async Task RunAsync(JobRun run, CancellationToken cancellationToken)
    {
        // TestGood:JobDelay makes the job slow, so a test can stop its instance while it runs.
        if (Microsoft.Extensions.Configuration.ConfigurationBinder.GetValue<TimeSpan?>(configuration, "TestGood:JobDelay") is { } delay)
            await Task.Delay(delay, cancellationToken);
        db.Notes.Add(new Note { Text = $"job {run.Jurisdiction.Code} {run.LocalDate:yyyy-MM-dd} {run.DueAt:O}" });
        await db.SaveChangesAsync(cancellationToken);
    }
}

public sealed class NoteCountViewComponent(SixOnesDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() => View(await db.Notes.CountAsync());
}

/// <summary>What the plugin sees of its dependencies, for the loader tests.</summary>
public static class Probe
{
    public static string NewtonsoftVersion => typeof(JsonConvert).Assembly.GetName().Version!.ToString();
    public static Type DbContextType => typeof(DbContext);
    public static Type StartupContract => typeof(IPluginStartup);
    public static object Describe() => new { newtonsoft = NewtonsoftVersion, efCore = DbContextType.Assembly.GetName().Version!.ToString() };
}

/// <summary>Every member of the roster owes a note each day, due that day (the schedules tests generate from it).</summary>
public sealed class DailyNoteObligations(Modular.Sdk.Core.IRoster roster) : IObligationProvider
{
    public IReadOnlyList<ObligationType> Types { get; } = [new("test-daily-note", new("每日笔记", "Daily note"))];

    public async IAsyncEnumerable<ObligationDue> GetDueAsync(IJurisdiction jurisdiction, DateOnly from, DateOnly to,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var members = await roster.MembersAsync(new Modular.Sdk.Core.RosterQuery(), cancellationToken);
        for (var day = from; day <= to; day = day.AddDays(1))
            foreach (var member in members)
                yield return new ObligationDue("test-daily-note", ObligedKind.Person, member.Id, day, day);
    }
}

/// <summary>What the roster told this plugin, per jurisdiction (the integration events a campaign plugin hears).</summary>
public sealed class RosterListener(IJurisdictionContext jurisdiction) :
    IIntegrationEventHandler<PersonTransferred>, IIntegrationEventHandler<PersonLeft>, IIntegrationEventHandler<OrganizationMoved>
{
    public static readonly System.Collections.Concurrent.ConcurrentQueue<string> Heard = new();

    private Task Hear(string what)
    {
        Heard.Enqueue($"{jurisdiction.Required.Code}: {what}");
        return Task.CompletedTask;
    }

    public Task HandleAsync(PersonTransferred e, CancellationToken cancellationToken) =>
        Hear($"transferred {e.PersonId} {e.FromOrganizationId}->{e.ToOrganizationId} on {e.On:yyyy-MM-dd}");

    public Task HandleAsync(PersonLeft e, CancellationToken cancellationToken) => Hear($"left {e.PersonId} {e.OrganizationId} {e.Standing}");

    public Task HandleAsync(OrganizationMoved e, CancellationToken cancellationToken) => Hear($"moved {e.OrganizationId} {e.FromParentId}->{e.ToParentId}");
}
