using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Modular.Schedules.Rules;
using Modular.Sdk;
using Modular.Sdk.Core;
using Modular.Sdk.Scheduling;

namespace Modular.Schedules;

/// <summary>One thing on a calendar: a deadline (a whole day) or an event (a time and a length).</summary>
internal sealed record CalendarItem(string Kind, long Id, string Title, DateOnly Day, DateTimeOffset? StartsAt, decimal? Hours, string? Status);

/// <summary>
/// Calendars per person and per organization (deadlines and events), the RFC 5545 feed, and the
/// secret feed tokens: 32 random bytes shown once, kept only as a SHA-256 hash, revocable.
/// </summary>
internal sealed class CalendarService(SchedulesDbContext db, ObligationStore store, IJurisdictionContext jurisdiction, IObligationTypeNames typeNames, IRoster roster)
{
    public async Task<IReadOnlyList<CalendarItem>> ItemsAsync(long? personId, long? organizationId, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var zone = jurisdiction.Required.TimeZone;
        var items = new List<CalendarItem>();
        var obligations = await store.ListAsync(new ObligationFilter(PersonId: personId, OrganizationId: organizationId, From: from, To: to, Limit: 5000), ct);
        items.AddRange(await DeadlinesAsync(obligations, ct));

        var (start, end) = (Instant(from, zone), Instant(to.AddDays(1), zone));
        var events = db.Events.Where(e => e.StartsAt >= start && e.StartsAt < end);
        if (personId is { } p)
            events = events.Where(e => db.Attendance.Any(a => a.EventId == e.Id && a.PersonId == p));
        else if (organizationId is { } org)
            events = events.Where(e => e.OrganizationId == org);
        foreach (var e in await events.OrderBy(e => e.StartsAt).ToListAsync(ct))
            items.Add(new CalendarItem("event", e.Id, e.Title, ObligationStatusRules.LocalDate(e.StartsAt, zone), e.StartsAt, e.Hours, null));
        return items.OrderBy(i => i.Day).ThenBy(i => i.StartsAt).ToList();
    }

    /// <summary>
    /// A person's feed: three months back to a year ahead, and before that whatever is still open — overdue, as the
    /// plugins report it — so a subscribed phone shows what the workbench shows.
    /// </summary>
    public async Task<IReadOnlyList<CalendarItem>> FeedItemsAsync(long personId, DateOnly today, CancellationToken ct = default)
    {
        var from = today.AddMonths(-3);
        var open = await store.ListAsync(new ObligationFilter(PersonId: personId, To: from.AddDays(-1), OpenOnly: true, Limit: 5000), ct);
        return [.. await DeadlinesAsync(open, ct), .. await ItemsAsync(personId, null, from, today.AddMonths(12), ct)];
    }

    private async Task<IEnumerable<CalendarItem>> DeadlinesAsync(IReadOnlyList<ObligationView> obligations, CancellationToken ct)
    {
        var nameOf = await typeNames.LoadAsync(ct);
        return obligations.Where(o => o.DueOn is not null).Select(o => new CalendarItem("deadline", o.Id, nameOf(o.TypeKey), o.DueOn!.Value, null, null, o.Status));
    }

