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
}
