using Microsoft.EntityFrameworkCore;
using Modular.Jurisdictions;
using Modular.Sdk;
using Modular.Sdk.Core;

namespace Modular.Organizations;

/// <summary>The roster of the current jurisdiction: list, read (masked by role), create, edit, transfer.</summary>
/// <summary>What the roster list sorts by (then organization, name, id).</summary>
public enum PeopleSort { Organization, Name, BirthDate, JoinedOn, Category }

internal sealed class PeopleService(RosterDbContext db, TimeProvider clock, IIntegrationEvents events)
{
    /// <summary>Editable fields. Category and standing are Chinese labels, English labels or enum names.</summary>
    public sealed record Input
    {
        public string? Name { get; init; }
        public string? Gender { get; init; }
        public string? Ethnicity { get; init; }
        public DateOnly? BirthDate { get; init; }
        public string? NativePlace { get; init; }
        public string? Education { get; init; }
        public string? Category { get; init; }
        public DateOnly? JoinedOn { get; init; }
        public DateOnly? FullMemberOn { get; init; }
        public string? Post { get; init; }
        public DateOnly? WorkStartedOn { get; init; }
        public string? Phone { get; init; }
        public string? IdNumber { get; init; }
        public string? Standing { get; init; }
        public bool LostContact { get; init; }
        public bool IsOutgoing { get; init; }
        public string? Whereabouts { get; init; }
        public bool IsLeadingCadre { get; init; }
        /// <summary>在职状态 by label or name (在职, 离退休, 无职业); empty for unspecified.</summary>
        public string? Employment { get; init; }
        /// <summary>Only on create; afterwards a transfer moves the person.</summary>
        public long? OrganizationId { get; init; }
        /// <summary>The version the editor started from (concurrency check on update).</summary>
        public int? Version { get; init; }
    }

    public sealed record View(long Id, string Name, string? Gender, string? Ethnicity, DateOnly? BirthDate, string? NativePlace, string? Education,
        string Category, string CategoryLabel, DateOnly? JoinedOn, DateOnly? FullMemberOn, string? Post, DateOnly? WorkStartedOn,
        string? Phone, string? IdNumber, bool Masked, string Standing, string StandingLabel, bool LostContact, bool IsOutgoing, string? Whereabouts,
        bool IsLeadingCadre, long OrganizationId, string OrganizationName, string OrganizationCode, int Version)
    {
        /// <summary>在职状态: the name (Serving…) and its words.</summary>
        public string Employment { get; init; } = nameof(EmploymentStatus.Unspecified);
        public string EmploymentLabel { get; init; } = "";
    }

    public sealed record TransferView(long Id, long FromOrganizationId, string FromOrganization, long ToOrganizationId, string ToOrganization, DateOnly TransferredOn, string? Note, DateTimeOffset RecordedAt);

    public sealed record Filter
    {
        /// <summary>Members of this organization and everything under it.</summary>
        public long? OrganizationId { get; init; }
        public string? Name { get; init; }
        public string? Category { get; init; }
        public bool? LeadingCadre { get; init; }
        public bool? Outgoing { get; init; }
        /// <summary>党籍状态 by label or name; <see cref="OnTheRolls"/> for normal, retained and restored together.</summary>
        public string? Standing { get; init; }
        /// <summary>在职状态 by label or name (Unspecified for members whose status is not given).</summary>
        public string? Employment { get; init; }
        public PeopleSort Sort { get; init; } = PeopleSort.Organization;
        public bool Descending { get; init; }
    }

    /// <summary>The <see cref="Filter.Standing"/> that means everyone on the rolls (正常, 保留, 恢复).</summary>
    public const string OnTheRolls = "在册";

    /// <summary>One page of the matching people (the API), by organization, then name.</summary>
    public async Task<ListPage<View>> ListAsync(RosterActor actor, Filter filter, PageRequest page, CancellationToken ct = default)
    {
        var tree = new OrganizationTree(await db.Organizations.AsNoTracking().ToListAsync(ct));
        return (await Matching(filter, tree).ToListPageAsync(page, ct)).Map(p => ToView(p, tree, actor));
    }

    /// <summary>Every matching person, in the same order: the roster pages and the exports.</summary>
    public async Task<IReadOnlyList<View>> ListAllAsync(RosterActor actor, Filter filter, CancellationToken ct = default)
    {
        var tree = new OrganizationTree(await db.Organizations.AsNoTracking().ToListAsync(ct));
        return (await Matching(filter, tree).ToListAsync(ct)).Select(p => ToView(p, tree, actor)).ToList();
    }

