using Modular.Plugins.CountyFiveActivities.Common;
using Modular.Plugins.CountyFiveActivities.Standards;
using Modular.Sdk.Texts;

namespace Modular.Plugins.CountyFiveActivities.TypicalModels;

/// <summary>
/// A typical model as set up: a member (<paramref name="PersonId"/>) or an organization (<paramref name="OrganizationId"/>), its title,
/// the level that set it up, the day, its story; <paramref name="Version"/> the version read, when revising it.
/// </summary>
public sealed record TypicalModelInput(TypicalModelKind? Kind, long? PersonId, long? OrganizationId, string? Title, long? SetUpByOrganizationId,
    DateOnly? SetUpOn, string? Story, int? Version = null);

/// <summary>An act of publicity: its form, day and note.</summary>
public sealed record PublicityInput(PublicityForm? Form, DateOnly? HeldOn, string? Note);

public sealed record PublicityView(long Id, PublicityForm Form, string FormName, DateOnly HeldOn, string? Note);

/// <summary>A model as listed: who or which organization, its sector, the level that set it up, its story with 字数, its publicity.</summary>
public sealed record TypicalModelView(long Id, TypicalModelKind Kind, string KindName, long? PersonId, string Name, long OrganizationId, string Organization,
    string SectorName, string Title, long SetUpByOrganizationId, string SetUpBy, DateOnly SetUpOn, string Story, int StoryCharacters,
    IReadOnlyList<PublicityView> Publicity, string? RecordedBy, DateTimeOffset RecordedAt, int Version);

/// <summary>
/// 树立先进典型: a level (whoever manages it) sets up members and organizations of its subtree as models and publicizes them; every user of
/// the jurisdiction reads the list (典型要宣传). For the API, the page and the demo.
/// </summary>
public sealed class TypicalModelService(CountyDbContext db, IRoster roster, IOrganizationDirectory directory, ICurrentUser user, CountyCampaign campaign)
{
    private static string NoModel(long id) => Text.Of($"没有编号为 {id} 的先进典型。", $"There is no typical model {id}.");

    public async Task<IReadOnlyList<TypicalModelView>> ListAsync(CancellationToken ct)
    {
        var models = await db.TypicalModels.OrderByDescending(m => m.SetUpOn).ThenByDescending(m => m.Id).ToListAsync(ct);
        var publicity = (await db.TypicalModelPublicity.ToListAsync(ct)).ToLookup(p => p.ModelId);
        var tree = await directory.TreeAsync(ct);
        var names = await roster.FindManyAsync(models.Select(m => m.PersonId).OfType<long>(), ct);
        return [.. models.Select(m => View(m, publicity[m.Id], tree, names))];
    }

    public async Task<Result<TypicalModelView>> FindAsync(long id, CancellationToken ct)
    {
        var model = await db.TypicalModels.SingleOrDefaultAsync(m => m.Id == id, ct);
        return model is null ? Refuse.NotFound(NoModel(id)) : Result.Ok(await ViewAsync(model, ct));
    }

    public async Task<Result<TypicalModelView>> SetUpAsync(TypicalModelInput input, CancellationToken ct)
    {
        var checkedInput = await CheckAsync(input, ct);
        if (!checkedInput.Succeeded) return Refuse.As(checkedInput);
        var row = new TypicalModel { Title = "", Story = "", Version = 1 };
        Fill(row, checkedInput.Value!);
        db.TypicalModels.Add(row);
        if (!await db.TrySaveAsync(ct)) return Refuse.Conflict();
        return Result.Created($"typical-models/{row.Id}", await ViewAsync(row, ct));
    }

    /// <summary>Revises a model read at <see cref="TypicalModelInput.Version"/> (a stale one is 409); the level that set it up, or above, revises it.</summary>
    public async Task<Result<TypicalModelView>> ReviseAsync(long id, TypicalModelInput input, CancellationToken ct)
    {
        var row = await db.TypicalModels.AsTracking().SingleOrDefaultAsync(m => m.Id == id, ct);
        if (row is null) return Refuse.NotFound(NoModel(id));
        if (!await user.ManagesOrganizationAsync(row.SetUpByOrganizationId, ct)) return Refuse.Forbidden();
        if (input.Version is null) return Refuse.Field("version", Text.Of("请带上读取时的版本号。", "Give the version you read."));
        var checkedInput = await CheckAsync(input, ct);
        if (!checkedInput.Succeeded) return Refuse.As(checkedInput);
        if (db.TypicalModels.Edit(row, input.Version, () => row) is null) return Refuse.Conflict();
        Fill(row, checkedInput.Value!);
        return await db.TrySaveAsync(ct) ? Result.Ok(await ViewAsync(row, ct)) : Refuse.Conflict();
    }

