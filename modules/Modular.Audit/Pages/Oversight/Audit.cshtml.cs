using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Modular.Modules;
using Modular.Modules.Web;
using Modular.Sdk;
using Modular.Sdk.Web;

namespace Modular.Audit.Pages.Oversight;

/// <summary>Admins and auditors browse and filter the jurisdiction's audit log; dates are the jurisdiction's days.</summary>
[Authorize(Policy = Policies.AuditReader)]
internal sealed class AuditModel(AuditLog log, AuditEntryDescriber describer, AuditVocabulary vocabulary, IJurisdictionContext jurisdiction) : PageModel
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

    /// <summary>This list with another page, its filter kept: the shared pager's link.</summary>
    public string PageLink(int page) => Pager.For(Request, Result.Page, Result.PageCount, Result.Total).Link(page);

    private DateTimeOffset StartOf(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }
}
