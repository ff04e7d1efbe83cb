namespace Modular.Sdk.Demo;

/// <summary>
/// One thing done in a demo: when, by which demo account, what (for the error if it is refused), and the
/// service call with its real checks. <see cref="Do"/> answers null when done, else why it was refused.
/// </summary>
public sealed record DemoAct(DateTimeOffset At, string Actor, string What, Func<IServiceProvider, Task<string?>> Do);

/// <summary>Plays a plugin's demo acts as its people would have done them, in the order they happened.</summary>
public static class DemoScript
{
    // A fresh scope (and so fresh DbContexts) now and then: what a scope tracks grows with every record saved.
    private const int ActsPerScope = 40;

    /// <summary>
    /// Runs the acts by time; a run of one person's acts shares a signed-in scope. Acts after now are left
    /// out (the campaign's later months have not happened yet). A refused act stops the demo with what,
    /// who, when and why: a demo that cannot play through its own rules is a bug in the demo or the rules.
    /// </summary>
    public static async Task PlayAsync(this IDemoSeeding demo, IEnumerable<DemoAct> acts, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var ordered = acts.Where(a => a.At <= now).OrderBy(a => a.At).ToList();
        for (var i = 0; i < ordered.Count;)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var actor = ordered[i].Actor;
            var run = ordered.Skip(i).TakeWhile(a => a.Actor == actor).Take(ActsPerScope).ToList();
            i += run.Count;
            await demo.AsAsync(actor, async services =>
            {
                foreach (var act in run)
                    await demo.AtAsync(act.At, async () =>
                    {
                        if (await act.Do(services) is { } refusal)
                            throw new InvalidOperationException($"Demo of {demo.Jurisdiction.Code}: \"{act.What}\" by {actor} at {act.At:u} was refused: {refusal}");
                    });
            });
        }
    }
}
