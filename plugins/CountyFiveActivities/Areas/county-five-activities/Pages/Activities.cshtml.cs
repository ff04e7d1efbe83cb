using Modular.Plugins.CountyFiveActivities.Activities;
using Modular.Plugins.CountyFiveActivities.Common;

namespace Modular.Plugins.CountyFiveActivities.Pages;

/// <summary>五项活动: party-spirit analysis per organization (week, reports on time and late), dedication, services to the people, demonstration units — what the services let the caller see.</summary>
public sealed class ActivitiesModel(PartySpiritQuery partySpirit, DedicationService dedication, ServiceLog services, InnovationService innovation,
    IOrganizationDirectory directory, CountyCampaign campaign) : PluginPageModel
{
    public sealed record ServiceLine(string Person, string Organization, string Kind, string Beneficiary, DateOnly ServedOn, decimal Hours, string? Description);

    public IReadOnlyList<PartySpiritFeature.OrganizationRow> PartySpirit { get; private set; } = [];
    public IReadOnlyList<ServiceLine> Services { get; private set; } = [];
    public IReadOnlyList<(string Organization, string Kind, string Title, DateOnly HeldOn, int Participants)> Dedication { get; private set; } = [];
    public IReadOnlyList<(string Organization, int Met, bool Recognized)> Units { get; private set; } = [];
    public CountyRules Rules { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Rules = await campaign.RulesAsync(ct);
        PartySpirit = await partySpirit.RowsAsync(ct);
        var tree = await directory.TreeAsync(ct);
        Services = [.. (await services.LinesAsync(null, ct)).OrderByDescending(l => l.Record.ServedOn)
            .Select(l => new ServiceLine(l.Person ?? "", l.Organization ?? "", ServiceFeature.KindName(l.Record.Kind), l.Record.Beneficiary, l.Record.ServedOn, l.Record.Hours, l.Record.Description))];
        Dedication = [.. (await dedication.VisibleAsync(ct)).Records.OrderByDescending(r => r.HeldOn)
            .Select(r => (tree.Find(r.OrganizationId)?.Name ?? "", DedicationFeature.KindName(r.Kind), r.Title, r.HeldOn, r.Participants))];
        Units = [.. (await innovation.VisibleAsync(ct))
            .Select(u => (tree.Find(u.OrganizationId)?.Name ?? "", new[] { u.VenueStandard, u.ArchivesStandard, u.ActivitiesStandard, u.ServiceOutstanding, u.DevelopmentOutstanding }.Count(x => x), u.Recognized))];
    }
}
