using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Modular.Plugins.InstituteBranchPlan;
using Modular.Plugins.InstituteBranchPlan.ReadingNotes;
using Modular.Plugins.InstituteBranchPlan.Study;
using Modular.Sdk.Scheduling;
using static Plugins.InstituteBranchPlan.Tests.Institute;

namespace Plugins.InstituteBranchPlan.Tests;

/// <summary>三(一)三 组织学习“三严三保” and 读书笔记、心得体会 as plain rules: every threshold at its boundary.</summary>
public sealed class StudyRuleTests
{
    private static InstituteRules Rules(Dictionary<string, string>? settings = null)
    {
        var manifest = Modular.Sdk.Manifest.PluginManifest.Load(Path.Combine(RepositoryPaths.Root, "plugins", "InstituteBranchPlan", "plugin.json"));
        return InstituteRules.From(new Modular.Sdk.Settings.PluginSettingValues(manifest.Settings, settings ?? []));
    }

    [Fact]
    public void The_study_and_note_settings_read_as_the_plan_with_the_software_s_own_defaults_where_it_gives_none()
    {
        var r = Rules();
        Assert.Equal((100, 100, 300, 1, 1, new DateOnly(2010, 12, 31)),
            (r.StudyAttendancePercent, r.StudyTimePercent, r.NoteMinCharacters, r.MinReadingNotes, r.MinReflections, r.NotesDue));
    }

    [Fact]
    public void Attendance_exactly_at_the_threshold_passes_and_one_short_is_flagged()
    {
        var all = Rules();
        Assert.True(StudyRule.AttendanceMet(all, 5, 5));    // 100% of 100%
        Assert.False(StudyRule.AttendanceMet(all, 4, 5));   // 80%
        var eighty = Rules(new() { ["study.attendancePercent"] = "80" });
        Assert.True(StudyRule.AttendanceMet(eighty, 4, 5));  // exactly 80%
        Assert.False(StudyRule.AttendanceMet(eighty, 3, 5)); // 60%
        Assert.True(StudyRule.AttendanceMet(eighty, 8, 10));
        Assert.False(StudyRule.AttendanceMet(eighty, 79, 100)); // 79%: just below
        Assert.False(StudyRule.AttendanceMet(eighty, 0, 0));   // nobody expected: nothing to ensure
        var twoThirds = Rules(new() { ["study.attendancePercent"] = "67" });
        Assert.False(StudyRule.AttendanceMet(twoThirds, 2, 3)); // 66.67% is below 67%, no rounding up
        Assert.Equal(66, StudyRule.Percent(2, 3));
    }

    [Fact]
    public void Time_exactly_at_the_threshold_passes_and_just_below_is_flagged()
    {
        var all = Rules();
        Assert.True(StudyRule.TimeMet(all, 2m, 2m));
        Assert.True(StudyRule.TimeMet(all, 2.5m, 2m));
        Assert.False(StudyRule.TimeMet(all, 1.99m, 2m));
        var ninety = Rules(new() { ["study.timePercent"] = "90" });
        Assert.True(StudyRule.TimeMet(ninety, 1.8m, 2m));   // exactly 90%
        Assert.False(StudyRule.TimeMet(ninety, 1.79m, 2m)); // 89.5%
        Assert.Equal(100, StudyRule.Percent(2m, 2m));
        Assert.Equal(89, StudyRule.Percent(1.79m, 2m));
    }

    [Fact]
    public void A_session_needs_a_subject_hours_readings_on_the_list_and_a_reason_for_each_absence()
    {
        var r = Rules();
        var members = new HashSet<long> { 1, 2, 3 };
        var list = StudyRule.DocumentReadings;
        Assert.Empty(StudyRule.Problems(r, "学习讲话", new(2010, 9, 10), 2, 2, [list[0]], [.. list], [(2, "出差")], members));
        var bad = StudyRule.Problems(r, " ", new(2011, 1, 1), 0, 30, ["别的文章"], [.. list], [(2, " ")], members);
        Assert.Equal(["absent", "actualHours", "heldOn", "plannedHours", "readings", "title"], bad.Keys.Order());
        Assert.Contains("absent", StudyRule.Problems(r, "x", new(2010, 9, 10), 2, 2, [], [.. list], [(9, "病假")], members).Keys);
        Assert.Contains("titles", StudyRule.ReadingProblems(["a", "a"]).Keys);
        Assert.Equal(3, StudyRule.DocumentReadings.Count);
    }

