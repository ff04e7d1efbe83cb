namespace Modular.Plugins.BannerThirdBatch.Demo;

/// <summary>
/// The campaign as 阿拉善右旗 (<c>alxa-right</c>) runs it this year beside six-ones: each sumu/town and its gacha and communities
/// chose their own starts, and their work so far is recorded through the plugin's own services as the banner office and the
/// towns would have — some units done, some consolidating, a few overrun or not started — so a first run's pages, ledgers and
/// calendars have something to show. Each item adds its acts in its own part of this class.
/// </summary>
public sealed partial class BannerThirdBatchDemo : IDemoContribution
{
    public const string Office = "alxa-right-admin";

    public IReadOnlyList<string> IssuedIn { get; } = ["alxa-right"];

    public IReadOnlyDictionary<string, string?> Settings(DateOnly today) => new Dictionary<string, string?>();

    public async Task SeedAsync(IDemoSeeding demo, CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.MinValue;
        IReadOnlyList<Units.Unit> units = [];
        await demo.AsAsync(Office, async services =>
        {
            units = await services.GetRequiredService<Units.ThirdBatchUnits>().AllAsync(cancellationToken);
            now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        });
        await demo.PlayAsync(ScheduleActs(demo, units, cancellationToken)
            .Concat(PlanActs(demo, units, cancellationToken))
            .Concat(OutreachActs(demo, units, cancellationToken))
            .Concat(SessionsActs(demo, units, cancellationToken))
            .Concat(AssistanceActs(demo, units, cancellationToken))
            .Concat(StrugglingActs(demo, units, cancellationToken))
            .Concat(SystemsActs(demo, units, cancellationToken))
            .Concat(OversightActs(demo, units, cancellationToken))
            .Concat(PublicityActs(demo, units, cancellationToken)), now, cancellationToken);
    }
}
