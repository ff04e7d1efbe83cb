using Modular.Plugins.InstituteBranchPlan;
using Modular.Plugins.InstituteBranchPlan.Commendation;
using Modular.Plugins.InstituteBranchPlan.Evaluation;
using Modular.Sdk.Blocks;
using Modular.Sdk.Core;

namespace Plugins.InstituteBranchPlan.Tests;

/// <summary>群众评议's composite grade and 评选表彰's list as plain code, with every setting at plugin.json's default.</summary>
public sealed class EvaluationRuleTests
{
    private static readonly InstituteRules Document = Rules();

    private static InstituteRules Rules(Dictionary<string, string>? settings = null)
    {
        var manifest = Modular.Sdk.Manifest.PluginManifest.Load(Path.Combine(RepositoryPaths.Root, "plugins", "InstituteBranchPlan", "plugin.json"));
        return InstituteRules.From(new Modular.Sdk.Settings.PluginSettingValues(manifest.Settings, settings ?? []));
    }

    [Fact]
    public void The_defaults_are_two_rounds_weights_40_30_30_and_thresholds_90_75_60()
    {
        var e = Document.Evaluation;
        Assert.Equal((40, 30, 30), (e.WeightMembers, e.WeightPublic, e.WeightPlan));
        Assert.Equal((90m, 75m, 60m), (e.ExcellentAt, e.QualifiedAt, e.BasicAt));
        Assert.Equal([(EvaluationPeriod.HalfYear, new DateOnly(2010, 7, 15)), (EvaluationPeriod.YearEnd, new DateOnly(2010, 12, 31))], EvaluationRule.Rounds(Document));
        Assert.Equal([(EvaluationPeriod.YearEnd, new DateOnly(2011, 12, 31))],
            EvaluationRule.Rounds(Rules(new() { ["evaluation.monthsPerRound"] = "12", ["campaign.year"] = "2011" })));
    }

    [Theory]
    [InlineData("90", EvaluationRule.Excellent)]
    [InlineData("89.99", EvaluationRule.Qualified)]
    [InlineData("75", EvaluationRule.Qualified)]
    [InlineData("74.99", EvaluationRule.Basic)]
    [InlineData("60", EvaluationRule.Basic)]
    [InlineData("59.99", EvaluationRule.Unqualified)]
    [InlineData("0", EvaluationRule.Unqualified)]
    public void Each_threshold_counts_and_a_hundredth_below_it_is_the_next_grade(string composite, string grade) =>
        Assert.Equal(grade, EvaluationRule.Grade(Document.Evaluation, decimal.Parse(composite, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void The_thresholds_are_settings()
    {
        var strict = Rules(new() { ["evaluation.excellentAt"] = "95" }).Evaluation;
        Assert.Equal(EvaluationRule.Qualified, EvaluationRule.Grade(strict, 94.99m));
        Assert.Equal(EvaluationRule.Excellent, EvaluationRule.Grade(strict, 95m));
        Assert.Null(EvaluationRule.Grade(strict, null));
    }

    [Fact]
    public void The_composite_weighs_the_members_the_public_and_the_plan_and_drops_a_part_with_no_ratings()
    {
        var e = Document.Evaluation;
        Assert.Equal(100m, EvaluationRule.Mark(4m));
        Assert.Equal(75m, EvaluationRule.Mark(3m));
        Assert.Null(EvaluationRule.Mark(null));
        Assert.Equal(97.6m, EvaluationRule.Composite(e, 100m, 100m, 92m));           // 40 + 30 + 27.6
        Assert.Equal(75m, EvaluationRule.Composite(e, 75m, 75m, 75m));
        Assert.Equal(96.57m, EvaluationRule.Composite(e, 100m, null, 92m));           // (4000 + 2760) / 70
        Assert.Null(EvaluationRule.Composite(e, null, null, null));
        Assert.Equal(EvaluationRule.Qualified, EvaluationRule.Grade(e, EvaluationRule.Composite(e, 75m, 75m, 75m)));
    }

    [Fact]
    public void A_member_rates_each_colleague_not_themself()
    {
        var branch = new HashSet<long> { 1, 2 };
        Assert.True(EvaluationRule.MayRate(1, 2, branch));
        Assert.False(EvaluationRule.MayRate(1, 1, branch));
        Assert.False(EvaluationRule.MayRate(3, 2, branch));
    }

    [Fact]
    public void Only_a_member_who_took_part_kept_the_pledge_and_was_graded_excellent_is_recommended()
    {
        var all = new CommendationInputs(true, 1, PledgeFulfilment.Fulfilled, EvaluationRule.Excellent);
        Assert.True(CommendationRule.Recommended(Document, all));
        Assert.Empty(CommendationRule.Lacks(Document, all));
        Assert.False(CommendationRule.Recommended(Document, all with { YearEndGrade = EvaluationRule.Qualified }));
        Assert.False(CommendationRule.Recommended(Document, all with { YearEndGrade = null }));
        Assert.False(CommendationRule.Recommended(Document, all with { PlanOutcome = PledgeFulfilment.Partly }));
        Assert.False(CommendationRule.Recommended(Document, all with { PlanOutcome = null }));
        Assert.False(CommendationRule.Recommended(Document, all with { PlanHandedIn = false }));
        Assert.False(CommendationRule.Recommended(Document, all with { Suggestions = 0 }));
        Assert.Single(CommendationRule.Lacks(Document, all with { Suggestions = 0 }));
    }
}