    [Fact]
    public void Notes_handed_in_on_the_due_day_are_on_time_and_the_day_after_late()
    {
        var r = Rules(new() { ["notes.due"] = "10-31", ["notes.minReflections"] = "2" });
        Assert.Equal(DueState.Done, ReadingNoteRule.StateOf(r, NoteKind.ReadingNote, [new(2010, 10, 31)], new(2010, 11, 5)));
        Assert.Equal(DueState.Late, ReadingNoteRule.StateOf(r, NoteKind.ReadingNote, [new(2010, 11, 1)], new(2010, 11, 5)));
        Assert.Equal(DueState.Pending, ReadingNoteRule.StateOf(r, NoteKind.ReadingNote, [], new(2010, 10, 31)));
        Assert.Equal(DueState.Missed, ReadingNoteRule.StateOf(r, NoteKind.ReadingNote, [], new(2010, 11, 1)));
        // Two reflections asked: met on the day of the second.
        Assert.Equal(DueState.Pending, ReadingNoteRule.StateOf(r, NoteKind.Reflection, [new(2010, 9, 20)], new(2010, 10, 1)));
        Assert.Equal(DueState.Late, ReadingNoteRule.StateOf(r, NoteKind.Reflection, [new(2010, 9, 20), new(2010, 11, 2)], new(2010, 11, 5)));
        Assert.Equal(1, ReadingNoteRule.OnTime(r, [new(2010, 10, 31), new(2010, 11, 1)]));
        // None asked: nothing owed.
        Assert.Equal(DueState.Done, ReadingNoteRule.StateOf(Rules(new() { ["notes.minReadingNotes"] = "0" }), NoteKind.ReadingNote, [], new(2011, 1, 1)));
    }
}

/// <summary>The branch's study sessions and the members' notes through the real host: figures, flags, permissions, 409.</summary>
public sealed class StudyTests(InstituteBranchPlanHost shared) : SharedHostTests<InstituteBranchPlanHost>(shared)
{
    private static object Session(long branchId, string title, decimal planned, decimal actual, object[]? absent = null, object[]? readings = null, int version = 0,
        string kind = "Session", string heldOn = "2010-09-08") =>
        new { branchId, kind, title, heldOn, plannedHours = planned, actualHours = actual, absent = absent ?? [], readings = readings ?? [], version };

    private static JsonElement BranchOf(JsonElement branches, long id) => branches.EnumerateArray().Single(b => b.GetProperty("branchId").GetInt64() == id);

