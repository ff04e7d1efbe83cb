using Modular.Sdk;
using Modular.Sdk.Blocks;
using Modular.Sdk.Core;

namespace Modular.Tests.Blocks;

/// <summary>自下而上、层层推荐 (RULES.md, county contest 2) and 择优上报 to the parent jurisdiction (banner six-ones 5).</summary>
public sealed class NominationsTests : IAsyncLifetime
{
    private static readonly BlockKind Commendation = new("county-five", "july-first");
    private BlocksTestDatabase _db = null!;
    private int _league, _banner, _sibling;

    public async Task InitializeAsync()
    {
        _db = await BlocksTestDatabase.CreateAsync();
        _db.People.Add(1);
        _league = await _db.AddJurisdictionAsync("league");
        _banner = await _db.AddJurisdictionAsync("banner", _league);
        _sibling = await _db.AddJurisdictionAsync("sibling", _league);
        // banner: committee (root) → general branch → branch
        _db.Organizations.Add(100, null, "旗委", OrganizationKind.PartyCommittee);
        _db.Organizations.Add(110, 100, "机关党总支", OrganizationKind.GeneralBranch);
        _db.Organizations.Add(111, 110, "第一党支部");
        _db.Organizations.Add(112, 110, "第二党支部");
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private static NominationInput Member(string name, long branch) =>
        new(Commendation, NominationCategory.ExcellentMember, "2011", 1, name, "服务群众成绩突出", branch);

    [Fact]
    public async Task A_nomination_climbs_three_levels_and_is_approved_at_the_top_another_is_dropped_with_a_reason()
    {
        await using var scope = _db.Scope(_banner);
        var nominations = scope.ServiceProvider.GetRequiredService<INominations>();
        var kept = (await nominations.NominateAsync(Member("张三", 111))).Value!;
        var dropped = (await nominations.NominateAsync(Member("李四", 112))).Value!;

        Assert.Contains("最高一级", (await nominations.ApproveAsync(kept.Id)).Errors["decision"][0]); // a branch cannot approve
        Assert.Equal(110, (await nominations.EndorseAsync(kept.Id, "支部大会通过")).Value!.CurrentOrganizationId);
        Assert.Equal(100, (await nominations.EndorseAsync(kept.Id)).Value!.CurrentOrganizationId);
        Assert.Equal([kept.Id], (await nominations.ListAsync(atOrganizationId: 100)).Select(n => n.Id));
        Assert.False((await nominations.EndorseAsync(kept.Id)).Succeeded); // the root has no parent: it approves
        var approved = (await nominations.ApproveAsync(kept.Id, "旗委审定")).Value!;
        Assert.Equal(NominationStatus.Approved, approved.Status);
        Assert.Equal(
            [(1, 111L, NominationDecision.Nominated), (2, 111L, NominationDecision.Endorsed), (3, 110L, NominationDecision.Endorsed), (4, 100L, NominationDecision.Approved)],
            approved.Steps.Select(s => (s.Sequence, s.OrganizationId, s.Decision)));
        Assert.Equal("旗委审定", approved.Steps[^1].Reason);
        Assert.False((await nominations.DropAsync(kept.Id, "too late")).Succeeded);

        await nominations.EndorseAsync(dropped.Id);
        Assert.False((await nominations.DropAsync(dropped.Id, " ")).Succeeded); // a drop needs a reason
        var gone = (await nominations.DropAsync(dropped.Id, "群众评议得票不足")).Value!;
        Assert.Equal(NominationStatus.Dropped, gone.Status);
        Assert.Equal((110L, "群众评议得票不足"), (gone.Steps[^1].OrganizationId, gone.Steps[^1].Reason));
        Assert.False((await nominations.EndorseAsync(dropped.Id)).Succeeded);
        Assert.False((await nominations.ApproveAsync(dropped.Id)).Succeeded);
    }

    [Fact]
    public async Task A_leading_group_office_is_a_top_level()
    {
        _db.Organizations.Add(200, 100, "领导小组办公室", OrganizationKind.LeadingGroupOffice);
        await using var scope = _db.Scope(_banner);
        var nominations = scope.ServiceProvider.GetRequiredService<INominations>();
        var report = (await nominations.NominateAsync(new(Commendation, NominationCategory.ResearchReport, "2011", 5, "牧区调研报告", "择优", 200))).Value!;
        Assert.False((await nominations.EndorseAsync(report.Id)).Succeeded);
        Assert.True((await nominations.ApproveAsync(report.Id)).Succeeded);
    }

    [Fact]
    public async Task Reported_up_nominations_are_seen_by_the_parent_only_and_nothing_else_crosses()
    {
        long reportedId, keptHome;
        await using (var banner = _db.Scope(_banner))
        {
            var nominations = banner.ServiceProvider.GetRequiredService<INominations>();
            var report = (await nominations.NominateAsync(Member("王五", 100))).Value!;
            Assert.Contains("审定", (await nominations.ReportToParentAsync(report.Id)).Errors["status"][0]); // not approved yet
            await nominations.ApproveAsync(report.Id);
            var reported = (await nominations.ReportToParentAsync(report.Id)).Value!;
            Assert.Equal(_league, reported.ReportedToJurisdictionId);
            Assert.Equal(NominationDecision.ReportedUp, reported.Steps[^1].Decision);
            Assert.False((await nominations.ReportToParentAsync(report.Id)).Succeeded);
            reportedId = report.Id;
            var home = (await nominations.NominateAsync(Member("赵六", 100))).Value!;
            await nominations.ApproveAsync(home.Id);
            keptHome = home.Id;
            Assert.Empty(await nominations.ReportedToUsAsync()); // nothing was reported to the banner
        }

        await using (var league = _db.Scope(_league))
        {
            var nominations = league.ServiceProvider.GetRequiredService<INominations>();
            var seen = Assert.Single(await nominations.ReportedToUsAsync());
            Assert.Equal((reportedId, _banner, "王五"), (seen.Id, seen.JurisdictionId, seen.NomineeName));
            Assert.Empty(await nominations.ListAsync());                   // the league's own list holds only its own
            Assert.Null(await nominations.FindAsync(keptHome));
            Assert.False((await nominations.EndorseAsync(reportedId)).Succeeded); // read-only across the boundary
            Assert.False((await nominations.DropAsync(reportedId, "x")).Succeeded);
        }

        await using (var sibling = _db.Scope(_sibling))
        {
            var nominations = sibling.ServiceProvider.GetRequiredService<INominations>();
            Assert.Empty(await nominations.ReportedToUsAsync());
            Assert.Empty(await nominations.ListAsync());
            Assert.Null(await nominations.FindAsync(reportedId));
        }

        await using (var league = _db.Scope(_league))
        {
            // The league has no parent: it cannot report further.
            var nominations = league.ServiceProvider.GetRequiredService<INominations>();
            var own = (await nominations.NominateAsync(Member("盟级", 100))).Value!;
            await nominations.ApproveAsync(own.Id);
            Assert.Contains("没有上级", (await nominations.ReportToParentAsync(own.Id)).Errors["jurisdiction"][0]);
        }
    }

    [Fact]
    public async Task The_parent_decides_a_reported_nomination_once_and_the_child_reads_the_decision()
    {
        long selectedId, rejectedId, notReportedId;
        await using (var banner = _db.Scope(_banner))
        {
            var nominations = banner.ServiceProvider.GetRequiredService<INominations>();
            async Task<long> ApprovedAsync(string name, bool report)
            {
                var n = (await nominations.NominateAsync(Member(name, 100))).Value!;
                await nominations.ApproveAsync(n.Id);
                if (report) await nominations.ReportToParentAsync(n.Id);
                return n.Id;
            }
            (selectedId, rejectedId, notReportedId) = (await ApprovedAsync("王五", true), await ApprovedAsync("赵六", true), await ApprovedAsync("孙七", false));
            Assert.Equal(ResultKind.NotFound, (await nominations.DecideReportedAsync(_banner, selectedId, true)).Kind); // not reported to itself
            Assert.Null((await nominations.FindAsync(selectedId))!.ParentDecision);
        }

        await using (var sibling = _db.Scope(_sibling))
            Assert.Equal(ResultKind.NotFound, (await sibling.ServiceProvider.GetRequiredService<INominations>().DecideReportedAsync(_banner, selectedId, true)).Kind);

        await using (var league = _db.Scope(_league))
        {
            var nominations = league.ServiceProvider.GetRequiredService<INominations>();
            Assert.Equal(ResultKind.NotFound, (await nominations.DecideReportedAsync(_banner, notReportedId, true)).Kind);
            Assert.Equal("reason", (await nominations.DecideReportedAsync(_banner, rejectedId, false, " ")).Field); // not selected: say why
            var selected = (await nominations.DecideReportedAsync(_banner, selectedId, true, "盟委评选通过")).Value!;
            Assert.Equal((true, "盟委评选通过", _league), (selected.ParentDecision!.Selected, selected.ParentDecision.Reason, selected.ParentDecision.JurisdictionId));
            Assert.Equal(ResultKind.Conflict, (await nominations.DecideReportedAsync(_banner, selectedId, false, "改变主意")).Kind); // once
            Assert.True((await nominations.DecideReportedAsync(_banner, rejectedId, false, "名额已满")).Succeeded);
            var seen = (await nominations.ReportedToUsAsync()).ToDictionary(n => n.Id);
            Assert.Equal((true, false), (seen[selectedId].ParentDecision!.Selected, seen[rejectedId].ParentDecision!.Selected));
            Assert.Empty(await nominations.ListAsync()); // deciding made nothing of the banner's the league's own
        }

        await using (var banner = _db.Scope(_banner))
        {
            var nominations = banner.ServiceProvider.GetRequiredService<INominations>();
            var mine = (await nominations.ListAsync()).ToDictionary(n => n.Id);
            Assert.Equal("盟委评选通过", mine[selectedId].ParentDecision!.Reason);
            Assert.Equal("名额已满", (await nominations.FindAsync(rejectedId))!.ParentDecision!.Reason);
            Assert.Null(mine[notReportedId].ParentDecision);
        }
    }

    /// <summary>
    /// 择优上报 with the full text and 评比 with a grade and 转报: the child reports a nomination with the final document it
    /// submitted to the same parent; the parent names the child, finds the document by id, grades it and forwards it as its
    /// own nomination, reported further up; the child reads the grade and that it went on.
    /// </summary>
    [Fact]
    public async Task A_report_goes_up_with_its_document_and_comes_back_graded_and_forwarded()
    {
        var town = await _db.AddJurisdictionAsync("town", _banner);
        long reportedId, documentId;
        await using (var scope = _db.Scope(town))
        {
            var nominations = scope.ServiceProvider.GetRequiredService<INominations>();
            var documents = scope.ServiceProvider.GetRequiredService<IVersionedDocuments>();
            var n = (await nominations.NominateAsync(new(Commendation, NominationCategory.ResearchReport, "2011", 7, "《牧区党建调研》", "问题找得准", 100))).Value!;
            await nominations.ApproveAsync(n.Id);
            var document = (await documents.CreateAsync(new(Commendation, "《牧区党建调研》", "全文"))).Value!;
            await documents.FinalizeAsync(document.Id, 1);
            Assert.Equal("documentId", (await nominations.ReportToParentAsync(n.Id, document.Id)).Field); // not yet with the parent
            Assert.Equal("documentId", (await nominations.ReportToParentAsync(n.Id, 999_999)).Field);
            await documents.SubmitToParentAsync(document.Id, 1);
            var reported = (await nominations.ReportToParentAsync(n.Id, document.Id)).Value!;
            Assert.Equal((_banner, document.Id), (reported.ReportedToJurisdictionId, reported.DocumentId));
            (reportedId, documentId) = (n.Id, document.Id);
        }

        await using (var scope = _db.Scope(_banner))
        {
            var nominations = scope.ServiceProvider.GetRequiredService<INominations>();
            var seen = Assert.Single(await nominations.ReportedToUsAsync());
            Assert.Equal(("town", documentId), (seen.JurisdictionName, seen.DocumentId));
            // 转报 only what is selected, as this jurisdiction's own nomination of the same nominee, already reported up.
            var own = (await nominations.NominateAsync(new(Commendation, NominationCategory.ResearchReport, "2011", reportedId, "《牧区党建调研》", "旗评比二等", 100))).Value!;
            await nominations.ApproveAsync(own.Id);
            Assert.Equal("forwardedAsNominationId", (await nominations.DecideReportedAsync(town, reportedId, new ParentDecisionInput(true, "二等", "扎实", own.Id))).Field);
            await nominations.ReportToParentAsync(own.Id);
            Assert.Equal("forwardedAsNominationId", (await nominations.DecideReportedAsync(town, reportedId, new ParentDecisionInput(false, "未获奖", "一般", own.Id))).Field);
            var other = (await nominations.NominateAsync(new(Commendation, NominationCategory.ResearchReport, "2011", 1, "《别的报告》", "x", 100))).Value!;
            await nominations.ApproveAsync(other.Id);
            await nominations.ReportToParentAsync(other.Id);
            Assert.Equal("forwardedAsNominationId", (await nominations.DecideReportedAsync(town, reportedId, new ParentDecisionInput(true, "二等", null, other.Id))).Field);
            Assert.Equal("grade", (await nominations.DecideReportedAsync(town, reportedId, new ParentDecisionInput(true, new string('等', 201)))).Field);
            var decided = (await nominations.DecideReportedAsync(town, reportedId, new ParentDecisionInput(true, "二等", "调研扎实", own.Id))).Value!.ParentDecision!;
            Assert.Equal(("二等", "调研扎实", true, own.Id), (decided.Grade, decided.Reason, decided.Forwarded, decided.ForwardedAsNominationId));
        }

        await using (var scope = _db.Scope(town))
        {
            var decision = (await scope.ServiceProvider.GetRequiredService<INominations>().FindAsync(reportedId))!.ParentDecision!;
            Assert.Equal(("二等", "调研扎实", true), (decision.Grade, decision.Reason, decision.Forwarded));
        }
    }

    /// <summary>A nomination made at the root of <paramref name="jurisdiction"/>, approved and reported to its parent.</summary>
    private async Task<long> ReportedFromAsync(int jurisdiction, string name)
    {
        await using var scope = _db.Scope(jurisdiction);
        var nominations = scope.ServiceProvider.GetRequiredService<INominations>();
        var n = (await nominations.NominateAsync(Member(name, 100))).Value!;
        await nominations.ApproveAsync(n.Id);
        Assert.True((await nominations.ReportToParentAsync(n.Id)).Succeeded);
        return n.Id;
    }

    /// <summary>
    /// 转报 through the levels (村 → 县 → 市 → 省 here: town → county → city → province): each level decides and carries the same
    /// nomination on in one call; the next sees it with the forwarding and the originating jurisdiction's names and may forward
    /// again; the top cannot (没有上级) and decides; the town reads every level's decision.
    /// </summary>
    [Fact]
    public async Task A_forward_carries_the_nomination_up_level_by_level_and_the_origin_reads_the_whole_chain()
    {
        var province = await _db.AddJurisdictionAsync("province");
        var city = await _db.AddJurisdictionAsync("city", province);
        var county = await _db.AddJurisdictionAsync("county", city);
        var town = await _db.AddJurisdictionAsync("town", county);
        var originId = await ReportedFromAsync(town, "王五");

        long atCity;
        await using (var scope = _db.Scope(county))
        {
            var nominations = scope.ServiceProvider.GetRequiredService<INominations>();
            var decided = (await nominations.ForwardReportedAsync(town, originId, new ForwardInput(Grade: "一等", Reason: "事迹突出"))).Value!;
            Assert.Equal((true, "一等", "事迹突出", true), (decided.ParentDecision!.Selected, decided.ParentDecision.Grade, decided.ParentDecision.Reason, decided.ParentDecision.Forwarded));
            var forward = (await nominations.FindAsync(decided.ParentDecision.ForwardedAsNominationId!.Value))!;
            Assert.Equal((county, city, NominationStatus.Approved, "王五", 1L, NominationCategory.ExcellentMember, town, originId),
                (forward.JurisdictionId, forward.ReportedToJurisdictionId, forward.Status, forward.NomineeName, forward.NomineeId, forward.Category, forward.OriginJurisdictionId, forward.OriginNominationId));
            Assert.Equal([NominationDecision.Nominated, NominationDecision.Approved, NominationDecision.ReportedUp], forward.Steps.Select(s => s.Decision));
            Assert.Equal(100, forward.CurrentOrganizationId); // the county's committee, its approving level
        }

        await using (var scope = _db.Scope(city))
        {
            var nominations = scope.ServiceProvider.GetRequiredService<INominations>();
            var seen = Assert.Single(await nominations.ReportedToUsAsync());
            Assert.Equal(("county", "town", "王五", originId), (seen.JurisdictionName, seen.OriginJurisdictionName, seen.NomineeName, seen.OriginNominationId));
            atCity = seen.Id;
            Assert.True((await nominations.ForwardReportedAsync(county, atCity, new ForwardInput(Grade: "优秀"))).Succeeded);
        }

        await using (var scope = _db.Scope(province))
        {
            var nominations = scope.ServiceProvider.GetRequiredService<INominations>();
            var seen = Assert.Single(await nominations.ReportedToUsAsync());
            Assert.Equal(("city", "town", town, originId), (seen.JurisdictionName, seen.OriginJurisdictionName, seen.OriginJurisdictionId, seen.OriginNominationId));
            var top = await nominations.ForwardReportedAsync(city, seen.Id, new ForwardInput());
            Assert.Contains("没有上级", top.Errors["jurisdiction"][0]);
            Assert.Null(Assert.Single(await nominations.ReportedToUsAsync()).ParentDecision); // the refusal decided nothing
            Assert.True((await nominations.DecideReportedAsync(city, seen.Id, new ParentDecisionInput(true, "省级优秀共产党员", "省委表彰"))).Succeeded);
        }

        await using (var scope = _db.Scope(town))
        {
            var mine = (await scope.ServiceProvider.GetRequiredService<INominations>().FindAsync(originId))!;
            Assert.Equal(("county", "一等"), (mine.ParentDecision!.JurisdictionName, mine.ParentDecision.Grade));
            Assert.Equal([("city", "优秀", true), ("province", "省级优秀共产党员", false)],
                mine.DecisionsAbove.Select(d => (d.JurisdictionName!, d.Grade!, d.Forwarded)));
        }

        await using (var scope = _db.Scope(county))
        {
            // The county reads the city's decision on its forward, as on any nomination it reported; nothing two levels up.
            var nominations = scope.ServiceProvider.GetRequiredService<INominations>();
            var forward = Assert.Single(await nominations.ListAsync());
            Assert.Equal(("city", "优秀"), (forward.ParentDecision!.JurisdictionName, forward.ParentDecision.Grade));
            Assert.Empty(forward.DecisionsAbove);
        }
    }

    [Fact]
    public async Task A_forward_is_refused_with_a_clear_reason_and_then_nothing_goes_up()
    {
        var town = await _db.AddJurisdictionAsync("town", _banner);
        var (first, second, third) = (await ReportedFromAsync(town, "王五"), await ReportedFromAsync(town, "赵六"), await ReportedFromAsync(town, "孙七"));
        await using (var scope = _db.Scope(_sibling))
            Assert.Equal(ResultKind.NotFound, (await scope.ServiceProvider.GetRequiredService<INominations>().ForwardReportedAsync(town, first, new ForwardInput())).Kind);
        await using (var scope = _db.Scope(_league)) // reported to the banner, not to the league
            Assert.Equal(ResultKind.NotFound, (await scope.ServiceProvider.GetRequiredService<INominations>().ForwardReportedAsync(town, first, new ForwardInput())).Kind);

        await using (var scope = _db.Scope(_banner))
        {
            var nominations = scope.ServiceProvider.GetRequiredService<INominations>();
            Assert.Equal(ResultKind.NotFound, (await nominations.ForwardReportedAsync(town, 999_999, new ForwardInput())).Kind);
            Assert.Equal("selected", (await nominations.ForwardReportedAsync(town, first, new ForwardInput(Selected: false, Reason: "一般"))).Field);
            Assert.Equal("grade", (await nominations.ForwardReportedAsync(town, first, new ForwardInput(Grade: new string('等', 201)))).Field);
            Assert.Equal("reason", (await nominations.ForwardReportedAsync(town, first, new ForwardInput(Reason: new string('理', Limits.Note + 1)))).Field);
            Assert.Equal("document", (await nominations.ForwardReportedAsync(town, first, new ForwardInput(Document: new(new BlockKind("six-ones", "report"), "《事迹材料》", "全文")))).Field);
            Assert.Equal("title", (await nominations.ForwardReportedAsync(town, first, new ForwardInput(Document: new(Commendation, " ", "全文")))).Field);
            var documents = scope.ServiceProvider.GetRequiredService<IVersionedDocuments>();
            Assert.Empty(await nominations.ListAsync()); // no refusal left a forward behind
            Assert.Empty(await documents.ListAsync(Commendation));

            var forwarded = (await nominations.ForwardReportedAsync(town, first, new ForwardInput(Reason: "转报", Document: new(Commendation, "《事迹材料》", "县评比一等\n\n全文")))).Value!;
            Assert.Equal(ResultKind.Conflict, (await nominations.ForwardReportedAsync(town, first, new ForwardInput())).Kind);          // forwarded already
            Assert.Contains("转报", (await nominations.ForwardReportedAsync(town, first, new ForwardInput())).Message);
            Assert.True((await nominations.DecideReportedAsync(town, second, true, "本级表彰")).Succeeded);
            Assert.Equal(ResultKind.Conflict, (await nominations.ForwardReportedAsync(town, second, new ForwardInput())).Kind);         // decided already
            Assert.Equal(ResultKind.Conflict, (await nominations.DecideReportedAsync(town, first, false, "改变主意")).Kind);
            var forward = Assert.Single(await nominations.ListAsync());
            var text = Assert.Single(await documents.ListAsync(Commendation));
            Assert.Equal(((long?)forward.Id, (long?)text.Id), (forwarded.ParentDecision!.ForwardedAsNominationId, forward.DocumentId));
            Assert.Equal((true, _league), (text.Final, text.SubmittedToJurisdictionId)); // the text went up with it
            _ = third;
        }

        await using (var scope = _db.Scope(_league))
        {
            var nominations = scope.ServiceProvider.GetRequiredService<INominations>();
            Assert.Equal(("banner", "town"), (Assert.Single(await nominations.ReportedToUsAsync()).JurisdictionName, (await nominations.ReportedToUsAsync())[0].OriginJurisdictionName));
            Assert.Single(await scope.ServiceProvider.GetRequiredService<IVersionedDocuments>().SubmittedToUsAsync());
        }
    }

    /// <summary>
    /// Both or neither: another office's decision lands between the forward's check and its decision (held open in another
    /// transaction until the forward waits on it). The forward is a conflict and nothing was reported up.
    /// </summary>
    [Fact]
    public async Task A_forward_losing_to_a_concurrent_decision_leaves_nothing_reported_up()
    {
        var town = await _db.AddJurisdictionAsync("town", _banner);
        var id = await ReportedFromAsync(town, "王五");
        await using var other = await _db.OpenAsServedAsync(_banner);
        await using var otherDecision = await other.BeginTransactionAsync();
        await using (var insert = new Npgsql.NpgsqlCommand(
            "insert into blocks.parent_decisions (jurisdiction_id, from_jurisdiction_id, nomination_id, selected, reason, decided_at) values ($1, $2, $3, false, '名额已满', now())", other, otherDecision))
        {
            insert.Parameters.AddWithValue(_banner);
            insert.Parameters.AddWithValue(town);
            insert.Parameters.AddWithValue(id);
            await insert.ExecuteNonQueryAsync();
        }

        await using var scope = _db.Scope(_banner);
        var nominations = scope.ServiceProvider.GetRequiredService<INominations>();
        var forwarding = nominations.ForwardReportedAsync(town, id, new ForwardInput(Grade: "一等"));
        await WaitForALockWaitAsync();
        await otherDecision.CommitAsync();
        var forwarded = await forwarding;

        Assert.Equal(ResultKind.Conflict, forwarded.Kind);
        await using (var after = _db.Scope(_banner))
        {
            var mine = after.ServiceProvider.GetRequiredService<INominations>();
            Assert.Empty(await mine.ListAsync()); // the forward was rolled back with the decision
            var decision = Assert.Single(await mine.ReportedToUsAsync()).ParentDecision!;
            Assert.Equal((false, "名额已满", false), (decision.Selected, decision.Reason, decision.Forwarded));
        }
        await using (var league = _db.Scope(_league))
            Assert.Empty(await league.ServiceProvider.GetRequiredService<INominations>().ReportedToUsAsync());
    }

    // The forward has inserted its nomination and waits on the other transaction's key.
    private async Task WaitForALockWaitAsync()
    {
        for (var i = 0; i < 200; i++)
        {
            await using var command = _db.DataSource.CreateCommand("select count(*) from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'");
            if ((long)(await command.ExecuteScalarAsync())! > 0) return;
            await Task.Delay(50);
        }
        Assert.Fail("The forward never waited on the concurrent decision.");
    }
}
