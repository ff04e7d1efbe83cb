using Npgsql;
using static Modular.Benchmarks.BenchmarkKit;

namespace Modular.Benchmarks;

/// <summary>
/// The best hand-written SQL for the figures the county contest's office pages show (issue 20: each page within 2× of it):
/// the same tables the plugin and the SDK blocks read, each page's figures in one statement (one round trip) that leaves the
/// roll-up to the database — the organization tree walked once in a recursive CTE for each organization's sector (its own,
/// else the nearest above, as <c>OrganizationTree.SectorOf</c>) and township (its ancestor right under the county committee),
/// then grouped by township, by sector and in all with GROUPING SETS. Read straight off a plain <see cref="NpgsqlDataSource"/>:
/// no HTTP, no JSON, no permissions (the office sees everything). Written for a tree with one root, as a county has; the
/// rules are plugin.json's defaults, which the benchmark leaves as they are. The benchmark checks each twin's figures
/// against the page's before it reports either.
/// </summary>
internal static class CountyTwins
{
    /// <summary>partySpirit.before (七一: a report is on time when submitted before it, local time) and mobilization.committeeDays.</summary>
    private static readonly DateOnly PartySpiritBefore = new(2010, 7, 1);
    private const int CommitteeDays = 7;

    // Each organization with its kind, whether it is a party organization, its sector ('' for none) and its township (null for the root).
    // Parameter $1 the jurisdiction.
    private const string Tree = """
        with recursive tree as (
            select id, kind, coalesce(sector, '') as sector, null::bigint as township from roster.organizations where jurisdiction_id = $1 and parent_id is null
            union all
            select o.id, o.kind, coalesce(o.sector, t.sector), coalesce(t.township, o.id)
              from roster.organizations o join tree t on o.parent_id = t.id
             where o.jurisdiction_id = $1
        ), org as (
            select *, kind in ('PartyCommittee', 'GeneralBranch', 'Branch', 'PartyGroup') as party from tree
        )
        """;

    // Each member's party-spirit report (the first by period, as the page takes it) and the instant 七一 begins where the county
    // is (a report before it is on time); the county's today. Parameters $1 jurisdiction, $2 plugin, $3 partySpirit.before.
    private const string Reports = """
        report as (
            select distinct on (author_person_id) author_person_id, submitted_at from blocks.counted_texts
             where jurisdiction_id = $1 and plugin_id = $2 and kind = 'party-spirit-report'
             order by author_person_id, period_date
        ), deadline as (
            select ($3::date)::timestamp at time zone time_zone as at, (now() at time zone time_zone)::date as today
              from jurisdictions.jurisdictions where id = $1
        )
        """;

    /// <summary>The figures of a group (the page's <c>Figures</c>, property for property; the shares it derives are left out).</summary>
    public sealed record Figures(
        int Organizations, int Members, int Committees, int CommitteeMeetingsOnTime, int CommitteeMeetingsLate,
        int PlansReceived, int PlansSubmitted, int PledgesPublished, int PartySpiritReportsOnTime, int PartySpiritReportsLate,
        int DedicationActivities, int MemberPosts, int Services, decimal ServiceHours, int Badges, int DemonstrationUnitsRecognized,
        int NominationsApproved, int NominationsInProgress, int OrganizationFourFinds, int MemberFourFinds,
        int Scored, int Advanced, int Middle, int Lagging, int FiveGoods, int ReportsOwed, int CentralStudySessions, int TypicalModels, int ShowcaseEvents);

    /// <summary>The dashboard: the whole county, each township (by its organization id) and each sector (by the page's name for it).</summary>
    public sealed record Dashboard(Figures Total, IReadOnlyDictionary<long, Figures> ByTownship, IReadOnlyDictionary<string, Figures> BySector);

