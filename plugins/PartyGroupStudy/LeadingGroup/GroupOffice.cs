namespace Modular.Plugins.PartyGroupStudy.LeadingGroup;

/// <summary>One member of the party group taking part (参加学习实践活动的人员), with their place in the leading group.</summary>
public sealed record Participant(long PersonId, string Name, GroupRole Role);

/// <summary>
/// Who takes part and who runs the campaign (一、时间和范围; 五(一)). The party group is the jurisdiction's party-group
/// organization (else its root); its members are the participants: the leading group once recorded, else everyone on the
/// party group's roster. The office runs the daily work: the jurisdiction's office and the party group's officers (their
/// accounts' roles) and the leading group's office director. Inspectors and auditors see everyone's work; participants
/// read what the group does together and do their own. Every item asks here before a write or a read.
/// </summary>
public sealed class GroupOffice(ICurrentUser user, IOrganizationDirectory directory, IRoster roster, ILeadingBodies bodies)
{
    private OrganizationInfo? _group;
    private IReadOnlyList<Participant>? _participants;
    private LeadingBodyInfo? _record, _office;
    private bool _recordRead;

    /// <summary>The message for everything only the office does.</summary>
    public static string OnlyOffice => Text.Of("只有领导小组办公室（或县政府党组的负责人）可以登记此项。", "Only the leading group's office (or the party group's officers) may record this.");

    /// <summary>The 404 message for a person who does not take part.</summary>
    public static string NoParticipant(long id) => Text.Of($"编号为 {id} 的人员不是党组成员。", $"Person {id} is not a member of the party group.");

    /// <summary>Forgets what was read this request (after the leading group is saved).</summary>
    public void Forget() => (_participants, _record, _office, _recordRead) = (null, null, null, false);

    /// <summary>The party group: the first party-group organization of the jurisdiction's tree, else its root; null in an empty tree.</summary>
    public async Task<OrganizationInfo?> GroupAsync(CancellationToken ct)
    {
        if (_group is not null) return _group;
        var tree = await directory.TreeAsync(ct);
        return _group = tree.All.FirstOrDefault(o => o.Kind == OrganizationKind.PartyGroup) ?? tree.Root;
    }

    /// <summary>The leading group as recorded in the block (with its seats), or null until the office records it.</summary>
    public async Task<LeadingBodyInfo?> RecordAsync(CancellationToken ct)
    {
        await ReadBodiesAsync(ct);
        return _record;
    }

    /// <summary>The group's office (领导小组办公室) as recorded, its director the head; null until recorded.</summary>
    public async Task<LeadingBodyInfo?> OfficeAsync(CancellationToken ct)
    {
        await ReadBodiesAsync(ct);
        return _office;
    }

    // Both bodies at the party group's organization, in one read per request.
    private async Task ReadBodiesAsync(CancellationToken ct)
    {
        if (_recordRead) return;
        _recordRead = true;
        if (await GroupAsync(ct) is not { } group) return;
        var bodiesOfGroup = (await bodies.ListAsync(LeadingGroupRecords.Kind, cancellationToken: ct)).Where(b => b.OrganizationId == group.Id).ToList();
        _record = bodiesOfGroup.FirstOrDefault(b => b.Type == LeadingBodyType.LeadingGroup);
        _office = bodiesOfGroup.FirstOrDefault(b => b.Type == LeadingBodyType.WorkingOffice);
    }

    /// <summary>Everyone on the party group's roster (its subtree), by name.</summary>
    public async Task<IReadOnlyList<PersonInfo>> GroupPeopleAsync(CancellationToken ct) =>
        await GroupAsync(ct) is { } group
            ? [.. (await roster.MembersAsync(new RosterQuery { SubtreeRootId = group.Id }, ct)).OrderBy(p => p.Name, StringComparer.Ordinal)]
            : [];

