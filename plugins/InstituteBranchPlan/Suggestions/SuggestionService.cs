using Modular.Plugins.InstituteBranchPlan.LeadingGroup;

namespace Modular.Plugins.InstituteBranchPlan.Suggestions;

/// <summary>A suggestion's text; <paramref name="PersonId"/> when the branch records one a member gave on paper or at a meeting.</summary>
public sealed record SuggestionTextInput(string? Text, long? PersonId = null);
public sealed record SuggestionReplyInput(string? Reply, int Version);

/// <summary>A suggestion as the pages show it: whose (the author's name), to which branch, and the branch's answer.</summary>
public sealed record SuggestionView(SuggestionInfo Suggestion, string Author, string Branch);

/// <summary>A member's count against the rule.</summary>
public sealed record MemberSuggestions(long PersonId, string Name, int Given, int Answered, bool Met);

/// <summary>A branch's suggestions: every one (unanswered first) and every member's count.</summary>
public sealed record BranchSuggestions(long BranchId, string Branch, IReadOnlyList<SuggestionView> Suggestions, IReadOnlyList<MemberSuggestions> Members)
{
    public int MembersMet => Members.Count(m => m.Met);
    public int Answered => Suggestions.Count(s => s.Suggestion.Answered);
}

/// <summary>我为组织建一言: members write to their own branch; the branch (its leading group) answers each suggestion.</summary>
public sealed class SuggestionService(ISuggestions suggestions, IRoster roster, IOrganizationDirectory directory, ICurrentUser user, BranchOffice office,
    InstituteBranchPlanCampaign campaign)
{
    /// <summary>What the jurisdiction's clocks showed at an instant (the ledger's times).</summary>
    public DateTime WallClock(DateTimeOffset at) => campaign.WallClock(at);

    private static string NoSuggestion(long id) => Text.Of($"没有编号为 {id} 的建议。", $"There is no suggestion {id}.");

    /// <summary>The signed-in member's suggestion to their branch, or one the branch records for a member (who gave it on paper).</summary>
    public async Task<Result<SuggestionInfo>> SubmitAsync(SuggestionTextInput input, CancellationToken ct)
    {
        var me = await user.PersonIdAsync(ct);
        if ((input.PersonId ?? me) is not { } authorId)
            return Refuse.Field("personId", Text.Of("您的账号未关联党员名册，请指定提建议的党员。", "Your account is not linked to the roster; choose the member who gave it."));
        if (await roster.FindAsync(authorId, ct) is not { } person) return Refuse.Field("personId", References.NoPerson(authorId));
        if (BranchOffice.BranchOf(await directory.TreeAsync(ct), person.OrganizationId) is not { } branch)
            return Refuse.Field("personId", Text.Of($"{person.Name}不在任何党支部中。", $"{person.Name} is not in a party branch."));
        if (authorId != me && !await office.MayRunAsync(branch.Id, ct))
            return Refuse.Forbidden(Text.Of("只能以本人名义提建议；代为登记须由所在党支部办理。", "Give your own suggestions; the branch records one for a member."));
        var text = Entered.Text(input.Text);
        if (text is null) return Refuse.Field("text", Text.Of("请填写建议。", "Write the suggestion."));
        if (Limits.TooLong(text, Limits.Note) is { } tooLong) return Refuse.Field("text", tooLong);
        var rules = await campaign.RulesAsync(ct);
        var saved = await suggestions.SubmitAsync(new SuggestionInput(SuggestionRule.Kind, authorId, branch.Id, text, rules.PeriodKey), ct);
        return saved.Succeeded ? Result.Created($"suggestions/{saved.Value!.Id}", saved.Value) : saved;
    }

    /// <summary>The branch's answer, at the version read (a stale one is 409).</summary>
    public async Task<Result<SuggestionInfo>> ReplyAsync(long id, SuggestionReplyInput input, CancellationToken ct)
    {
        var found = await suggestions.FindAsync(id, ct);
        if (found is null || found.PluginId != SuggestionRule.Kind.PluginId || found.Kind != SuggestionRule.Kind.Kind
            || !await office.MayReadAsync(found.OrganizationId, ct))
            return Refuse.NotFound(NoSuggestion(id));
        if (!await office.MayRunAsync(found.OrganizationId, ct))
            return Refuse.Forbidden(Text.Of("只有党支部（领导小组）可以答复建议。", "Only the branch (its leading group) answers suggestions."));
        var reply = Entered.Text(input.Reply);
        if (reply is null) return Refuse.Field("reply", Text.Of("请填写答复。", "Write the answer."));
        if (Limits.TooLong(reply, Limits.Note) is { } tooLong) return Refuse.Field("reply", tooLong);
        return await suggestions.ReplyAsync(id, reply, input.Version, ct);
    }

    /// <summary>The signed-in member's own suggestions with the answers.</summary>
    public async Task<IReadOnlyList<SuggestionInfo>> MineAsync(CancellationToken ct)
    {
        if (await user.PersonIdAsync(ct) is not { } me) return [];
        var rules = await campaign.RulesAsync(ct);
        return await suggestions.ListAsync(new SuggestionQuery(SuggestionRule.Kind) { AuthorPersonId = me, PeriodKey = rules.PeriodKey }, ct);
    }

    /// <summary>Each branch the user sees: its suggestions, unanswered first, and each member's count against the rule.</summary>
    public async Task<IReadOnlyList<BranchSuggestions>> BranchesAsync(CancellationToken ct)
    {
        var rules = await campaign.RulesAsync(ct);
        var branches = await office.BranchesSeenAsync(ct);
        var membersOf = await office.MembersOfAsync(branches, ct);
        // One read for every branch: a lookup keeps each branch's suggestions in the order the list gives them.
        var givenTo = (await suggestions.ListAsync(new SuggestionQuery(SuggestionRule.Kind) { PeriodKey = rules.PeriodKey }, ct)).ToLookup(s => s.OrganizationId);
        var result = new List<BranchSuggestions>();
        foreach (var branch in branches)
        {
            var members = membersOf[branch.Id];
            var names = members.ToDictionary(m => m.Id, m => m.Name);
            var given = givenTo[branch.Id];
            var byAuthor = given.ToLookup(s => s.AuthorPersonId);
            result.Add(new BranchSuggestions(branch.Id, branch.Name,
                [.. given.OrderBy(s => s.Answered).ThenByDescending(s => s.SubmittedAt).Select(s => new SuggestionView(s, names.GetValueOrDefault(s.AuthorPersonId, $"#{s.AuthorPersonId}"), branch.Name))],
                [.. members.OrderBy(m => m.Name, StringComparer.Ordinal).Select(m => new MemberSuggestions(m.Id, m.Name, byAuthor[m.Id].Count(),
                    byAuthor[m.Id].Count(s => s.Answered), SuggestionRule.Met(rules, byAuthor[m.Id].Count())))]));
        }
        return result;
    }
}
