using Modular.Host;
using Modular.Testing;
using static Modular.Benchmarks.BenchmarkKit;

namespace Modular.Benchmarks;

/// <summary>
/// What a test pays for its database with the test kit, with both campaign plugins loaded, median of several runs:
/// a new database migrated from <c>template0</c> (how every test host began before the kit), a copy of the migrated
/// template (how a test host begins now), a whole host start and stop per test, and Respawn's reset of one host shared
/// by a class (how a test of such a class begins), each against the copy in the same run. Option: <c>--runs=7</c>.
/// </summary>
public static class TestKitBenchmark
{
    public static async Task RunAsync(string[] args)
    {
        var runs = Option(args, "runs", 7);
        string[] plugins = ["banner-six-ones", "county-five-activities"];
        try
        {
            var template = await TestHost.MigratedTemplateAsync(plugins);

            var migrated = await MedianAsync(runs, async () =>
            {
                await using var database = await TestDatabase.CreateAsync();
                using var folder = new PluginFolder();
                foreach (var id in plugins) folder.Add(id);
                await using var app = await ModularApp.BuildAsync(
                [
                    $"--ConnectionStrings:Modular={database.ConnectionString}", $"--Plugins:Directory={folder.Path}",
                    "--Logging:LogLevel:Default=Warning", "--Modular:RunScheduledJobs=false",
                ]);
            });
            var copied = await MedianAsync(runs, async () =>
            {
                await using var database = await TestDatabase.CreateAsync(template);
            });
            var hostPerTest = await MedianAsync(runs, async () =>
            {
                await using var host = await TestHost.StartAsync(plugins);
            });

            // What a test of a shared class leaves behind: a county with a small tree and an account; then the reset alone is timed.
            await using var shared = await TestHost.StartAsync(plugins);
            var resets = new List<TimeSpan>();
            for (var i = 0; i <= runs; i++)
            {
                var county = await TestJurisdiction.CreateAsync(shared, $"c{i}", "测试县", plugins, """
                    县委 | 党委
                      城关镇党委 | 党委 | 苏木镇/乡镇
                        东关村党支部 | 党支部 | 嘎查/农村
                          - 李明 | 书记
                          - 王强
                    """);
                await county.UserAsync($"c{i}-member", Modular.Identity.Roles.Member, personId: county.People["王强"]);
                var watch = System.Diagnostics.Stopwatch.StartNew();
                await shared.ResetAsync();
                if (i > 0) resets.Add(watch.Elapsed); // the first one builds Respawn's table graph
            }
            var reset = resets.Order().ElementAt(resets.Count / 2);

            Console.WriteLine($"test kit, both plugins, median of {runs}:");
            Console.WriteLine($"  new database migrated from template0: {migrated.TotalMilliseconds,7:0} ms  ({migrated / copied:0.0}x the copy)");
            Console.WriteLine($"  copy of the migrated template:        {copied.TotalMilliseconds,7:0} ms  (1.0x)");
            Console.WriteLine($"  host started and stopped per test:    {hostPerTest.TotalMilliseconds,7:0} ms  ({hostPerTest / copied:0.0}x the copy)");
            Console.WriteLine($"  shared host emptied by Respawn:       {reset.TotalMilliseconds,7:0} ms  ({reset / copied:0.0}x the copy, {hostPerTest / reset:0.0}x cheaper than a host per test)");
        }
        finally
        {
            TestPostgres.Shutdown();
        }
    }
}