    private static DateTimeOffset Instant(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>A new feed token for a person on this jurisdiction's roster: the token (shown once) and its row id; null when there is no such person here.</summary>
    public async Task<(string Token, long Id)?> CreateTokenAsync(long personId, CancellationToken ct = default)
    {
        if (await roster.FindAsync(personId, ct) is null) return null;
        var bytes = RandomNumberGenerator.GetBytes(32);
        var token = Base64Url(bytes);
        var row = new CalendarToken { PersonId = personId, TokenHash = SHA256.HashData(bytes) };
        db.CalendarTokens.Add(row);
        await db.SaveChangesAsync(ct);
        return (token, row.Id);
    }

    /// <summary>Revokes a token; with <paramref name="personId"/>, only one of that person's (a member revoking their own).</summary>
    public async Task<bool> RevokeTokenAsync(long id, DateTimeOffset now, long? personId = null, CancellationToken ct = default) =>
        await db.CalendarTokens.Where(t => t.Id == id && t.RevokedAt == null && (personId == null || t.PersonId == personId))
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now), ct) > 0;

    public async Task<IReadOnlyList<CalendarToken>> TokensAsync(long personId, bool activeOnly = false, CancellationToken ct = default) =>
        await db.CalendarTokens.Where(t => t.PersonId == personId && (!activeOnly || t.RevokedAt == null)).OrderBy(t => t.Id).ToListAsync(ct);

    /// <summary>The bytes of a well-formed token (43 base64url characters), or null.</summary>
    public static byte[]? ParseToken(string token)
    {
        if (token.Length != 43 || token.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))) return null;
        try
        {
            var bytes = Convert.FromBase64String(token.Replace('-', '+').Replace('_', '/') + "=");
            return bytes.Length == 32 ? bytes : null;
        }
        catch (FormatException) { return null; }
    }

    public static byte[] HashToken(byte[] token) => SHA256.HashData(token);

    /// <summary>The first day of <paramref name="month"/> (<c>yyyy-MM</c>), or of today's month when it is missing or malformed.</summary>
    public static DateOnly MonthOf(string? month, DateOnly today) =>
        month is not null && DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var m)
            ? m : new DateOnly(today.Year, today.Month, 1);

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

/// <summary>RFC 5545 text: CRLF line endings, escaped text, lines folded at 75 octets, all-day deadlines as DTSTART;VALUE=DATE.</summary>
internal static class ICalendar
{
    public static string Write(string calendarName, IEnumerable<CalendarItem> items, string uidDomain, DateTimeOffset stamp)
    {
        var sb = new StringBuilder();
        void Line(string line) => Fold(sb, line);
        Line("BEGIN:VCALENDAR");
        Line("VERSION:2.0");
        Line("PRODID:-//Modular//Schedules//ZH");
        Line("CALSCALE:GREGORIAN");
        Line("METHOD:PUBLISH");
        Line("X-WR-CALNAME:" + Escape(calendarName));
        var dtstamp = stamp.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        foreach (var item in items)
        {
            Line("BEGIN:VEVENT");
            Line($"UID:{item.Kind}-{item.Id}@{uidDomain}");
            Line("DTSTAMP:" + dtstamp);
            if (item.StartsAt is { } at)
            {
                Line("DTSTART:" + at.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture));
                var end = at.AddHours((double)(item.Hours ?? 1));
                Line("DTEND:" + end.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture));
            }
            else
            {
                Line("DTSTART;VALUE=DATE:" + item.Day.ToString("yyyyMMdd", CultureInfo.InvariantCulture));
                Line("DTEND;VALUE=DATE:" + item.Day.AddDays(1).ToString("yyyyMMdd", CultureInfo.InvariantCulture));
            }
            Line("SUMMARY:" + Escape(item.Title));
            if (item.Status is { } status) Line("DESCRIPTION:" + Escape(status));
            Line("END:VEVENT");
        }
        Line("END:VCALENDAR");
        return sb.ToString();
    }

    /// <summary>TEXT escaping: backslash, semicolon, comma and newlines.</summary>
    public static string Escape(string text) =>
        text.Replace("\\", "\\\\").Replace(";", "\\;").Replace(",", "\\,").Replace("\r\n", "\\n").Replace("\n", "\\n").Replace("\r", "\\n");

    // Lines longer than 75 octets are folded: CRLF and a space, never inside a UTF-8 sequence.
    private static void Fold(StringBuilder sb, string line)
    {
        var octets = 0;
        var first = true;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > (first ? 75 : 74))
            {
                sb.Append("\r\n ");
                octets = 0;
                first = false;
            }
            sb.Append(rune.ToString());
            octets += size;
        }
        sb.Append("\r\n");
    }
}
