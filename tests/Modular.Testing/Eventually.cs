namespace Modular.Testing;

/// <summary>Waiting for something another process or a background service does, with a deadline and a clear failure.</summary>
public static class Eventually
{
    /// <summary>Asks <paramref name="condition"/> every 100 ms until it holds; fails with <paramref name="failure"/> after <paramref name="within"/>.</summary>
    public static async Task TrueAsync(Func<Task<bool>> condition, TimeSpan within, Func<string> failure)
    {
        var deadline = DateTime.UtcNow + within;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException(failure());
            await Task.Delay(100);
        }
    }
}