    /// <summary>
    /// The office dashboard's figures (and with <paramref name="totalOnly"/> the county summary's, the total alone), one
    /// statement: every organization's own counts from each table, grouped by township, by sector and in all.
    /// </summary>
    public static async Task<Dashboard> DashboardAsync(NpgsqlDataSource database, int j, bool totalOnly = false)
    {
        // The group a row is of: by township, by sector or the whole county (the total alone: no grouping at all).
        var (group, by) = totalOnly
            ? ("1, 1, null::bigint, null::text, false", "")
            : ("grouping(o.township)::int, grouping(o.sector)::int, o.township, o.sector, coalesce(bool_or(o.id = o.township and o.party), false)",
               "group by grouping sets ((o.township), (o.sector), ())");
        await using var command = database.CreateCommand(Tree + ", " + Reports + $$"""
            , member as (
                select p.organization_id as id, count(*) as members, count(*) filter (where x.owes) as owed,
                       count(*) filter (where x.owes and r.submitted_at < d.at) as on_time, count(*) filter (where x.owes and r.submitted_at >= d.at) as late,
                       count(f.subject_id) as finds
                  from roster.people p
                 cross join deadline d
                 cross join lateral (select p.employment in ('Serving', 'Unspecified') as owes) x
                  left join report r on r.author_person_id = p.id
                  left join county_five.four_finds f on f.jurisdiction_id = $1 and f.subject_kind = 'Person' and f.subject_id = p.id
                 where p.jurisdiction_id = $1 group by 1
            ), county as (
                select m.held_on + $4 as due from county_five.mobilization_meetings m
                 where m.jurisdiction_id = $1 and m.organization_id = (select min(id) from tree where township is null)
            ), committee as (
                select o.id, case when c.due is null then null when m.held_on <= c.due then 'on time'
                                  when m.held_on is not null or d.today > c.due then 'late' end as state
                  from org o cross join deadline d left join county c on true
                  left join county_five.mobilization_meetings m on m.jurisdiction_id = $1 and m.organization_id = o.id
                 where o.kind = 'PartyCommittee' and o.township is not null
            ), plan as (
                select organization_id as id, state = 'Received' as received from county_five.plan_filings where jurisdiction_id = $1
            ), pledge as (
                select distinct owner_id as id from blocks.pledges where jurisdiction_id = $1 and plugin_id = $2 and kind = 'organization-pledge' and published
            ), dedication as (
                select organization_id as id, count(*) as n from county_five.dedication_records where jurisdiction_id = $1 group by 1
            ), post as (
                select organization_id as id, count(*) as n from county_five.member_posts where jurisdiction_id = $1 group by 1
            ), service as (
                select organization_id as id, count(*) as n, sum(hours) as hours from county_five.service_records where jurisdiction_id = $1 group by 1
            ), badge as (
                select organization_id as id, count(*) as n from county_five.badges where jurisdiction_id = $1 group by 1
            ), unit as (
                select organization_id as id from county_five.demonstration_units where jurisdiction_id = $1 and recognized
            ), nomination as (
                select start_organization_id as id, count(*) filter (where status = 'Approved') as approved, count(*) filter (where status = 'InProgress') as waiting
                  from blocks.nominations where jurisdiction_id = $1 and plugin_id = $2 and kind = 'commendation' group by 1
            ), found as (
                select subject_id as id from county_five.four_finds where jurisdiction_id = $1 and subject_kind = 'Organization'
            ), score as (
                select distinct on (organization_id) organization_id as id, grade, five_goods from county_five.five_goods_scores
                 where jurisdiction_id = $1 order by organization_id, assessed_on desc, id desc
            ), model as (
                select organization_id as id, count(*) as n from county_five.typical_models where jurisdiction_id = $1 group by 1
            ), event as (
                select organization_id as id, count(*) filter (where source = 'county5.central-study') as study, count(*) filter (where source = 'county5.showcase') as showcase
                  from schedules.events where jurisdiction_id = $1 and source in ('county5.central-study', 'county5.showcase') group by 1
            )
            select {{group}},
                   count(*) filter (where o.party)::int, coalesce(sum(me.members), 0)::int,
                   count(c.id)::int, count(*) filter (where c.state = 'on time')::int, count(*) filter (where c.state = 'late')::int,
                   count(*) filter (where o.party and pl.received)::int, count(pl.id) filter (where o.party)::int, count(pg.id) filter (where o.party)::int,
                   coalesce(sum(me.on_time), 0)::int, coalesce(sum(me.late), 0)::int,
                   coalesce(sum(de.n), 0)::int, coalesce(sum(po.n), 0)::int, coalesce(sum(se.n), 0)::int, coalesce(sum(se.hours), 0),
                   coalesce(sum(ba.n), 0)::int, count(un.id) filter (where o.party)::int,
                   coalesce(sum(n.approved), 0)::int, coalesce(sum(n.waiting), 0)::int,
                   count(fo.id) filter (where o.party)::int, coalesce(sum(me.finds), 0)::int,
                   count(sc.id) filter (where o.party)::int, count(*) filter (where o.party and sc.grade = 'Advanced')::int,
                   count(*) filter (where o.party and sc.grade = 'Middle')::int, count(*) filter (where o.party and sc.grade = 'Lagging')::int,
                   count(*) filter (where o.party and sc.five_goods)::int,
                   coalesce(sum(me.owed), 0)::int, coalesce(sum(ev.study), 0)::int, coalesce(sum(mo.n), 0)::int, coalesce(sum(ev.showcase), 0)::int
              from org o
              left join member me on me.id = o.id
              left join committee c on c.id = o.id
              left join plan pl on pl.id = o.id
              left join pledge pg on pg.id = o.id
              left join dedication de on de.id = o.id
              left join post po on po.id = o.id
              left join service se on se.id = o.id
              left join badge ba on ba.id = o.id
              left join unit un on un.id = o.id
              left join nomination n on n.id = o.id
              left join found fo on fo.id = o.id
              left join score sc on sc.id = o.id
              left join model mo on mo.id = o.id
              left join event ev on ev.id = o.id
             {{by}}
            """);
        Parameters(command.Parameters, j, CountyYear.Plugin, PartySpiritBefore, CommitteeDays);
        await using var reader = await command.ExecuteReaderAsync();
        Figures? total = null;
        var byTownship = new Dictionary<long, Figures>();
        var bySector = new Dictionary<string, Figures>();
        while (await reader.ReadAsync())
        {
            var f = new Figures(reader.GetInt32(5), reader.GetInt32(6), reader.GetInt32(7), reader.GetInt32(8), reader.GetInt32(9), reader.GetInt32(10),
                reader.GetInt32(11), reader.GetInt32(12), reader.GetInt32(13), reader.GetInt32(14), reader.GetInt32(15), reader.GetInt32(16), reader.GetInt32(17),
                reader.GetDecimal(18), reader.GetInt32(19), reader.GetInt32(20), reader.GetInt32(21), reader.GetInt32(22), reader.GetInt32(23), reader.GetInt32(24),
                reader.GetInt32(25), reader.GetInt32(26), reader.GetInt32(27), reader.GetInt32(28), reader.GetInt32(29), reader.GetInt32(30), reader.GetInt32(31),
                reader.GetInt32(32), reader.GetInt32(33));
            var (byTownshipRow, bySectorRow) = (reader.GetInt32(1) == 1, reader.GetInt32(0) == 1);
            if (byTownshipRow && bySectorRow) total = f;
            else if (bySectorRow) bySector[SectorName(reader.GetString(3))] = f;
            // A township's row: a party organization right under the county committee (the leading group and the root have none).
            else if (!reader.IsDBNull(2) && reader.GetBoolean(4)) byTownship[reader.GetInt64(2)] = f;
        }
        return new Dashboard(total ?? throw new InvalidOperationException("No total row."), byTownship, bySector);
    }

