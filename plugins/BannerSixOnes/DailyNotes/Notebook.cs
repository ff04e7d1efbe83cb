using Modular.Plugins.BannerSixOnes.Common;

namespace Modular.Plugins.BannerSixOnes.DailyNotes;

public enum NoteDayState { Outside, Future, Done, Missing }

/// <param name="Locked">The day's quarter inspection is closed for the member's branch: no more writing.</param>
public sealed record NotebookDay(DateOnly Day, NoteDayState State, bool Locked);

/// <summary>A member's month in the notebook: each day done / missing / future / outside the campaign, and whether it is locked.</summary>
public sealed record NotebookMonth(long PersonId, string Name, DateOnly Month, DateOnly Today, IReadOnlyList<NotebookDay> Days)
{
    public int Done => Days.Count(d => d.State == NoteDayState.Done);
    public int Missing => Days.Count(d => d.State == NoteDayState.Missing);
}

/// <summary>The notebook's calendar (学习笔记本): one month of one member.</summary>
public sealed class Notebook(SixOnesCampaign campaign, DailyNoteService notes, InspectionLocks locks)
{
    /// <summary>A month (<c>2011-06</c>; default this month) of the member named, else of the caller.</summary>
    public async Task<Result<NotebookMonth>> MonthAsync(long? personId, string? month, CancellationToken ct)
    {
        if (await notes.MemberAsync(personId, ct) is not { } member) return DailyNoteService.NoSuchMember;
        DateOnly first;
        if (month is null) first = campaign.Today;
        else if (!DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", out first)) return Refuse.Field("month", Text.Of("月份格式应为 2011-06。", "Give the month as 2011-06."));
        return await MonthAsync(member, first, ct);
    }

    public async Task<Result<NotebookMonth>> MonthAsync(PersonInfo member, DateOnly month, CancellationToken ct)
    {
        if (!await notes.MayReadAsync(member, ct)) return DailyNoteService.NotYoursToRead;
        var rules = await campaign.RulesAsync(ct);
        var today = campaign.Today;
        var first = new DateOnly(month.Year, month.Month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        var written = await notes.DaysWithNotesAsync(member.Id, first, last, ct);
        var locked = await locks.ClosedForAsync(member.OrganizationId, first, ct) is not null; // a month lies in one quarter
        var days = new List<NotebookDay>();
        for (var d = first; d <= last; d = d.AddDays(1))
        {
            var state = !rules.IsDue(d) ? NoteDayState.Outside : written.Contains(d) ? NoteDayState.Done : d > today ? NoteDayState.Future : NoteDayState.Missing;
            days.Add(new NotebookDay(d, state, locked && rules.IsDue(d)));
        }
        return Result<NotebookMonth>.Ok(new NotebookMonth(member.Id, member.Name, first, today, days));
    }
}
