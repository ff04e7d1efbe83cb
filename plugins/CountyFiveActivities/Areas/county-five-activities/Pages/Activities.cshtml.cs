using Microsoft.EntityFrameworkCore;
using Modular.Plugins.CountyFiveActivities.Activities;
using Modular.Plugins.CountyFiveActivities.Common;
using Modular.Plugins.CountyFiveActivities.Data;
using Modular.Sdk.Core;

namespace Modular.Plugins.CountyFiveActivities.Pages;

/// <summary>五项活动: party-spirit analysis per organization (week, reports on time and late), dedication, services to the people, demonstration units.</summary>
public sealed class ActivitiesModel(PartySpiritQuery partySpirit, CountyDbContext db, CountyAccess access, CountyTree tree, IRoster roster, CountyCampaign campaign) : CountyPage
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
        var visible = await access.VisibleOrganizationsAsync(ct);
        var me = await access.User.PersonIdAsync(ct);
        var names = (await roster.MembersAsync(new RosterQuery(), ct)).ToDictionary(m => m.Id, m => m.Name);
        var orgs = (await tree.AllAsync(ct)).ToDictionary(o => o.Id, o => o.Name);
        Services = [.. (await db.ServiceRecords.OrderByDescending(s => s.ServedOn).ToListAsync(ct)).Where(s => visible.Contains(s.OrganizationId) || s.PersonId == me)
            .Select(s => new ServiceLine(names.GetValueOrDefault(s.PersonId) ?? "", orgs.GetValueOrDefault(s.OrganizationId) ?? "", ServiceFeature.KindName(s.Kind), s.Beneficiary, s.ServedOn, s.Hours, s.Description))];
        Dedication = [.. (await db.DedicationRecords.OrderByDescending(r => r.HeldOn).ToListAsync(ct)).Where(r => visible.Contains(r.OrganizationId))
            .Select(r => (orgs.GetValueOrDefault(r.OrganizationId) ?? "", DedicationFeature.KindName(r.Kind), r.Title, r.HeldOn, r.Participants))];
        Units = [.. (await db.DemonstrationUnits.ToListAsync(ct)).Where(u => visible.Contains(u.OrganizationId) || u.Recognized)
            .Select(u => (orgs.GetValueOrDefault(u.OrganizationId) ?? "", new[] { u.VenueStandard, u.ArchivesStandard, u.ActivitiesStandard, u.ServiceOutstanding, u.DevelopmentOutstanding }.Count(x => x), u.Recognized))];
    }
}