    /// <summary>One party organization's line of the party-spirit page (as its <c>PartySpiritRow</c> names them).</summary>
    public sealed record PartySpiritRow(long OrganizationId, int Members, int Owing, int ReportsOnTime, int ReportsLate, int Missing, int EmploymentNotGiven, bool WeekBeforeDeadline);

    /// <summary>党性教育 per party organization with members or a week: its members, those who owe a report, on time, late, missing; the week.</summary>
    public static async Task<IReadOnlyList<PartySpiritRow>> PartySpiritAsync(NpgsqlDataSource database, int j)
    {
        await using var command = database.CreateCommand("with " + Reports + """
            select o.id, count(p.id)::int, count(p.id) filter (where x.owes)::int,
                   count(p.id) filter (where x.owes and r.submitted_at < d.at)::int, count(p.id) filter (where x.owes and r.submitted_at >= d.at)::int,
                   count(p.id) filter (where x.owes and r.author_person_id is null)::int, count(p.id) filter (where p.employment = 'Unspecified')::int,
                   coalesce(w.ends_on < $3, false)
              from roster.organizations o
             cross join deadline d
              left join roster.people p on p.jurisdiction_id = $1 and p.organization_id = o.id
             cross join lateral (select p.employment in ('Serving', 'Unspecified') as owes) x
              left join report r on r.author_person_id = p.id
              left join county_five.party_spirit_weeks w on w.jurisdiction_id = $1 and w.organization_id = o.id
             where o.jurisdiction_id = $1 and o.kind in ('PartyCommittee', 'GeneralBranch', 'Branch', 'PartyGroup')
             group by o.id, w.organization_id, w.ends_on
            having count(p.id) > 0 or w.organization_id is not null
            """);
        Parameters(command.Parameters, j, CountyYear.Plugin, PartySpiritBefore);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<PartySpiritRow>();
        while (await reader.ReadAsync())
            rows.Add(new(reader.GetInt64(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4), reader.GetInt32(5), reader.GetInt32(6), reader.GetBoolean(7)));
        return rows;
    }

