namespace Modular.Host;

/// <summary>
/// Work of the start that can run beside the rest of it: run in order on one thread of its own, while the host goes on
/// (reads its key ring, builds its pipeline) on another.
/// <para>
/// The host's start is one chain of steps on one core (CPU time at ready equals wall time), so on a machine with two the
/// second core is idle. What runs here must be safe to make from any thread and must be something the chain will ask for
/// anyway: it waits for a piece still in the making, or makes it itself if this thread has not reached it. Two busy
/// threads each run about a third slower on a small machine, so this hides about half of the work, not all of it.
/// </para>
/// <para>
/// A thread of its own, not the thread pool: the chain's own continuations run on pool threads and must not queue
/// behind this work.
/// </para>
/// </summary>
public static class ParallelStart
{
    public static void Run(ILogger logger, params Action[] steps) =>
        new Thread(() =>
        {
            foreach (var step in steps)
            {
                try
                {
                    step();
                }
                catch (Exception ex)
                {
                    // A step reports its own failure where the chain reads its result (a plugin's API marks the plugin
                    // failed); this only keeps one step's failure from stopping the steps after it.
                    logger.LogDebug(ex, "A start step made in parallel failed");
                }
            }
        })
        { IsBackground = true, Name = "parallel start" }.Start();
}
