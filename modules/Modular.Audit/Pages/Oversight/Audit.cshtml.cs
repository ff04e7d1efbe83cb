using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Modular.Modules;
using Modular.Sdk;

namespace Modular.Audit.Pages.Oversight;

/// <summary>Admins and auditors browse and filter the jurisdiction's audit log; dates are the jurisdiction's days.</summary>
[Authorize(Policy = Policies.AuditReader)]
internal sealed class AuditModel(AuditLog log, AuditEntryDescriber describer, AuditVocabulary vocabulary, IJurisdictionContext jurisdiction, Modular.Sdk.Core.ICurrentUser reader) : PageModel
{
    public AuditFilter Filter { get; private set; } = new();
    public ListPage<AuditEntry> Result { get; private set; } = null!;
    /// <summary>The page's entries in words.</summary>
    public IReadOnlyList<AuditEntryView> Entries { get; private set; } = [];
    /// <summary>The kinds of record to filter by: every labelled table, by its name.</summary>
    public IReadOnlyList<(string Entity, string Name)> Kinds { get; private set; } = [];
    public TimeZoneInfo Zone => jurisdiction.Required.TimeZone;
    public string? FromDate { get; private set; }
    public string? ToDate { get; private set; }

    public async Task OnGetAsync(string? entity, string? user, AuditAction? action, DateOnly? from, DateOnly? to, int? page, CancellationToken ct)
    {
        (FromDate, ToDate) = (from?.ToString("yyyy-MM-dd"), to?.ToString("yyyy-MM-dd"));
        Filter = new AuditFilter
        {
            Entity = string.IsNullOrWhiteSpace(entity) ? null : entity.Trim(),
            UserName = string.IsNullOrWhiteSpace(user) ? null : user.Trim(),
            Action = action,
            From = from is { } f ? StartOf(f) : null,
            To = to is { } t ? StartOf(t.AddDays(1)) : null, // "to" is inclusive for people: up to the end of that day
            Page = page ?? 1,
        };
        Result = await log.SearchAsync(jurisdiction.Required.Id, Filter, ct);
        Entries = await describer.DescribeAsync(Result.Items, ct);
        Kinds = [.. (await vocabulary.TablesAsync(ct)).Select(t => (t.Key, t.Value.Name.ToString())).OrderBy(k => k.Item2, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The record's page when the reader may open it: pages under <c>/office/</c> are the jurisdiction admins' (the host's
    /// folder convention), so an auditor reads those records' names without a link to a page that would refuse them.
    /// </summary>
    public string? LinkFor(AuditEntryView entry) =>
        entry.Link is { } link && (reader.IsJurisdictionAdmin || !link.Contains("/office/", StringComparison.Ordinal)) ? link : null;

    public string PageLink(int page)
    {
        var query = Request.Query.ToDictionary(q => q.Key, q => (string?)q.Value.ToString());
        query["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return QueryHelpers.AddQueryString(Request.Path, query);
    }

    private DateTimeOffset StartOf(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }
}
