using Modular.Plugins.InstituteBranchPlan;
using Modular.Plugins.InstituteBranchPlan.LeadingGroup;
using Modular.Plugins.InstituteBranchPlan.PersonalPlans;
using Modular.Sdk;
using Modular.Sdk.Blocks;
using Modular.Sdk.Core;
using Modular.Sdk.Scheduling;

namespace Plugins.InstituteBranchPlan.Tests;

/// <summary>The plan's rules as plain code: its numbers and dates, the leading group, the personal plan's day and contents.</summary>
public sealed class RuleTests
{
    /// <summary>The rules with every setting at the document's value (plugin.json's defaults).</summary>
    private static readonly InstituteRules Document = Rules();

    private static InstituteRules Rules(Dictionary<string, string>? settings = null)
    {
        var manifest = Modular.Sdk.Manifest.PluginManifest.Load(Path.Combine(RepositoryPaths.Root, "plugins", "InstituteBranchPlan", "plugin.json"));
        return InstituteRules.From(new Modular.Sdk.Settings.PluginSettingValues(manifest.Settings, settings ?? []));
    }

    [Fact]
    public void Personal_plans_handed_in_on_the_14th_are_on_time_and_on_the_15th_late()
    {
        Assert.Equal(DueState.Done, PersonalPlanRule.StateOf(Document, new(2010, 9, 14), new(2010, 9, 20)));
        Assert.Equal(DueState.Late, PersonalPlanRule.StateOf(Document, new(2010, 9, 15), new(2010, 9, 20)));
        Assert.Equal(DueState.Pending, PersonalPlanRule.StateOf(Document, null, new(2010, 9, 14)));
        Assert.Equal(DueState.Missed, PersonalPlanRule.StateOf(Document, null, new(2010, 9, 15)));
    }

    [Fact]
    public void A_plan_needs_its_text_and_the_problems_it_answers()
    {
        Assert.Equal(["problems", "text"], PersonalPlanRule.Problems(" ", []).Keys.Order());
        Assert.Empty(PersonalPlanRule.Problems("完成课题", ["创新意识不强"]));
        Assert.Equal(["理论学习不够", "作风不实"], PersonalPlanRule.Lines(" 理论学习不够 \n\n作风不实\r\n"));
    }

    [Fact]
    public void The_roster_s_officers_make_the_group_the_document_names()
    {
        var proposed = LeadingGroupRule.Proposed([
            new OfficerInfo(1, 11, OfficerPost.PropagandaMember), new OfficerInfo(1, 10, OfficerPost.Secretary),
            new OfficerInfo(1, 12, OfficerPost.OrganizationMember), new OfficerInfo(1, 13, OfficerPost.DisciplineMember)]);
        Assert.Equal([(10L, GroupRole.Leader), (11L, GroupRole.Deputy), (12L, GroupRole.Deputy), (13L, GroupRole.Member)], proposed);
    }

    [Fact]
    public void A_group_has_one_leader_holds_each_person_once_and_only_the_branch_s_people()
    {
        var branch = new HashSet<long> { 1, 2, 3 };
        Assert.Contains("leaderId", LeadingGroupRule.Problems(null, [2], [], branch).Keys);
        Assert.Contains("deputyIds", LeadingGroupRule.Problems(1, [1], [], branch).Keys);
        Assert.Contains("memberIds", LeadingGroupRule.Problems(1, [2], [9], branch).Keys);
        Assert.Empty(LeadingGroupRule.Problems(1, [2, 3], [], branch));
    }

    [Fact]
    public void The_settings_read_as_the_document()
    {
        Assert.Equal((2010, new DateOnly(2010, 8, 27), new DateOnly(2010, 12, 31), new DateOnly(2010, 9, 14), 1),
            (Document.Year, Document.Start, Document.End, Document.PersonalPlansDue, Document.MinSuggestions));
        var moved = Rules(new() { ["campaign.year"] = "2026" });
        Assert.Equal(new DateOnly(2026, 9, 14), moved.PersonalPlansDue);
        Assert.Equal("2026", moved.PeriodKey);
    }
}
