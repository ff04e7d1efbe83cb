using Modular.Plugins.PartyGroupStudy.Common;

namespace Modular.Plugins.PartyGroupStudy.Study;

/// <summary>四(一)1 召开动员大会；四(一)2 参加学习培训: the mobilization meeting, the study events with attendance, each member's self-study and hours.</summary>
public static class StudyFeature
{
    public static void Register(IPluginBuilder plugin)
    {
        plugin.Services.AddScoped<StudyService>();
        plugin.Services.AddScoped<StudySteps>();
        plugin.AddPlanSteps<StudySteps>();
        plugin.AddMenuEntry(new MenuEntry(new("学习培训", "Study and training"), "/Study/Index", 10) { Group = PartyGroupStudyStartup.Group });
        plugin.AddLedger<StudyService>("study-hours", new("学习培训台账", "Study and training hours"),
            async (service, query, ct) => (await service.OverviewAsync(ct)).Map(Ledger));
    }

    /// <summary>学习培训台账: one row per member, hours by kind within stage 1, the total against the minimum, met or not.</summary>
    public static LedgerDefinition Ledger(StudyOverview study) => new(Text.Of("学习培训台账", "Study and training hours"),
        [new(Text.Of("党组成员", "Member"), LedgerColumnType.Person), new(Text.Of("集中培训（小时）", "Training (h)"), LedgerColumnType.Decimal),
         new(Text.Of("专题辅导（小时）", "Tutorials (h)"), LedgerColumnType.Decimal), new(Text.Of("集体研讨（小时）", "Group discussion (h)"), LedgerColumnType.Decimal),
         new(Text.Of("个人自学（小时）", "Self-study (h)"), LedgerColumnType.Decimal), new(Text.Of("合计（小时）", "Total (h)"), LedgerColumnType.Decimal),
         new(Text.Of("要求（小时）", "Required (h)"), LedgerColumnType.Decimal), new(Text.Of("达到要求", "Met"), LedgerColumnType.Boolean),
         new(Text.Of("达到日期", "Met on"), LedgerColumnType.Date), new(Text.Of("状态", "State"))],
        [.. study.Members.Select(m => (IReadOnlyList<object?>)[m.Name, m.Training, m.Tutorial, m.GroupStudy, m.SelfStudy, m.Total, m.Minimum, m.Met, m.MetOn, m.StateName])]);

    /// <summary><c>/api/j/{jurisdiction}/party-group-study/study</c>.</summary>
    public static void Map(IEndpointRouteBuilder api)
    {
        var study = api.MapGroup("/study").WithTags("party-group-study: study and training");
        study.MapGet("", async (StudyService service, CancellationToken ct) => (await service.OverviewAsync(ct)).ToHttpResult())
            .WithSummary("Stage 1's mobilization meeting and study events, every member's hours by kind against the minimum (one's own for a member), the self-study entries.");
        study.MapPost("/events", async (StudyEventInput input, StudyService service, CancellationToken ct) => (await service.RecordAsync(input, ct)).ToHttpResult())
            .WithSummary("The office records the mobilization meeting or a training, tutorial or group discussion within stage 1: every member expected, absences with a reason, a member's own hours when fewer.");
        study.MapGet("/events/{id:long}", async (long id, StudyService service, CancellationToken ct) => (await service.FindAsync(id, ct)).ToHttpResult())
            .WithSummary("One event with its attendance.");
        study.MapPut("/events/{id:long}", async (long id, StudyEventInput input, StudyService service, CancellationToken ct) => (await service.UpdateAsync(id, input, ct)).ToHttpResult())
            .WithSummary("Corrects an event; send the version read (a stale one is 409).");
        study.MapPost("/self-study", async (SelfStudyInput input, StudyService service, CancellationToken ct) => (await service.RecordSelfStudyAsync(input, ct)).ToHttpResult())
            .WithSummary("A member records a day's self-study (hours, what was studied) within stage 1; the office may record it for a member (personId). The same day again replaces it.");
    }
}
