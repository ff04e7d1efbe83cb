using Modular.Plugins.BannerSixOnes.Common;
using Modular.Plugins.BannerSixOnes.Items;

namespace Modular.Plugins.BannerSixOnes.Education;

/// <summary>一次党性、党纪教育活动 (item 1): services, menu and API.</summary>
public static class EducationFeature
{
    public static void Register(IPluginBuilder plugin)
    {
        plugin.AddLedger<EducationService>("education", new("党性、党纪教育活动台账", "Education events"), async (s, q, ct) => Result.Ok(await s.LedgerAsync(ct)));
        plugin.Services.AddScoped<EducationService>();
        plugin.Services.AddScoped<ISixOnesItem, EducationItem>();
        plugin.AddObligationProvider<EducationObligations>();
        plugin.AddMenuEntry(new MenuEntry(new("党性党纪教育", "Discipline education"), "/Education/Index", 10) { Group = SixOnesStartup.Group });
    }

    public static void Map(IEndpointRouteBuilder api)
    {
        var education = api.MapGroup("/education");

        // Every party organization the caller may read, with its state against education.due.
        education.MapGet("", async (EducationService service, CancellationToken ct) => Results.Ok(await service.OverviewWithDueAsync(ct)));

        education.MapGet("/organizations/{id:long}", async (long id, EducationService service, CancellationToken ct) =>
            (await service.DetailAsync(id, ct)).ToHttpResult());

        education.MapPut("/organizations/{id:long}", async (long id, EducationInput input, EducationService service, CancellationToken ct) =>
            (await service.RecordAsync(id, input, ct)).ToHttpResult());

        education.MapDelete("/organizations/{id:long}", async (long id, int? version, EducationService service, CancellationToken ct) =>
            (await service.DeleteAsync(id, version, ct)).ToHttpResult(_ => Results.NoContent()));

        // The member's own organization's event: attended or not, and the due day (null when the organization owes none).
        education.MapGet("/me", async (EducationService service, CancellationToken ct) => (await service.MineAsync(ct)).ToHttpResult());
    }
}