    [Fact]
    public async Task The_branch_records_sessions_whose_attendance_and_time_at_the_threshold_pass_and_below_are_flagged()
    {
        var institute = await CreateAsync(Host, "ci");
        var branch = institute.Org["光栅室党支部"];
        var api = institute.Api(Plugin, "/study");
        var secretary = await Host.ApiClientAsync("ci-secretary");
        var readings = await JsonAsync(await secretary.GetAsync(institute.Api(Plugin, $"/branches/{branch}/required-readings")), HttpStatusCode.OK);
        Assert.False(readings.GetProperty("recorded").GetBoolean());
        var speech = readings.GetProperty("titles")[0].GetString()!;
        Assert.Contains("胡锦涛", speech);

        // The mobilization meeting: everyone there, the time planned kept, the speech covered by all present.
        var meeting = await JsonAsync(await secretary.PostAsJsonAsync($"{api}/sessions",
            Session(branch, "创先争优活动动员大会", 2, 2, readings: [new { title = speech }], kind: "Mobilization", heldOn: "2010-08-30")), HttpStatusCode.Created);
        Assert.Equal((5, 5, 100, 100, false), (meeting.GetProperty("expected").GetInt32(), meeting.GetProperty("attended").GetInt32(),
            meeting.GetProperty("attendancePercent").GetInt32(), meeting.GetProperty("timePercent").GetInt32(), meeting.GetProperty("flagged").GetBoolean()));
        Assert.Equal("Mobilization", meeting.GetProperty("kind").GetString());

        // One absent (with the reason) and half an hour short: 80% and 75%, flagged on both at the document's 100%.
        var absent = new object[] { new { personId = institute.People["李明"], reason = "出差" } };
        var shortOne = await JsonAsync(await secretary.PostAsJsonAsync($"{api}/sessions", Session(branch, "学习中科院文件", 2, 1.5m, absent)), HttpStatusCode.Created);
        Assert.Equal((80, 75, false, false, true), (shortOne.GetProperty("attendancePercent").GetInt32(), shortOne.GetProperty("timePercent").GetInt32(),
            shortOne.GetProperty("attendanceMet").GetBoolean(), shortOne.GetProperty("timeMet").GetBoolean(), shortOne.GetProperty("flagged").GetBoolean()));

        // An absence without a reason is refused; so is a reading not on the branch's list.
        var noReason = await JsonAsync(await secretary.PostAsJsonAsync($"{api}/sessions",
            Session(branch, "x", 2, 2, [new { personId = institute.People["李明"], reason = " " }])), HttpStatusCode.BadRequest);
        Assert.True(noReason.GetProperty("errors").TryGetProperty("absent", out _));
        var unknown = await JsonAsync(await secretary.PostAsJsonAsync($"{api}/sessions", Session(branch, "x", 2, 2, readings: [new { title = "别的文章" }])), HttpStatusCode.BadRequest);
        Assert.True(unknown.GetProperty("errors").TryGetProperty("readings", out _));

        // At 80% attendance and 75% time, the same session sits exactly at both thresholds: it passes; just below would not.
        await Host.SetSwitchAsync(institute.Id, Plugin, enabled: true, new() { ["study.attendancePercent"] = "80", ["study.timePercent"] = "75" });
        var id = shortOne.GetProperty("id").GetInt64();
        var atThreshold = await JsonAsync(await secretary.GetAsync($"{api}/sessions/{id}"), HttpStatusCode.OK);
        Assert.False(atThreshold.GetProperty("flagged").GetBoolean());
        // Corrected to 1.4 hours studied (70%): flagged again; the correction from the old version is a conflict.
        var version = atThreshold.GetProperty("version").GetInt32();
        var corrected = await JsonAsync(await secretary.PutAsJsonAsync($"{api}/sessions/{id}", Session(branch, "学习中科院文件", 2, 1.4m, absent, version: version)), HttpStatusCode.OK);
        Assert.True(corrected.GetProperty("flagged").GetBoolean());
        Assert.False(corrected.GetProperty("timeMet").GetBoolean());
        Assert.True(corrected.GetProperty("attendanceMet").GetBoolean());
        await JsonAsync(await secretary.PutAsJsonAsync($"{api}/sessions/{id}", Session(branch, "学习中科院文件", 2, 2, absent, version: version)), HttpStatusCode.Conflict);

        // The branch at a glance: both sessions, one flagged; the speech covered by all five, present at the meeting.
        var all = BranchOf(await JsonAsync(await secretary.GetAsync(api), HttpStatusCode.OK), branch);
        Assert.Equal(2, all.GetProperty("sessions").GetArrayLength());
        Assert.Equal(1, all.GetProperty("flagged").GetInt32());
        Assert.Equal(1, all.GetProperty("readingsCovered").GetInt32());
        var speechLine = all.GetProperty("coverage").EnumerateArray().First();
        Assert.True(speechLine.GetProperty("covered").GetBoolean());
        Assert.Equal(5, speechLine.GetProperty("by").GetArrayLength());
        var li = all.GetProperty("members").EnumerateArray().Single(m => m.GetProperty("name").GetString() == "李明");
        Assert.Equal((1, 1), (li.GetProperty("attended").GetInt32(), li.GetProperty("missed").GetInt32()));
    }