    private IQueryable<Person> Matching(Filter filter, OrganizationTree tree)
    {
        var query = db.People.AsNoTracking();
        if (filter.OrganizationId is { } root)
        {
            var ids = tree.Subtree(root).Select(o => o.Id).ToList();
            query = query.Where(p => ids.Contains(p.OrganizationId));
        }
        if (!string.IsNullOrWhiteSpace(filter.Name)) query = query.Where(p => p.Name.Contains(filter.Name.Trim()));
        if (Labels.TryParse(Labels.Categories, filter.Category, out MemberCategory category)) query = query.Where(p => p.Category == category);
        if (filter.LeadingCadre is { } lc) query = query.Where(p => p.IsLeadingCadre == lc);
        if (filter.Outgoing is { } og) query = query.Where(p => p.IsOutgoing == og);
        if (filter.Standing == OnTheRolls) query = query.Where(p => p.Standing == PartyStanding.Normal || p.Standing == PartyStanding.Retained || p.Standing == PartyStanding.Restored);
        else if (Labels.TryParse(Labels.Standings, filter.Standing, out PartyStanding standing)) query = query.Where(p => p.Standing == standing);
        if (Labels.TryParse(Labels.Employments, filter.Employment, out EmploymentStatus employment)) query = query.Where(p => p.Employment == employment);
        return Sorted(query, filter.Sort, filter.Descending);
    }

    /// <summary>The list's order: the asked column first, then organization, name and id, so pages never overlap.</summary>
    private static IOrderedQueryable<Person> Sorted(IQueryable<Person> query, PeopleSort sort, bool descending)
    {
        IOrderedQueryable<Person> first = sort switch
        {
            PeopleSort.Name => descending ? query.OrderByDescending(p => p.Name) : query.OrderBy(p => p.Name),
            PeopleSort.BirthDate => descending ? query.OrderByDescending(p => p.BirthDate) : query.OrderBy(p => p.BirthDate),
            PeopleSort.JoinedOn => descending ? query.OrderByDescending(p => p.JoinedOn) : query.OrderBy(p => p.JoinedOn),
            PeopleSort.Category => descending ? query.OrderByDescending(p => p.Category) : query.OrderBy(p => p.Category),
            _ => descending ? query.OrderByDescending(p => p.OrganizationId) : query.OrderBy(p => p.OrganizationId),
        };
        return first.ThenBy(p => p.OrganizationId).ThenBy(p => p.Name).ThenBy(p => p.Id);
    }

    public async Task<View?> GetAsync(RosterActor actor, long id, CancellationToken ct = default)
    {
        var row = await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        if (row is null) return null;
        var tree = new OrganizationTree(await db.Organizations.AsNoTracking().ToListAsync(ct));
        return ToView(row, tree, actor);
    }

    public async Task<IReadOnlyList<TransferView>> TransfersAsync(long personId, CancellationToken ct = default)
    {
        var rows = await db.Transfers.AsNoTracking().Where(t => t.PersonId == personId).OrderBy(t => t.TransferredOn).ThenBy(t => t.Id).ToListAsync(ct);
        var names = await db.Organizations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        return rows.Select(t => new TransferView(t.Id, t.FromOrganizationId, names.GetValueOrDefault(t.FromOrganizationId, "?"), t.ToOrganizationId,
            names.GetValueOrDefault(t.ToOrganizationId, "?"), t.TransferredOn, t.Note, t.RecordedAt)).ToList();
    }

    public async Task<(Person? Created, EditResult Result)> CreateAsync(RosterActor actor, Input input, CancellationToken ct = default)
    {
        var tree = new OrganizationTree(await db.Organizations.AsNoTracking().ToListAsync(ct));
        var errors = new ValidationErrors();
        if (input.OrganizationId is not { } orgId || tree.Find(orgId) is null)
        {
            errors.Add("organizationId", Text.Of("请选择所在组织。", "Choose the organization."));
            return (null, EditResult.Invalid(errors));
        }
        if (!actor.MayEdit(tree, orgId)) return (null, RosterResults.Forbidden);
        var row = new Person { Name = "", OrganizationId = orgId };
        if (!Apply(row, input, errors)) return (null, EditResult.Invalid(errors));
        db.People.Add(row);
        var result = await SaveAsync(row, ct);
        return (result.Succeeded ? row : null, result);
    }

