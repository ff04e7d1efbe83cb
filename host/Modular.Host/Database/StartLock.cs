namespace Modular.Host.Database;

/// <summary>
/// An exclusive lock file, so two processes starting the same cluster at once do not both run
/// initdb or pg_ctl start. Released on dispose.
/// </summary>
internal sealed class StartLock : IDisposable
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(100);
    private readonly FileStream? _stream;

    private StartLock(FileStream? stream) => _stream = stream;

    /// <summary>Waits for the lock; if the folder is not writable for us, goes ahead unlocked.</summary>
    public static async Task<StartLock> AcquireAsync(string path, TimeSpan timeout, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                // FileShare.None takes an exclusive flock() on Unix, dropped by the OS if we die.
                return new StartLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (UnauthorizedAccessException)
            {
                return new StartLock(null);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(RetryDelay, ct);
            }
            catch (IOException e)
            {
                throw new EmbeddedPostgresException($"Another process held {path} for over {timeout.TotalSeconds:0} s while starting the same cluster.", e);
            }
        }
    }

    public void Dispose() => _stream?.Dispose();
}