    /// <summary>Records an act of publicity of a model: the level that set it up, or above.</summary>
    public async Task<Result<TypicalModelView>> PublicizeAsync(long id, PublicityInput input, CancellationToken ct)
    {
        var model = await db.TypicalModels.SingleOrDefaultAsync(m => m.Id == id, ct);
        if (model is null) return Refuse.NotFound(NoModel(id));
        if (!await user.ManagesOrganizationAsync(model.SetUpByOrganizationId, ct))
            return Refuse.Forbidden(Text.Of("典型由确定它的党组织或上级宣传。", "The level that set up the model, or one above, publicizes it."));
        if (input.Form is not { } form) return Refuse.Field("form", Text.Of("请选择宣传形式。", "Choose the form of publicity."));
        if (TypicalModelRule.PublicityDayProblem(await campaign.RulesAsync(ct), model.SetUpOn, input.HeldOn) is { } dayProblem) return Refuse.Field("heldOn", dayProblem);
        if (input.HeldOn > campaign.Today) return Refuse.Field("heldOn", Text.Of("只登记已进行的宣传：日期不能晚于今天。", "Record publicity done: the day cannot be after today."));
        var note = Entered.Text(input.Note);
        if (Limits.TooLong(note, Limits.Note) is { } tooLong) return Refuse.Field("note", tooLong);
        db.TypicalModelPublicity.Add(new TypicalModelPublicity { ModelId = id, Form = form, HeldOn = input.HeldOn!.Value, Note = note, RecordedBy = user.DisplayName, RecordedAt = campaign.Now });
        if (!await db.TrySaveAsync(ct)) return Refuse.Conflict();
        return Result.Ok(await ViewAsync(model, ct));
    }

    /// <summary>The levels the user may set models up for: the party committees (and the county committee) they manage.</summary>
    public async Task<IReadOnlyList<OrganizationInfo>> LevelsAsync(CancellationToken ct)
    {
        var tree = await directory.TreeAsync(ct);
        var levels = new List<OrganizationInfo>();
        foreach (var o in tree.All.Where(o => o.Kind == OrganizationKind.PartyCommittee))
            if (await user.ManagesOrganizationAsync(o.Id, ct)) levels.Add(o);
        return levels;
    }

    private sealed record Checked(TypicalModelKind Kind, long? PersonId, long OrganizationId, string Title, long SetUpBy, DateOnly SetUpOn, string Story);