    [Fact]
    public async Task Only_those_who_run_the_branch_record_its_study_and_keep_its_readings_and_members_see_their_own()
    {
        var institute = await CreateAsync(Host, "ci");
        var branch = institute.Org["光栅室党支部"];
        var api = institute.Api(Plugin, "/study");
        var readingsApi = institute.Api(Plugin, $"/branches/{branch}/required-readings");
        var member = await Host.ApiClientAsync("ci-member");
        var deputy = await Host.ApiClientAsync("ci-deputy");
        var other = await Host.ApiClientAsync("ci-other");

        await JsonAsync(await member.PostAsJsonAsync($"{api}/sessions", Session(branch, "自学", 1, 1)), HttpStatusCode.Forbidden);
        await JsonAsync(await deputy.PostAsJsonAsync($"{api}/sessions", Session(branch, "学习", 1, 1)), HttpStatusCode.Forbidden);
        await JsonAsync(await member.PutAsJsonAsync(readingsApi, new { titles = new[] { "x" }, version = 0 }), HttpStatusCode.Forbidden);
        await JsonAsync(await other.GetAsync(readingsApi), HttpStatusCode.NotFound);

        // Once the leading group is recorded, its deputy runs the branch's study.
        var secretary = await Host.ApiClientAsync("ci-secretary");
        await JsonAsync(await secretary.PutAsJsonAsync(institute.Api(Plugin, $"/branches/{branch}/leading-group"),
            new { leaderId = institute.People["巴音"], deputyIds = new[] { institute.People["冯树龙"], institute.People["谭鑫"] }, version = 0 }), HttpStatusCode.OK);
        var list = await JsonAsync(await deputy.PutAsJsonAsync(readingsApi, new { titles = new[] { "胡锦涛在全党深入学习实践科学发展观活动总结大会上的讲话", "所动员大会精神", "光栅室创先争优实施方案" }, version = 0 }),
            HttpStatusCode.OK);
        Assert.True(list.GetProperty("recorded").GetBoolean());
        await JsonAsync(await secretary.PutAsJsonAsync(readingsApi, new { titles = new[] { "x" }, version = 0 }), HttpStatusCode.Conflict);
        var recorded = await JsonAsync(await deputy.PostAsJsonAsync($"{api}/sessions", Session(branch, "学习实施方案", 2, 2,
            [new { personId = institute.People["谭鑫"], reason = "病假" }], [new { title = "光栅室创先争优实施方案", personIds = new[] { institute.People["王强"] } }])), HttpStatusCode.Created);
        var id = recorded.GetProperty("id").GetInt64();
        // Who covered a reading must have been there.
        await JsonAsync(await deputy.PostAsJsonAsync($"{api}/sessions", Session(branch, "学习", 2, 2,
            [new { personId = institute.People["谭鑫"], reason = "病假" }], [new { title = "所动员大会精神", personIds = new[] { institute.People["谭鑫"] } }])), HttpStatusCode.BadRequest);

        // The member sees the session and the reading they covered; another branch's member sees neither it nor can correct it.
        var mine = await JsonAsync(await member.GetAsync($"{api}/mine"), HttpStatusCode.OK);
        Assert.Single(mine.GetProperty("sessions").EnumerateArray());
        Assert.Equal(["光栅室创先争优实施方案"], mine.GetProperty("covered").EnumerateArray().Select(c => c.GetString()));
        await JsonAsync(await other.GetAsync($"{api}/sessions/{id}"), HttpStatusCode.NotFound);
        await JsonAsync(await other.PutAsJsonAsync($"{api}/sessions/{id}", Session(branch, "改", 1, 1, version: 1)), HttpStatusCode.NotFound);
        await JsonAsync(await member.PutAsJsonAsync($"{api}/sessions/{id}", Session(branch, "改", 1, 1, version: 1)), HttpStatusCode.Forbidden);
        Assert.Empty((await JsonAsync(await other.GetAsync($"{api}/mine"), HttpStatusCode.OK)).GetProperty("sessions").EnumerateArray());
        Assert.DoesNotContain((await JsonAsync(await other.GetAsync(api), HttpStatusCode.OK)).EnumerateArray(), b => b.GetProperty("branchId").GetInt64() == branch);
        var ledger = await institute.OfficeApi.GetAsync(institute.Api(Plugin, "/ledgers/study"));
        Assert.Equal(HttpStatusCode.OK, ledger.StatusCode);
    }

