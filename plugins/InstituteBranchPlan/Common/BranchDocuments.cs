using System.Runtime.CompilerServices;
using Modular.Plugins.InstituteBranchPlan.LeadingGroup;

namespace Modular.Plugins.InstituteBranchPlan.Common;

/// <summary>
/// A kind of document every branch writes once a year in named parts (its implementation plan, its year-end summary): the
/// SDK's versioned document, the obligation it meets when final, the day it is due and what the document calls it.
/// </summary>
public sealed record BranchDocumentKind(BlockKind Block, ObligationType Obligation, IReadOnlyList<(string Key, LocalizedText Heading)> Parts,
    Func<InstituteRules, DateOnly> Due, LocalizedText Name);

/// <summary>A branch's document of the year: its parts, every version with its note, its state against the due day.</summary>
public sealed record BranchDocumentView(long BranchId, string Branch, DocumentInfo? Document, IReadOnlyDictionary<string, string> Parts,
    IReadOnlyList<DocumentVersion> History, DueState State, DateOnly Due);

/// <summary>
/// Drafting, revising (by the version read: a stale one is a conflict) and finalizing (定稿) a branch's document; the branch
/// (its leading group) writes, its members and those above read. One way for every such document of the plan.
/// </summary>
public sealed class BranchDocuments(IVersionedDocuments documents, BranchOffice office, InstituteBranchPlanCampaign campaign, IObligationRecords obligations)
{
    public async Task<Result<BranchDocumentView>> ReadAsync(BranchDocumentKind kind, long branchId, CancellationToken ct)
    {
        if (await office.FindReadableBranchAsync(branchId, ct) is not { } branch) return Refuse.NotFound(BranchOffice.NoBranch(branchId));
        var rules = await campaign.RulesAsync(ct);
        var document = await OfTheYearAsync(kind, branchId, rules, ct);
        var history = document is null ? [] : await documents.HistoryAsync(document.Id, ct);
        var finalOn = document?.FinalizedAt is { } at ? campaign.LocalDay(at) : (DateOnly?)null;
        var due = kind.Due(rules);
        return Result.Ok(new BranchDocumentView(branch.Id, branch.Name, document, DocumentParts.Parse(kind.Parts, document?.Body), history,
            DueStates.Of(due, finalOn, campaign.Today), due));
    }

    /// <summary>The first draft (version 0) or the next version; refused once final.</summary>
    public async Task<Result<BranchDocumentView>> SaveAsync(BranchDocumentKind kind, long branchId, IReadOnlyDictionary<string, string?> parts, int version,
        string? note, CancellationToken ct)
    {
        var current = await ReadAsync(kind, branchId, ct);
        if (!current.Succeeded) return current;
        if (!await office.MayRunAsync(branchId, ct))
            return Refuse.Forbidden(Text.Of($"只有党支部（领导小组）可以起草{kind.Name.ZhCn}。", $"Only the branch (its leading group) drafts {kind.Name.En}."));
        var errors = DocumentParts.Problems(kind.Parts, parts);
        if (errors.Count > 0) return Refuse.Fields(errors);
        var body = DocumentParts.Compose(kind.Parts, parts);
        var rules = await campaign.RulesAsync(ct);
        var saved = current.Value!.Document is { } document
            ? await documents.ReviseAsync(document.Id, body, version, Entered.Text(note), ct)
            : version != 0 ? Refuse.Conflict()
            : await documents.CreateAsync(new DocumentInput(kind.Block, $"{rules.PeriodKey} {current.Value.Branch}{kind.Name.ZhCn}", body, OrganizationId: branchId), ct);
        return saved.Succeeded ? await ReadAsync(kind, branchId, ct) : Refuse.As(saved);
    }

    /// <summary>定稿: the version read becomes the branch's document; the branch's obligation is met that moment.</summary>
    public async Task<Result<BranchDocumentView>> FinalizeAsync(BranchDocumentKind kind, long branchId, int version, CancellationToken ct)
    {
        var current = await ReadAsync(kind, branchId, ct);
        if (!current.Succeeded) return current;
        if (!await office.MayRunAsync(branchId, ct))
            return Refuse.Forbidden(Text.Of($"只有党支部（领导小组）可以为{kind.Name.ZhCn}定稿。", $"Only the branch (its leading group) finalizes {kind.Name.En}."));
        if (current.Value!.Document is not { } document) return Refuse.Field("version", Text.Of("还没有草稿。", "There is no draft yet."));
        var final = await documents.FinalizeAsync(document.Id, version, ct);
        if (!final.Succeeded) return Refuse.As(final);
        var rules = await campaign.RulesAsync(ct);
        await obligations.RecordAsync(kind.Obligation.Key, ObligedKind.Organization, branchId, rules.Start, $"{kind.Block.Kind}:{document.Id}", final.Value!.FinalizedAt!.Value, ct);
        return await ReadAsync(kind, branchId, ct);
    }

    /// <summary>Each branch owes the document by its day, met the moment it became final (for the core's calendars and compliance).</summary>
    public static async IAsyncEnumerable<ObligationDue> DuesAsync(BranchDocumentKind kind, InstituteRules rules, IVersionedDocuments documents, IOrganizationDirectory directory,
        [EnumeratorCancellation] CancellationToken ct)
    {
        var finals = (await documents.ListAsync(kind.Block, cancellationToken: ct))
            .Where(d => d.FinalizedAt is not null && d.OrganizationId is not null && d.Title.StartsWith(rules.PeriodKey, StringComparison.Ordinal))
            .ToDictionary(d => d.OrganizationId!.Value);
        foreach (var branch in (await directory.TreeAsync(ct)).All.Where(o => o.Kind == OrganizationKind.Branch))
        {
            var due = new ObligationDue(kind.Obligation.Key, ObligedKind.Organization, branch.Id, rules.Start, kind.Due(rules));
            yield return finals.TryGetValue(branch.Id, out var final) ? due with { MetAt = final.FinalizedAt, RecordRef = $"{kind.Block.Kind}:{final.Id}" } : due;
        }
    }

    private async Task<DocumentInfo?> OfTheYearAsync(BranchDocumentKind kind, long branchId, InstituteRules rules, CancellationToken ct) =>
        (await documents.ListAsync(kind.Block, branchId, cancellationToken: ct)).LastOrDefault(d => d.Title.StartsWith(rules.PeriodKey, StringComparison.Ordinal));
}

/// <summary>What the page's card of a branch document needs: the document, its kind, whether the user writes it, and the page's handlers.</summary>
public sealed record BranchDocumentCard(BranchDocumentView View, BranchDocumentKind Kind, bool Runs, Func<DateTimeOffset, DateTime> Local,
    Func<string, string?> ErrorFor, string SaveHandler, string FinalHandler);