    /// <summary>The participants in the group's order (leader, deputies, members; by name within each).</summary>
    public async Task<IReadOnlyList<Participant>> ParticipantsAsync(CancellationToken ct)
    {
        if (_participants is not null) return _participants;
        var people = await GroupPeopleAsync(ct);
        var names = people.ToDictionary(p => p.Id, p => p.Name);
        var seats = await RecordAsync(ct) is { } record
            ? record.Seats.Where(s => s.PersonId is not null).Select(s => (PersonId: s.PersonId!.Value, Role: LeadingGroupRecords.FromBlock(s.Role))).ToList()
            : await GroupAsync(ct) is { } group ? LeadingGroupRule.Proposed(people.Select(p => p.Id), await directory.OfficersAsync(group.Id, ct)) : [];
        return _participants = [.. seats.Select(s => new Participant(s.PersonId, names.GetValueOrDefault(s.PersonId, $"#{s.PersonId}"), s.Role))
            .OrderBy(p => p.Role).ThenBy(p => p.Name, StringComparer.Ordinal)];
    }

    /// <summary>The participant with the id, or null.</summary>
    public async Task<Participant?> ParticipantAsync(long personId, CancellationToken ct) =>
        (await ParticipantsAsync(ct)).FirstOrDefault(p => p.PersonId == personId);

    /// <summary>The signed-in user as a participant, or null.</summary>
    public async Task<Participant?> MeAsync(CancellationToken ct) =>
        await user.PersonIdAsync(ct) is { } me ? await ParticipantAsync(me, ct) : null;

    /// <summary>May run the daily work: the office, the party group's officers, the leading group's office director.</summary>
    public async Task<bool> MayRunAsync(CancellationToken ct)
    {
        if (await GroupAsync(ct) is not { } group) return user.IsJurisdictionAdmin;
        if (await user.ManagesOrganizationAsync(group.Id, ct)) return true;
        return await user.PersonIdAsync(ct) is { } me && (await OfficeAsync(ct))?.Head?.PersonId == me;
    }

    /// <summary>May read every participant's work (per member, what is missing): those who run it, inspectors and auditors.</summary>
    public async Task<bool> MaySeeAllAsync(CancellationToken ct) =>
        await MayRunAsync(ct) || (await GroupAsync(ct) is { } group && await user.MaySeeOrganizationAsync(group.Id, ct));

    /// <summary>May read what the group does together (the leading group, meetings, the group's report, the plan): those who see all, and the participants.</summary>
    public async Task<bool> MayReadGroupAsync(CancellationToken ct) => await MaySeeAllAsync(ct) || await MeAsync(ct) is not null;

    /// <summary>
    /// The participant a hand-in is for: the one named, else the signed-in member. Someone else's is for the office only;
    /// <paramref name="ownOnly"/> is the refusal the others get.
    /// </summary>
    public async Task<Result<Participant>> HandInForAsync(long? named, string ownOnly, CancellationToken ct)
    {
        var me = await user.PersonIdAsync(ct);
        if ((named ?? me) is not { } personId)
            return Refuse.Field("personId", Text.Of("您的账号未关联党组成员，请指定党组成员。", "Your account is not linked to a member of the party group; choose one."));
        if (await ParticipantAsync(personId, ct) is not { } participant)
            return personId == me ? Refuse.Forbidden(Text.Of("您不是党组成员。", "You are not a member of the party group.")) : Refuse.Field("personId", NoParticipant(personId));
        if (personId != me && !await MayRunAsync(ct)) return Refuse.Forbidden(ownOnly);
        return Result.Ok(participant);
    }

    /// <summary>Whether the user may read a participant's own records: the participant, and those who see the group.</summary>
    public async Task<bool> MayReadParticipantAsync(long personId, CancellationToken ct) =>
        await ParticipantAsync(personId, ct) is not null && (await user.PersonIdAsync(ct) == personId || await MaySeeAllAsync(ct));
}
