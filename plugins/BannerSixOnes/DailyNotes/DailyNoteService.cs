using Microsoft.EntityFrameworkCore;
using Modular.Plugins.BannerSixOnes.Common;
using Modular.Sdk.Blocks;
using Modular.Sdk.Core;
using Modular.Sdk.Scheduling;

namespace Modular.Plugins.BannerSixOnes.DailyNotes;

/// <summary>A note as the API and pages show it.</summary>
public sealed record DailyNoteView(long Id, long PersonId, DateOnly Day, string Body, int Characters, decimal Hours, DateTimeOffset SubmittedAt);

/// <summary>
/// 每日学习笔记: a member writes their own note for a day (or their branch secretary / the office
/// transcribes it from the paper notebook). Refused for future days, days outside the campaign,
/// days of a quarter whose inspection is closed for the member's branch, and texts shorter than
/// dailyNote.minChars (the SDK's “还差 N 字”).
/// </summary>
public sealed class DailyNoteService(
    SixOnesCampaign campaign, ICurrentUser user, IRoster roster, ICountedTexts texts, NotesDbContext db,
    InspectionLocks locks, IObligationRecords obligations)
{
    public static readonly BlockKind Kind = new("banner-six-ones", "daily-note");
    public const string ObligationType = "six-ones.daily-note";

    public async Task<NoteOutcome<DailyNoteView>> SubmitAsync(long personId, DateOnly? day, string? body, decimal? hours, CancellationToken ct)
    {
        var rules = await campaign.RulesAsync(ct);
        var today = campaign.Today;
        if (await roster.FindAsync(personId, ct) is not { } member)
            return NoteOutcome<DailyNoteView>.Refused("personId", "没有这名党员。 / No such member.");
        if (!await user.MayActForPersonAsync(personId, ct))
            return NoteOutcome<DailyNoteView>.Forbidden("只能填写本人的学习笔记，或由所在支部书记、旗创先争优办代为录入。");
        if (day is not { } d)
            return NoteOutcome<DailyNoteView>.Refused("day", "请填写笔记日期。 / The day is required.");
        if (d > today)
            return NoteOutcome<DailyNoteView>.Refused("day", $"不能填写今天（{today:yyyy-MM-dd}）以后的笔记。 / Future days cannot be written.");
        if (!rules.IsDue(d))
            return NoteOutcome<DailyNoteView>.Refused("day", $"{d:yyyy-MM-dd} 不在活动期内（{rules.CampaignStart:yyyy-MM-dd} 至 {rules.CampaignEnd:yyyy-MM-dd}）。 / Outside the campaign.");
        var studyHours = hours ?? rules.DailyStudyHours;
        if (studyHours is < 0 or > 24)
            return NoteOutcome<DailyNoteView>.Refused("hours", "学习时长应在 0 至 24 小时之间。 / Hours must be 0–24.");
        if (await locks.ClosedForAsync(member.OrganizationId, d, ct) is not null)
            return NoteOutcome<DailyNoteView>.Refused("day", InspectionLocks.LockedMessage(Quarter.Containing(d)));

        var saved = await texts.SubmitAsync(new CountedTextInput(Kind, personId, d, body ?? "",
            PeriodKey: Quarter.Containing(d).Key, Hours: studyHours, MinimumCharacters: rules.DailyNoteMinChars)
            { ReviewedOneByOne = false }, ct); // the secretary judges a member's quarter at the inspection, not each note
        if (!saved.Succeeded)
        {
            var (field, messages) = saved.Errors.First();
            return NoteOutcome<DailyNoteView>.Refused(field, string.Join(" ", messages));
        }
        var text = saved.Value!;
        await RecordDayAsync(text, studyHours, ct);
        await obligations.RecordAsync(ObligationType, ObligedKind.Person, personId, d, $"note:{text.Id}", text.SubmittedAt, ct);
        return NoteOutcome<DailyNoteView>.Ok(new(text.Id, personId, d, text.Body, text.CharacterCount, studyHours, text.SubmittedAt));
    }

    // The plugin's narrow copy of the note (what the figures count); upserted, so submitting again repairs it.
    private Task RecordDayAsync(CountedTextInfo text, decimal hours, CancellationToken ct) =>
        db.Database.ExecuteSqlInterpolatedAsync($"""
            insert into six_ones.note_days (jurisdiction_id, person_id, day, text_id, hours, characters, submitted_at)
            values ({campaign.Jurisdiction.Id}, {text.AuthorPersonId}, {text.PeriodDate}, {text.Id}, {hours}, {text.CharacterCount}, {text.SubmittedAt})
            on conflict (jurisdiction_id, person_id, day) do update
               set text_id = excluded.text_id, hours = excluded.hours, characters = excluded.characters, submitted_at = excluded.submitted_at
            """, ct);

    /// <summary>The member's notes in a date range (the notebook); null when the caller may not read them.</summary>
    public async Task<IReadOnlyList<DailyNoteView>?> ListAsync(PersonInfo member, DateOnly from, DateOnly to, CancellationToken ct)
    {
        if (!await MayReadAsync(member, ct)) return null;
        var notes = await texts.ListAsync(new CountedTextQuery(Kind) { AuthorPersonId = member.Id, From = from, To = to }, ct);
        return [.. notes.Select(n => new DailyNoteView(n.Id, n.AuthorPersonId, n.PeriodDate, n.Body, n.CharacterCount, n.Hours ?? 0, n.SubmittedAt))];
    }

    public async Task<bool> MayReadAsync(PersonInfo member, CancellationToken ct) =>
        await user.PersonIdAsync(ct) == member.Id || await user.MaySeeOrganizationAsync(member.OrganizationId, ct);

    /// <summary>Days of the range that have a note (from the plugin's day rows).</summary>
    public async Task<HashSet<DateOnly>> DaysWithNotesAsync(long personId, DateOnly from, DateOnly to, CancellationToken ct) =>
        [.. await db.NoteDays.Where(n => n.PersonId == personId && n.Day >= from && n.Day <= to).Select(n => n.Day).ToListAsync(ct)];
}