    /// <summary>One party organization's line of the four-finds page (its <c>CompletionRow</c> but the name).</summary>
    public sealed record FourFindsRow(long OrganizationId, bool OrganizationDone, int Members, int MembersDone);

    /// <summary>四找 per party organization: its own done or not, its members and how many of them finished theirs.</summary>
    public static async Task<IReadOnlyList<FourFindsRow>> FourFindsAsync(NpgsqlDataSource database, int j)
    {
        await using var command = database.CreateCommand("""
            select o.id, fo.subject_id is not null, count(p.id)::int, count(f.subject_id)::int
              from roster.organizations o
              left join county_five.four_finds fo on fo.jurisdiction_id = $1 and fo.subject_kind = 'Organization' and fo.subject_id = o.id
              left join roster.people p on p.jurisdiction_id = $1 and p.organization_id = o.id
              left join county_five.four_finds f on f.jurisdiction_id = $1 and f.subject_kind = 'Person' and f.subject_id = p.id
             where o.jurisdiction_id = $1 and o.kind in ('PartyCommittee', 'GeneralBranch', 'Branch', 'PartyGroup')
             group by o.id, fo.subject_id
            """);
        Parameters(command.Parameters, j);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<FourFindsRow>();
        while (await reader.ReadAsync()) rows.Add(new(reader.GetInt64(0), reader.GetBoolean(1), reader.GetInt32(2), reader.GetInt32(3)));
        return rows;
    }

    /// <summary>A sector's round on the shares page: five-goods organizations, recognized demonstration units (by the round's last day) and five-models members, each of how many.</summary>
    public sealed record ShareRow(string SectorName, string Round, int FiveGoods, int DemonstrationUnits, int Organizations, int FiveModels, int Members);

