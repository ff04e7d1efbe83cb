using Modular.Sdk.Core;

namespace Modular.Tests.Sdk;

/// <summary>The SDK's organization tree, the one both campaign plugins walk: pure, no database.</summary>
public sealed class OrganizationTreeTests
{
    // 旗委 ─ 镇党委 (苏木镇) ─ 嘎查党支部 (no sector: takes the town's) ─ 党小组
    //      └ 机关工委 (机关) ─ 财政局党支部
    // 领导小组办公室 (a second root, no party organization)
    private static readonly OrganizationTree Tree = new(
    [
        new(1, null, "旗委", OrganizationKind.PartyCommittee, null, 0),
        new(2, 1, "镇党委", OrganizationKind.PartyCommittee, Sector.Township, 1),
        new(3, 2, "嘎查党支部", OrganizationKind.Branch, null, 2),
        new(4, 3, "党小组", OrganizationKind.Branch, Sector.Village, 3),
        new(5, 1, "机关工委", OrganizationKind.PartyCommittee, Sector.GovernmentOrgan, 1),
        new(6, 5, "财政局党支部", OrganizationKind.Branch, null, 2),
        new(9, null, "领导小组办公室", OrganizationKind.LeadingGroupOffice, null, 0),
    ]);

    [Fact]
    public void Subtrees_start_at_their_root_and_unknown_ids_have_none()
    {
        Assert.Equal([2, 3, 4], Tree.Subtree(2).Select(o => o.Id).Order());
        Assert.Equal(2, Tree.Subtree(2)[0].Id);
        Assert.Equal([4], Tree.SubtreeIds(4));
        Assert.Empty(Tree.Subtree(99));
        Assert.True(Tree.IsWithin(4, 1));
        Assert.True(Tree.IsWithin(3, 3));
        Assert.False(Tree.IsWithin(6, 2));
        Assert.False(Tree.IsWithin(1, 2));
        Assert.Equal([4, 3, 2, 1], Tree.AncestryOf(4).Select(o => o.Id));
        Assert.Empty(Tree.AncestryOf(99));
        Assert.Equal("#99", Tree.NameOf(99));
    }

    [Fact]
    public void The_committee_above_the_sector_that_applies_the_root_and_the_first_level()
    {
        Assert.Equal(2, Tree.ParentCommittee(4)!.Id);  // the branch in between is no committee
        Assert.Equal(1, Tree.ParentCommittee(2)!.Id);
        Assert.Null(Tree.ParentCommittee(1));
        Assert.Equal(Sector.Township, Tree.SectorOf(3)); // its own is unset: the town's
        Assert.Equal(Sector.Village, Tree.SectorOf(4));
        Assert.Null(Tree.SectorOf(1));
        Assert.Equal(1, Tree.Root!.Id);                  // the committee, not the office, though both are roots
        Assert.Equal(2, Tree.TopLevelOf(4)!.Id);
        Assert.Equal(5, Tree.TopLevelOf(5)!.Id);
        Assert.Null(Tree.TopLevelOf(1));
        Assert.True(OrganizationTree.IsPartyOrganization(Tree.Find(6)!));
        Assert.False(OrganizationTree.IsPartyOrganization(Tree.Find(9)!));
    }

    [Fact]
    public void The_first_level_and_the_committees_under_the_root()
    {
        Assert.Equal([2, 5], Tree.FirstLevel.Select(o => o.Id));          // the rows of a "by township" table
        Assert.Equal([2, 5], Tree.CommitteesBelowRoot.Select(o => o.Id)); // every 党委 but the root: they hold their own meetings
        var empty = new OrganizationTree([]);
        Assert.Null(empty.Root);
        Assert.Empty(empty.FirstLevel);
        Assert.Empty(empty.CommitteesBelowRoot);
    }
}