    public async Task<EditResult> UpdateAsync(RosterActor actor, long id, Input input, CancellationToken ct = default)
    {
        var row = await db.People.AsTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        if (row is null) return NotFound(id);
        var tree = new OrganizationTree(await db.Organizations.AsNoTracking().ToListAsync(ct));
        if (!actor.MayEdit(tree, row.OrganizationId)) return RosterResults.Forbidden;
        if (input.Version is { } expected && expected != row.Version) return EditResult.Concurrent;
        var errors = new ValidationErrors();
        var wasOnRolls = !LeftRolls(row.Standing);
        if (!Apply(row, input, errors)) return EditResult.Invalid(errors);
        db.Entry(row).Property(p => p.Version).OriginalValue = row.Version;
        row.Version++;
        var saved = await SaveAsync(row, ct);
        if (saved.Succeeded && wasOnRolls && LeftRolls(row.Standing))
            await events.PublishAsync(new PersonLeft(row.Id, row.OrganizationId, row.Standing == PartyStanding.Expelled ? MemberStanding.Expelled : MemberStanding.Suspended), ct);
        return saved;
    }

    private static bool LeftRolls(PartyStanding standing) => standing is PartyStanding.Suspended or PartyStanding.Expelled;

    /// <summary>组织关系转接: moves the person to another organization and records it, in one transaction.</summary>
    public async Task<EditResult> TransferAsync(RosterActor actor, long id, long toOrganizationId, DateOnly? on, string? note, int? version, CancellationToken ct = default)
    {
        var row = await db.People.AsTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        if (row is null) return NotFound(id);
        var tree = new OrganizationTree(await db.Organizations.AsNoTracking().ToListAsync(ct));
        if (tree.Find(toOrganizationId) is not { } target)
            return EditResult.Invalid("toOrganizationId", Text.Of($"没有编号为 {toOrganizationId} 的组织。", $"No organization {toOrganizationId}."));
        if (!actor.MayEdit(tree, row.OrganizationId) || !actor.MayEdit(tree, toOrganizationId)) return RosterResults.Forbidden;
        if (Limits.DateProblem(on) is { } outOfRange) return EditResult.Invalid("on", outOfRange);
        if (Limits.TooLong(OrganizationService.Clean(note), Limits.Note) is { } longNote) return EditResult.Invalid("note", longNote);
        if (target.Id == row.OrganizationId)
            return EditResult.Invalid("toOrganizationId", Text.Of($"{row.Name}已在“{target.Name}”。", $"{row.Name} is already in \"{target.Name}\"."));
        if (version is { } expected && expected != row.Version) return EditResult.Concurrent;
        var transfer = new Transfer
        {
            PersonId = row.Id, FromOrganizationId = row.OrganizationId, ToOrganizationId = target.Id,
            TransferredOn = on ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), Note = OrganizationService.Clean(note), RecordedAt = clock.GetUtcNow(),
        };
        db.Transfers.Add(transfer);
        db.Entry(row).Property(p => p.Version).OriginalValue = row.Version;
        row.Version++;
        row.OrganizationId = target.Id;
        var saved = await SaveAsync(row, ct); // one SaveChanges: one transaction for the move and its record
        if (saved.Succeeded)
            await events.PublishAsync(new PersonTransferred(row.Id, transfer.FromOrganizationId, transfer.ToOrganizationId, transfer.TransferredOn), ct);
        return saved;
    }

    private static bool Apply(Person row, Input input, ValidationErrors errors)
    {
        var name = input.Name?.Trim();
        if (string.IsNullOrEmpty(name)) errors.Add("name", Text.Of("姓名不能为空。", "Name is required."));
        // The sizes (PersonLimits) and the date range (Limits) the roster import holds these fields to.
        foreach (var (field, column, value) in new[]
        {
            ("name", RosterField.Name, name), ("ethnicity", RosterField.Ethnicity, input.Ethnicity), ("nativePlace", RosterField.NativePlace, input.NativePlace),
            ("education", RosterField.Education, input.Education), ("post", RosterField.Post, input.Post), ("phone", RosterField.Phone, input.Phone),
            ("whereabouts", RosterField.Whereabouts, input.Whereabouts),
        })
            if (PersonLimits.TooLong(column, OrganizationService.Clean(value)) is { } tooLong) errors.Add(field, tooLong);
        foreach (var (field, date) in new[] { ("birthDate", input.BirthDate), ("joinedOn", input.JoinedOn), ("fullMemberOn", input.FullMemberOn), ("workStartedOn", input.WorkStartedOn) })
            if (Limits.DateProblem(date) is { } outOfRange) errors.Add(field, outOfRange);
        if (!Labels.TryParse(Labels.Categories, string.IsNullOrWhiteSpace(input.Category) ? "Full" : input.Category, out MemberCategory category))
            errors.Add("category", Text.Of($"“{input.Category}”不是人员类别（正式党员、预备党员）。", $"\"{input.Category}\" is not a category (full or probationary member)."));
        if (!Labels.TryParse(Labels.Standings, string.IsNullOrWhiteSpace(input.Standing) ? "Normal" : input.Standing, out PartyStanding standing))
            errors.Add("standing", Text.Of($"“{input.Standing}”不是党籍状态（正常、保留、恢复、停止、开除）。", $"\"{input.Standing}\" is not a party standing (normal, retained, restored, suspended, expelled)."));
        if (!Labels.TryParseEmployment(input.Employment, out var employmentStatus))
            errors.Add("employment", Text.Of($"“{input.Employment}”不是在职状态（在职、离退休、无职业）。", $"\"{input.Employment}\" is not an employment status (serving, retired, not working)."));
        if (input.Gender is { Length: > 0 } g && g.Trim() is not ("男" or "女"))
            errors.Add("gender", Text.Of($"“{g}”不是性别（男、女）。", $"\"{g}\" is not a gender (男, 女)."));
        var idNumber = OrganizationService.Clean(input.IdNumber)?.ToUpperInvariant();
        if (idNumber is not null && RosterCells.IdNumberProblem(idNumber) is { } problem)
            errors.Add("idNumber", problem);
        if (input.JoinedOn is { } joined && input.FullMemberOn is { } full && full < joined)
            errors.Add("fullMemberOn", Text.Of("转正时间早于入党时间。", "The date of full membership is before the date joined."));
        if (!errors.IsValid) return false;
        row.Name = name!;
        row.Gender = OrganizationService.Clean(input.Gender);
        row.Ethnicity = OrganizationService.Clean(input.Ethnicity);
        row.BirthDate = input.BirthDate;
        row.NativePlace = OrganizationService.Clean(input.NativePlace);
        row.Education = OrganizationService.Clean(input.Education);
        row.Category = category;
        row.JoinedOn = input.JoinedOn;
        row.FullMemberOn = input.FullMemberOn;
        row.Post = OrganizationService.Clean(input.Post);
        row.WorkStartedOn = input.WorkStartedOn;
        row.Phone = OrganizationService.Clean(input.Phone);
        row.IdNumber = idNumber;
        row.Standing = standing;
        row.LostContact = input.LostContact;
        row.IsOutgoing = input.IsOutgoing;
        row.Whereabouts = input.IsOutgoing ? OrganizationService.Clean(input.Whereabouts) : null;
        row.IsLeadingCadre = input.IsLeadingCadre;
        row.Employment = employmentStatus;
        return true;
    }

    private Task<EditResult> SaveAsync(Person row, CancellationToken ct) =>
        db.SaveEditAsync(() =>
        {
            db.ChangeTracker.Clear();
            return EditResult.Invalid("idNumber", Text.Of($"身份证号码“{row.IdNumber}”已属于另一名党员。", $"ID number \"{row.IdNumber}\" already belongs to another member."));
        }, ct);

    internal static View ToView(Person p, OrganizationTree tree, RosterActor actor)
    {
        var sees = actor.SeesSensitive(tree, p.OrganizationId);
        var org = tree.Find(p.OrganizationId);
        return new View(p.Id, p.Name, p.Gender, p.Ethnicity, p.BirthDate, p.NativePlace, p.Education, p.Category.ToString(), Labels.Of(Labels.Categories, p.Category),
            p.JoinedOn, p.FullMemberOn, p.Post, p.WorkStartedOn, sees ? p.Phone : Mask(p.Phone, 3, 4), sees ? p.IdNumber : Mask(p.IdNumber, 4, 4), !sees,
            p.Standing.ToString(), Labels.Of(Labels.Standings, p.Standing), p.LostContact, p.IsOutgoing, p.Whereabouts, p.IsLeadingCadre,
            p.OrganizationId, org?.Name ?? "?", org?.Code ?? "?", p.Version)
        { Employment = p.Employment.ToString(), EmploymentLabel = Labels.Of(Labels.Employments, p.Employment) };
    }

    /// <summary>138****5678, 1504**********1234: keeps the ends, stars the middle (short values are starred entirely).</summary>
    public static string? Mask(string? value, int keepStart, int keepEnd)
    {
        if (string.IsNullOrEmpty(value)) return value;
        if (value.Length <= keepStart + keepEnd) return new string('*', value.Length);
        return value[..keepStart] + new string('*', value.Length - keepStart - keepEnd) + value[^keepEnd..];
    }

    private static EditResult NotFound(long id) => RosterResults.NotFound(Text.Of($"没有编号为 {id} 的党员。", $"No person {id}."));
}