    [Fact]
    public async Task Members_write_notes_and_reflections_of_the_minimum_length_and_the_branch_sees_who_is_short()
    {
        var institute = await CreateAsync(Host, "ci");
        var branch = institute.Org["光栅室党支部"];
        var api = institute.Api(Plugin, "/reading-notes");
        var member = await Host.ApiClientAsync("ci-member");
        var secretary = await Host.ApiClientAsync("ci-secretary");

        // 299 characters (spaces and line breaks not counted) is refused; 300 is enough.
        var body = new string('学', 299);
        var refused = await JsonAsync(await member.PostAsJsonAsync(api, new { kind = "ReadingNote", body = body + "  \n " }), HttpStatusCode.BadRequest);
        Assert.NotEmpty(refused.GetProperty("errors").EnumerateObject());
        var note = await JsonAsync(await member.PostAsJsonAsync(api, new { kind = "ReadingNote", title = "读《讲话》", body = body + " 习" }), HttpStatusCode.Created);
        Assert.Equal(300, note.GetProperty("characters").GetInt32());
        Assert.True(note.GetProperty("onTime").GetBoolean());

        var members = BranchOf(await JsonAsync(await secretary.GetAsync(api), HttpStatusCode.OK), branch).GetProperty("members").EnumerateArray()
            .ToDictionary(m => m.GetProperty("name").GetString()!);
        Assert.False(members["王强"].GetProperty("readingNotes").GetProperty("short").GetBoolean());
        Assert.True(members["王强"].GetProperty("reflections").GetProperty("short").GetBoolean());
        Assert.True(members["王强"].GetProperty("short").GetBoolean());
        Assert.True(members["李明"].GetProperty("short").GetBoolean());

        // A member does not hand one in for a colleague; the branch records one written on paper.
        await JsonAsync(await member.PostAsJsonAsync(api, new { kind = "Reflection", body = body + "体", personId = institute.People["李明"] }), HttpStatusCode.Forbidden);
        await JsonAsync(await secretary.PostAsJsonAsync(api, new { kind = "Reflection", body = body + "体", personId = institute.People["李明"] }), HttpStatusCode.Created);
        await JsonAsync(await member.PostAsJsonAsync(api, new { kind = "Reflection", body = body + "会" }), HttpStatusCode.Created);
        var mine = await JsonAsync(await member.GetAsync($"{api}/mine"), HttpStatusCode.OK);
        Assert.False(mine.GetProperty("counts").GetProperty("short").GetBoolean());
        Assert.Equal(2, mine.GetProperty("notes").GetArrayLength());
        var other = await Host.ApiClientAsync("ci-other");
        Assert.DoesNotContain((await JsonAsync(await other.GetAsync(api), HttpStatusCode.OK)).EnumerateArray(), b => b.GetProperty("branchId").GetInt64() == branch);
        Assert.Equal(HttpStatusCode.OK, (await institute.OfficeApi.GetAsync(institute.Api(Plugin, "/ledgers/reading-notes"))).StatusCode);
    }

    [Fact]
    public async Task A_note_handed_in_on_the_due_day_is_on_time_and_the_next_day_late_in_Beijing()
    {
        var institute = await CreateAsync(Host, "ci");
        await Host.SetSwitchAsync(institute.Id, Plugin, enabled: true, new() { ["notes.due"] = "10-31" });
        var api = institute.Api(Plugin, "/reading-notes");
        var body = new string('读', 300);
        Clock.Now = InstituteBranchPlanHost.Beijing(2010, 10, 31, 23, 54); // 23:54 Beijing on the due day (15:54 UTC)
        var member = await Host.ApiClientAsync("ci-member");
        var onTime = await JsonAsync(await member.PostAsJsonAsync(api, new { kind = "ReadingNote", body }), HttpStatusCode.Created);
        Assert.True(onTime.GetProperty("onTime").GetBoolean());
        Clock.Now = InstituteBranchPlanHost.Beijing(2010, 11, 1, 0, 10); // 00:10 Beijing the next day (still 10-31 in UTC)
        var late = await JsonAsync(await member.PostAsJsonAsync(api, new { kind = "Reflection", body }), HttpStatusCode.Created);
        Assert.False(late.GetProperty("onTime").GetBoolean());
        var counts = (await JsonAsync(await member.GetAsync($"{api}/mine"), HttpStatusCode.OK)).GetProperty("counts");
        Assert.Equal("Done", counts.GetProperty("readingNotes").GetProperty("state").GetString());
        Assert.Equal("Late", counts.GetProperty("reflections").GetProperty("state").GetString());
        Assert.Equal(0, counts.GetProperty("reflections").GetProperty("onTime").GetInt32());
    }

