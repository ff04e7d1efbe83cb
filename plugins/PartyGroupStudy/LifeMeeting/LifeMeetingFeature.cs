using Modular.Plugins.PartyGroupStudy.Common;

namespace Modular.Plugins.PartyGroupStudy.LifeMeeting;

/// <summary>四(二)2 专题民主生活会: the meeting with attendance, the speaking materials, criticism and self-criticism; the ledger 专题民主生活会台账.</summary>
public static class LifeMeetingFeature
{
    public static void Register(IPluginBuilder plugin)
    {
        plugin.Services.AddScoped<LifeMeetingService>();
        plugin.AddPlanSteps<LifeMeetingSteps>();
        plugin.AddMenuEntry(new MenuEntry(new("专题民主生活会", "Special life meeting"), "/LifeMeeting/Index", 22) { Group = PartyGroupStudyStartup.Group });
        plugin.AddLedger<LifeMeetingService>("life-meeting", new("专题民主生活会台账", "The special democratic life meeting"), async (service, query, ct) =>
        {
            var read = await service.ReadAsync(ct);
            return read.Succeeded ? Result.Ok(Ledger(read.Value!)) : Refuse.As(read);
        });
    }

    public static void ConfigureModel(ModelBuilder b)
    {
        var configuration = new LifeMeetingConfiguration();
        b.ApplyConfiguration<SpeakingMaterial>(configuration);
        b.ApplyConfiguration<MeetingCriticism>(configuration);
    }

    /// <summary>One row per material, self-criticism and criticism, the meeting's day on each.</summary>
    public static LedgerDefinition Ledger(MeetingView view) => new("专题民主生活会台账",
        [new("类别"), new("党组成员"), new("对象"), new("日期", LedgerColumnType.Date), new("是否出席"), new("内容", Width: 60)],
        [
            .. view.Members.Where(m => m.Text is not null).Select(m => (IReadOnlyList<object?>)["发言材料", m.Member, null, m.WrittenOn, m.Attended ? "出席" : "缺席", m.Text]),
            .. view.Criticisms.Select(c => (IReadOnlyList<object?>)[c.ToPersonId is null ? "自我批评" : "批评", c.From, c.To, view.Meeting?.HeldOn,
                view.Members.FirstOrDefault(m => m.PersonId == c.FromPersonId)?.Attended == true ? "出席" : "缺席", c.Text]),
        ]);

    /// <summary><c>/api/j/{jurisdiction}/party-group-study/life-meeting</c>.</summary>
    public static void Map(IEndpointRouteBuilder api)
    {
        var meeting = api.MapGroup("/life-meeting").WithTags("party-group-study: special democratic life meeting");
        meeting.MapGet("", async (LifeMeetingService service, CancellationToken ct) => (await service.ReadAsync(ct)).ToHttpResult())
            .WithSummary("The year's meeting with attendance, each member's speaking material and the criticism and self-criticism.");
        meeting.MapPut("", async (MeetingInput input, LifeMeetingService service, CancellationToken ct) => (await service.HoldAsync(input, ct)).ToHttpResult())
            .WithSummary("The office records the meeting, or corrects it at the version read (a stale one is 409).");
        meeting.MapPut("/materials", async (MaterialInput input, LifeMeetingService service, CancellationToken ct) => (await service.SaveMaterialAsync(input, ct)).ToHttpResult())
            .WithSummary("A member's speaking material; correcting it needs the version read (a stale one, or a second without it, is 409).");
        meeting.MapPost("/criticisms", async (CriticismInput input, LifeMeetingService service, CancellationToken ct) => (await service.AddCriticismAsync(input, ct)).ToHttpResult())
            .WithSummary("A self-criticism (no toPersonId) or a criticism of another member, once the meeting was held.");
    }
}
