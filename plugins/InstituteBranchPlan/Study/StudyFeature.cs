namespace Modular.Plugins.InstituteBranchPlan.Study;

/// <summary>三(一)三 组织学习，“三严三保”: the branch's sessions (and its mobilization meeting) with attendance, time and required readings.</summary>
public static class StudyFeature
{
    public static void Register(IPluginBuilder plugin)
    {
        plugin.Services.AddScoped<StudyService>();
        plugin.AddLedger<StudyService>("study", new("学习考勤台账", "Study attendance"),
            async (service, query, ct) => Result.Ok(Ledger(await service.BranchesAsync(ct))));
        plugin.AddMenuEntry(new MenuEntry(new("组织学习", "Study"), "/Study/Index", 20) { Group = InstituteBranchPlanStartup.Group });
    }

    public static void ConfigureModel(ModelBuilder b) => b.ApplyConfiguration(new StudyReadingListConfiguration());

    /// <summary>学习考勤台账: one row per session of each branch seen, with its figures and who was absent and why.</summary>
    public static LedgerDefinition Ledger(IReadOnlyList<BranchStudy> branches) => new(Text.Of("学习考勤台账", "Study attendance"),
        [new(Text.Of("党支部", "Branch"), Width: 20), new(Text.Of("日期", "Day"), LedgerColumnType.Date), new(Text.Of("类别", "Kind")), new(Text.Of("学习主题", "Subject"), Width: 40),
         new(Text.Of("地点", "Place")), new(Text.Of("应到", "Expected"), LedgerColumnType.Integer), new(Text.Of("实到", "Attended"), LedgerColumnType.Integer),
         new(Text.Of("出勤率（%）", "Attendance (%)"), LedgerColumnType.Integer), new(Text.Of("计划学时", "Planned hours"), LedgerColumnType.Decimal),
         new(Text.Of("实际学时", "Hours studied"), LedgerColumnType.Decimal), new(Text.Of("学时达成（%）", "Time (%)"), LedgerColumnType.Integer),
         new(Text.Of("达到要求", "Meets the rule"), LedgerColumnType.Boolean), new(Text.Of("缺席人员及原因", "Absent, and why"), Width: 40),
         new(Text.Of("学习篇目及学习人", "Readings covered, by whom"), Width: 60)],
        [.. from b in branches from s in b.Sessions
            select (IReadOnlyList<object?>)[b.Branch, s.HeldOn, s.KindName, s.Title, s.Place, s.Expected, s.Attended, s.AttendancePercent, s.PlannedHours, s.ActualHours,
                s.TimePercent, !s.Flagged, string.Join(Text.Of("；", "; "), s.Attendance.Where(a => !a.Attended).Select(a => $"{a.Name}（{a.AbsenceReason}）")),
                string.Join(Text.Of("；", "; "), s.Readings.Select(r => $"{r.Title}：{string.Join(Text.Of("、", ", "), r.Names)}"))]]);

    public static void Map(IEndpointRouteBuilder api)
    {
        var study = api.MapGroup("/study").WithTags("institute-branch-plan: study");
        study.MapGet("", async (StudyService service, CancellationToken ct) => Results.Ok(await service.BranchesAsync(ct)))
            .WithSummary("Each branch the caller sees: its required readings, this year's sessions with attendance %, time % and flags, readings covered and by whom, every member's line.");
        study.MapGet("/mine", async (StudyService service, CancellationToken ct) => Results.Ok(await service.MineAsync(ct)))
            .WithSummary("The signed-in member's sessions (attended or absent) and the readings they covered.");
        study.MapPost("/sessions", async (StudySessionInput input, StudyService service, CancellationToken ct) => (await service.RecordAsync(input, ct)).ToHttpResult())
            .WithSummary("The branch records a session or its mobilization meeting: every member expected, the absent with reasons, planned and actual hours, readings covered.");
        study.MapGet("/sessions/{id:long}", async (long id, StudyService service, CancellationToken ct) => (await service.FindAsync(id, ct)).ToHttpResult());
        study.MapPut("/sessions/{id:long}", async (long id, StudySessionInput input, StudyService service, CancellationToken ct) => (await service.UpdateAsync(id, input, ct)).ToHttpResult())
            .WithSummary("Corrects a session; send the version read (a stale one is 409).");
        var readings = api.MapGroup("/branches/{branchId:long}/required-readings").WithTags("institute-branch-plan: study");
        readings.MapGet("", async (long branchId, StudyService service, CancellationToken ct) => (await service.ReadingsAsync(branchId, ct)).ToHttpResult())
            .WithSummary("The branch's required readings (必读篇目): its own once saved, the document's until then (recorded: false).");
        readings.MapPut("", async (long branchId, ReadingListInput input, StudyService service, CancellationToken ct) =>
            (await service.SaveReadingsAsync(branchId, input, ct)).ToHttpResult())
            .WithSummary("Saves the branch's required readings; send the version read (0 the first time; a stale one is 409).");
    }
}