    [Fact]
    public async Task The_secretary_records_a_session_and_a_member_hands_in_a_note_through_the_pages()
    {
        var institute = await CreateAsync(Host, "ci");
        var branch = institute.Org["光栅室党支部"];
        var li = institute.People["李明"].ToString();
        var secretary = await Host.BrowserClientAsync("ci-secretary");
        var study = institute.Page(Plugin, "/Study");
        Dictionary<string, string> Form(string reason) => new()
        {
            ["BranchId"] = branch.ToString(), ["Kind"] = "Session", ["Title"] = "学习胡锦涛总书记重要讲话", ["HeldOn"] = "2010-09-08",
            ["PlannedHours"] = "2", ["ActualHours"] = "2", ["Place"] = "会议室", ["AbsentIds"] = li, [$"Reasons[{li}]"] = reason,
            ["Covered"] = StudyRule.DocumentReadings[0],
        };
        var refused = await TestHost.SubmitFormAsync(secretary, study, Form(""));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("缺席须说明原因", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        var saved = await TestHost.SubmitFormAsync(secretary, study, Form("出差"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var session = BranchOf(await JsonAsync(await institute.OfficeApi.GetAsync(institute.Api(Plugin, "/study")), HttpStatusCode.OK), branch).GetProperty("sessions")[0];
        Assert.Equal((4, 5, true), (session.GetProperty("attended").GetInt32(), session.GetProperty("expected").GetInt32(), session.GetProperty("flagged").GetBoolean()));
        Assert.Contains(session.GetProperty("attendance").EnumerateArray(), a => a.GetProperty("name").GetString() == "李明" && a.GetProperty("absenceReason").GetString() == "出差");
        Assert.Equal(4, session.GetProperty("readings")[0].GetProperty("personIds").GetArrayLength());
        var page = WebUtility.HtmlDecode(await secretary.GetStringAsync(study));
        Assert.Contains("未达要求", page);
        Assert.Contains("李明（出差）", page);
        Assert.Contains("Below the rule", await secretary.GetStringAsync(study + "?culture=en"));

        var member = await Host.BrowserClientAsync("ci-member");
        var notes = institute.Page(Plugin, "/ReadingNotes");
        var tooShort = await TestHost.SubmitFormAsync(member, notes, new() { ["Kind"] = "Reflection", ["Body"] = "学习体会", ["Date"] = "2010-09-10" });
        Assert.Equal(HttpStatusCode.OK, tooShort.StatusCode);
        var handedIn = await TestHost.SubmitFormAsync(member, notes, new() { ["Kind"] = "Reflection", ["Title"] = "心得", ["Body"] = new string('悟', 300), ["Date"] = "2010-09-10" });
        Assert.Equal(HttpStatusCode.Redirect, handedIn.StatusCode);
        Assert.Contains("心得体会 1/1", WebUtility.HtmlDecode(await member.GetStringAsync(notes)));
        Assert.Contains("王强", WebUtility.HtmlDecode(await secretary.GetStringAsync(notes)));
    }

    [Fact]
    public async Task Every_member_owes_notes_and_reflections_by_the_due_day_in_theHost_s_calendar()
    {
        var institute = await CreateAsync(Host, "ci");
        var member = await Host.ApiClientAsync("ci-member");
        await JsonAsync(await member.PostAsJsonAsync(institute.Api(Plugin, "/reading-notes"), new { kind = "ReadingNote", body = new string('学', 300) }), HttpStatusCode.Created);

        async Task<List<JsonElement>> OwedAsync(string type) =>
            (await JsonAsync(await institute.OfficeApi.GetAsync($"/api/j/ci/obligations?type={type}&from=2010-01-01&to=2010-12-31&pageSize=100"), HttpStatusCode.OK))
                .GetProperty("items").EnumerateArray().ToList();
        var notes = await OwedAsync("institute-branch-plan.reading-note");
        Assert.Equal(7, notes.Count); // every member of both branches
        Assert.All(notes, o => Assert.Equal("2010-12-31", o.GetProperty("dueOn").GetString()));
        Assert.Equal("done", notes.Single(o => o.GetProperty("obligedId").GetInt64() == institute.People["王强"]).GetProperty("status").GetString());
        Assert.Equal("pending", notes.Single(o => o.GetProperty("obligedId").GetInt64() == institute.People["李明"]).GetProperty("status").GetString());
        var reflections = await OwedAsync("institute-branch-plan.reflection");
        Assert.Equal("pending", reflections.Single(o => o.GetProperty("obligedId").GetInt64() == institute.People["王强"]).GetProperty("status").GetString());
    }
}