    private async Task<Result<Checked>> CheckAsync(TypicalModelInput input, CancellationToken ct)
    {
        var tree = await directory.TreeAsync(ct);
        if (input.SetUpByOrganizationId is not { } levelId) return Refuse.Field("setUpByOrganizationId", Text.Of("请选择确定典型的党组织。", "Choose the level that sets up the model."));
        if (tree.Find(levelId) is not { } level || level.Kind != OrganizationKind.PartyCommittee)
            return Refuse.Field("setUpByOrganizationId", Text.Of("先进典型由县委或基层党委确定。", "The county committee or a party committee sets up models."));
        if (!await user.ManagesOrganizationAsync(levelId, ct))
            return Refuse.Forbidden(Text.Of("只能为本级党委确定先进典型。", "Only the committee's own officers, or those above, set up its models."));
        var errors = new Dictionary<string, string[]>();
        long? personId = null;
        long organizationId = 0;
        switch (input.Kind)
        {
            case null:
                errors["kind"] = [Text.Of("请选择典型类别（党员个人或基层党组织）。", "Choose a member or an organization.")];
                break;
            case TypicalModelKind.Person:
                if (input.PersonId is not { } pid || await roster.FindAsync(pid, ct) is not { } person)
                    errors["personId"] = [input.PersonId is { } p ? References.NoPerson(p) : Text.Of("请选择党员。", "Choose the member.")];
                else if (!tree.IsWithin(person.OrganizationId, levelId))
                    errors["personId"] = [Text.Of($"{person.Name} 不在 {level.Name} 所属范围内。", $"{person.Name} is not under {level.Name}.")];
                else (personId, organizationId) = (person.Id, person.OrganizationId);
                break;
            default:
                if (input.OrganizationId is not { } oid || tree.Find(oid) is not { } org || !OrganizationTree.IsPartyOrganization(org))
                    errors["organizationId"] = [input.OrganizationId is { } o ? References.NoOrganization(o) : Text.Of("请选择党组织。", "Choose the organization.")];
                else if (oid == levelId || !tree.IsWithin(oid, levelId))
                    errors["organizationId"] = [Text.Of($"{org.Name} 不是 {level.Name} 的下级党组织。", $"{org.Name} is not below {level.Name}.")];
                else organizationId = oid;
                break;
        }
        var title = Entered.Text(input.Title);
        if (title is null) errors["title"] = [Text.Of("请填写典型称号（如“党员致富带头人”）。", "Give what they are a model of.")];
        else if (Limits.TooLong(title, Limits.Line) is { } longTitle) errors["title"] = [longTitle];
        var rules = await campaign.RulesAsync(ct);
        if (TypicalModelRule.SetUpOnProblem(rules, input.SetUpOn) is { } dayProblem) errors["setUpOn"] = [dayProblem];
        else if (input.SetUpOn > campaign.Today) errors["setUpOn"] = [Text.Of("日期不能晚于今天。", "The day cannot be after today.")];
        var story = Entered.Text(input.Story);
        if (story is null) errors["story"] = [Text.Of("请填写先进事迹。", "Write the model's story.")];
        else if (Limits.TooLong(story, Limits.Body) is { } longStory) errors["story"] = [longStory];
        if (errors.Count > 0) return Refuse.Fields(errors);
        return Result.Ok(new Checked(input.Kind!.Value, personId, organizationId, title!, levelId, input.SetUpOn!.Value, story!));
    }

    private void Fill(TypicalModel row, Checked c)
    {
        row.Kind = c.Kind;
        row.PersonId = c.PersonId;
        row.OrganizationId = c.OrganizationId;
        row.Title = c.Title;
        row.SetUpByOrganizationId = c.SetUpBy;
        row.SetUpOn = c.SetUpOn;
        row.Story = c.Story;
        row.StoryCharacters = CharacterCount.Of(c.Story);
        row.RecordedBy = user.DisplayName;
        row.RecordedAt = campaign.Now;
    }

    private async Task<TypicalModelView> ViewAsync(TypicalModel m, CancellationToken ct)
    {
        var publicity = await db.TypicalModelPublicity.Where(p => p.ModelId == m.Id).ToListAsync(ct);
        var names = await roster.FindManyAsync(m.PersonId is { } p ? [p] : [], ct);
        return View(m, publicity, await directory.TreeAsync(ct), names);
    }

    private static TypicalModelView View(TypicalModel m, IEnumerable<TypicalModelPublicity> publicity, OrganizationTree tree, IReadOnlyDictionary<long, PersonInfo> names) => new(
        m.Id, m.Kind, TypicalModelRule.KindName(m.Kind), m.PersonId,
        m.PersonId is { } p ? names.GetValueOrDefault(p)?.Name ?? $"#{p}" : tree.NameOf(m.OrganizationId),
        m.OrganizationId, tree.NameOf(m.OrganizationId), SectorGuidance.SectorName(tree.SectorOf(m.OrganizationId)), m.Title,
        m.SetUpByOrganizationId, tree.NameOf(m.SetUpByOrganizationId), m.SetUpOn, m.Story, m.StoryCharacters,
        [.. publicity.OrderBy(x => x.HeldOn).ThenBy(x => x.Id).Select(x => new PublicityView(x.Id, x.Form, TypicalModelRule.FormName(x.Form), x.HeldOn, x.Note))],
        m.RecordedBy, m.RecordedAt, m.Version);
}
