using Modular.Plugins.BannerSixOnes.Common;
using Modular.Plugins.BannerSixOnes.Items;

namespace Modular.Plugins.BannerSixOnes.Training;

/// <summary>一次大规模学习培训 (item 2): services, menu and API.</summary>
public static class TrainingFeature
{
    public static void Register(IPluginBuilder plugin)
    {
        plugin.AddLedger<TrainingService>("training-sessions", new("培训及参训人员台账", "Training sessions and attendees"), async (s, q, ct) => Result.Ok(await s.SessionsLedgerAsync(ct)));
        plugin.AddLedger<TrainingService>("training-coverage", new("培训覆盖率台账", "Training coverage"), async (s, q, ct) => Result.Ok(await s.CoverageLedgerAsync(ct)));

        plugin.Services.AddScoped<TrainingService>();
        plugin.Services.AddScoped<ISixOnesItem, TrainingItem>();
        plugin.AddObligationProvider<TrainingObligations>();
        plugin.AddMenuEntry(new MenuEntry(new("大规模学习培训", "Large-scale training"), "/Training/Index", 20) { Group = SixOnesStartup.Group });
    }

    public static void Map(IEndpointRouteBuilder api)
    {
        var training = api.MapGroup("/training");

        // Coverage of the committees the caller oversees, per committee and per field, against the goal.
        training.MapGet("", async (TrainingService service, CancellationToken ct) => Results.Ok(await service.CoverageAsync(ct)));

        training.MapGet("/sessions", async (long? committee, TrainingService service, CancellationToken ct) =>
            Results.Ok(await service.SessionsAsync(committee, ct)));
        training.MapPost("/sessions", async (SessionInput input, TrainingService service, CancellationToken ct) =>
            (await service.SaveSessionAsync(null, input, ct)).ToHttpResult(d => Results.Created($"sessions/{d.Session.Id}", d)));
        training.MapGet("/sessions/{id:long}", async (long id, TrainingService service, CancellationToken ct) =>
            (await service.SessionAsync(id, ct)).ToHttpResult());
        training.MapPut("/sessions/{id:long}", async (long id, SessionInput input, TrainingService service, CancellationToken ct) =>
            (await service.SaveSessionAsync(id, input, ct)).ToHttpResult());
        training.MapDelete("/sessions/{id:long}", async (long id, int? version, TrainingService service, CancellationToken ct) =>
            (await service.DeleteSessionAsync(id, version, ct)).ToHttpResult(_ => Results.NoContent()));
        training.MapPut("/sessions/{id:long}/attendance", async (long id, AttendanceSetInput input, TrainingService service, CancellationToken ct) =>
            (await service.SetAttendanceAsync(id, input, ct)).ToHttpResult());

        training.MapGet("/me", async (TrainingService service, CancellationToken ct) => (await service.MineAsync(ct)).ToHttpResult());
    }
}
