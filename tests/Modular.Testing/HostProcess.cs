using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;

namespace Modular.Testing;

/// <summary>
/// The host as IT staff run it: the built <c>Modular.Host.dll</c> in a process of its own, on a free loopback port,
/// against the database and plugins folder given. For what an in-process host cannot show: a process killed with
/// SIGKILL, its start time and resident memory. Disposing it stops it as systemd would (SIGTERM, then SIGKILL after 30 s).
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Queue<string> _output = new();

    private HostProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    /// <summary>The host's build in the configuration the caller was built in (Debug for tests, Release for benchmarks).</summary>
    public static string BuiltHostDll
    {
        get
        {
            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
            var dll = Path.Combine(RepositoryPaths.Root, "host", "Modular.Host", "bin", configuration, "net10.0", "Modular.Host.dll");
            return File.Exists(dll) ? dll : throw new InvalidOperationException($"Build the host first: {dll} is missing.");
        }
    }

    public Uri Address { get; }

    /// <summary>From process start to the first 200 of <c>/healthz/ready</c>.</summary>
    public TimeSpan Ready { get; private set; }

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>The last 40 lines the host wrote, for failure messages.</summary>
    public string Output
    {
        get { lock (_output) return string.Join('\n', _output); }
    }

    /// <summary>
    /// Starts the host and waits until it is ready; <paramref name="args"/> are more command-line settings. Without a
    /// connection string the host runs its embedded PostgreSQL (give it <c>--Modular:DataDirectory</c>).
    /// </summary>
    public static async Task<HostProcess> StartAsync(string? connectionString, string pluginsDirectory, IEnumerable<string>? args = null, TimeSpan? readyWithin = null)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(BuiltHostDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] database = connectionString is null ? [] : [$"--ConnectionStrings:Modular={connectionString}"];
        foreach (var a in new[] { BuiltHostDll, $"--urls=http://127.0.0.1:{port}", $"--Plugins:Directory={pluginsDirectory}" }.Concat(database).Concat(args ?? []))
            start.ArgumentList.Add(a);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var watch = Stopwatch.StartNew();
        var host = new HostProcess(Process.Start(start)!, new Uri($"http://127.0.0.1:{port}"));
        host._process.OutputDataReceived += (_, e) => host.Keep(e.Data);
        host._process.ErrorDataReceived += (_, e) => host.Keep(e.Data);
        host._process.BeginOutputReadLine();
        host._process.BeginErrorReadLine();
        using var probe = new HttpClient { BaseAddress = host.Address, Timeout = TimeSpan.FromSeconds(2) };
        var limit = readyWithin ?? TimeSpan.FromMinutes(2);
        while (true)
        {
            if (host._process.HasExited) throw new InvalidOperationException($"The host stopped ({host._process.ExitCode}):\n{host.Output}");
            if (watch.Elapsed > limit)
            {
                await host.DisposeAsync();
                throw new TimeoutException($"Not ready after {limit}:\n{host.Output}");
            }
            try
            {
                using var ready = await probe.GetAsync("/healthz/ready");
                if (ready.StatusCode == HttpStatusCode.OK) break;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(20);
        }
        host.Ready = watch.Elapsed;
        return host;
    }

    public HttpClient Client() => new() { BaseAddress = Address };

    /// <summary>A client signed in through the API (a bearer token).</summary>
    public async Task<HttpClient> SignedInClientAsync(string userName, string password)
    {
        var client = Client();
        var login = await client.PostAsJsonAsync("/api/auth/login", new { userName, password });
        login.EnsureSuccessStatusCode();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());
        return client;
    }

    /// <summary>VmRSS of the process, in bytes (Linux).</summary>
    public long ResidentBytes()
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
    }

    /// <summary>SIGKILL, as the kernel's OOM killer or a power cut would: no shutdown code runs.</summary>
    public async Task KillAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            using (var term = Process.Start("kill", ["-TERM", _process.Id.ToString()])) await term.WaitForExitAsync();
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try { await _process.WaitForExitAsync(wait.Token); }
            catch (OperationCanceledException) { _process.Kill(entireProcessTree: true); }
        }
        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        lock (_output)
        {
            _output.Enqueue(line);
            if (_output.Count > 40) _output.Dequeue();
        }
    }

    /// <summary>A loopback port nothing listens on now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