    /// <summary>晋档升级's three shares per sector (with party organizations) and round (five-goods and five-models rounds together), one statement.</summary>
    public static async Task<IReadOnlyList<ShareRow>> SharesAsync(NpgsqlDataSource database, int j)
    {
        await using var command = database.CreateCommand(Tree + """
            , round as (
                select round, max(last) as last
                  from (select round, max(assessed_on) as last from county_five.five_goods_scores where jurisdiction_id = $1 group by round
                        union all
                        select round, max(assessed_on) from county_five.five_models_assessments where jurisdiction_id = $1 group by round) x
                 group by round
            ), sector as (
                select o.sector, count(*) filter (where o.party) as organizations, coalesce(sum(p.members), 0) as members
                  from org o
                  left join (select organization_id, count(*) as members from roster.people where jurisdiction_id = $1 group by 1) p on p.organization_id = o.id
                 group by 1 having count(*) filter (where o.party) > 0
            ), counted as (
                select o.sector, g.round, count(*) as goods, 0 as models
                  from county_five.five_goods_scores g join org o on o.id = g.organization_id
                 where g.jurisdiction_id = $1 and g.five_goods and o.party group by 1, 2
                union all
                select o.sector, a.round, 0, count(*)
                  from county_five.five_models_assessments a
                  join roster.people p on p.jurisdiction_id = a.jurisdiction_id and p.id = a.person_id
                  join org o on o.id = p.organization_id
                 where a.jurisdiction_id = $1 and a.five_models group by 1, 2
            )
            select s.sector, r.round, coalesce(sum(c.goods), 0)::int,
                   (select count(*) from county_five.demonstration_units u join org o on o.id = u.organization_id
                     where u.jurisdiction_id = $1 and u.recognized and u.recognized_on <= r.last and o.party and o.sector = s.sector)::int,
                   s.organizations::int, coalesce(sum(c.models), 0)::int, s.members::int
              from sector s cross join round r
              left join counted c on c.sector = s.sector and c.round = r.round
             group by s.sector, s.organizations, s.members, r.round, r.last
            """);
        Parameters(command.Parameters, j);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<ShareRow>();
        while (await reader.ReadAsync())
            rows.Add(new(SectorName(reader.GetString(0)), reader.GetString(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4), reader.GetInt32(5), reader.GetInt32(6)));
        return rows;
    }

    /// <summary>A sector's round on the five-goods share (the page's <c>ShareCell</c> but the share and rise it derives).</summary>
    public sealed record ShareCell(string Round, int Organizations, int Scored, int FiveGoods, int Advanced, int Middle, int Lagging);

    /// <summary>
    /// The five-goods share per sector and round, one statement: each sector's party organizations, and per round those
    /// scored, five-goods and of each grade; the denominator is the larger of the organizations and those scored, as the page's.
    /// </summary>
    public static async Task<IReadOnlyDictionary<(string Sector, string Round), ShareCell>> FiveGoodsShareAsync(NpgsqlDataSource database, int j)
    {
        await using var command = database.CreateCommand(Tree + """
            , cell as (
                select o.sector, g.round, count(*) as scored, count(*) filter (where g.five_goods) as five,
                       count(*) filter (where g.grade = 'Advanced') as advanced, count(*) filter (where g.grade = 'Middle') as middle,
                       count(*) filter (where g.grade = 'Lagging') as lagging
                  from county_five.five_goods_scores g join org o on o.id = g.organization_id
                 where g.jurisdiction_id = $1 group by 1, 2
            ), sector as (
                select sector, count(*) filter (where party) as organizations from org group by sector
            )
            select k.sector, r.round, greatest(coalesce(s.organizations, 0), coalesce(c.scored, 0))::int, coalesce(c.scored, 0)::int, coalesce(c.five, 0)::int,
                   coalesce(c.advanced, 0)::int, coalesce(c.middle, 0)::int, coalesce(c.lagging, 0)::int
              from (select distinct round from cell) r
             cross join (select sector from sector where organizations > 0 union select sector from cell) k
              left join cell c on c.sector = k.sector and c.round = r.round
              left join sector s on s.sector = k.sector
            """);
        Parameters(command.Parameters, j);
        await using var reader = await command.ExecuteReaderAsync();
        var cells = new Dictionary<(string, string), ShareCell>();
        while (await reader.ReadAsync())
        {
            var round = reader.GetString(1);
            cells[(SectorName(reader.GetString(0)), round)] =
                new(round, reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4), reader.GetInt32(5), reader.GetInt32(6), reader.GetInt32(7));
        }
        return cells;
    }

    /// <summary>The page's name of a sector (Chinese, the pages' default language): the groups are matched by it.</summary>
    public static string SectorName(string sector) => sector switch
    {
        "Township" => "乡镇",
        "Village" => "农村",
        "Community" => "社区",
        "GovernmentOrgan" => "机关",
        "NonPublicEnterprise" => "非公有制经济组织",
        "SocialOrganization" => "社会组织",
        "Health" => "卫生",
        "Education" => "教育",
        "Research" => "科研",
        "Park" => "园区",
        _ => "未分领域",
    };
}
