using Modular.Benchmarks;

// Runs each benchmark in turn, or the one named first: `dotnet run -c Release -- roster`, `-- rollup [--days=90]` or `-- sixones [--members=50000 --branches=1000 --keep --workers=8 --seconds=10]` or `-- testkit [--runs=7]`
// or `-- provision [--members=3000 --naive=100]` or `-- readapi [--members=3000 --workers=8 --seconds=5]` (read APIs' req/s against raw Npgsql twins)
// or `-- startup [--runs=9 --load-seconds=60]` (the host's process: cold start, memory, sign-in)
// or `-- province [--jurisdictions=100 --members=1000 --days=90]` (one county's pages in a province on one database against alone)
// or `-- county [--members=50000 --branches=1000 --runs=5 --keep --workers=8 --seconds=10]` (the county contest's office pages over a year of records against hand-written SQL).
// or `-- partygroup [--members=10 --runs=5 --workers=8 --seconds=10]` (the party group's progress page over its 2009 campaign against hand-written SQL, direct and over HTTP).
// or `-- institute [--members=1800 --branches=60 --runs=5 --keep --workers=8 --seconds=10]` (the research institute's overview of every branch against hand-written SQL).
// or `-- thirdbatch [--members=50000 --branches=1000 --runs=5 --keep --workers=8 --seconds=10]` (the third batch's office overview and struggling gacha against hand-written SQL).
// `-- all` (or nothing) runs every one. Each prints its figures beside a raw baseline measured in the same run and adds its
// paths to one table (path, ours, baseline, ratio, target, pass/fail), printed at the end; the exit code is the number of
// paths below target.
var which = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal));
if (which == "all") which = null;
if (which is null or "roster") await RosterImportBenchmark.RunAsync();
if (which is null or "rollup") await RollupBenchmark.RunAsync(args.Where(a => a.StartsWith("--", StringComparison.Ordinal)).ToArray());
if (which is null or "sixones") await SixOnesBenchmark.RunAsync(args.Where(a => a.StartsWith("--", StringComparison.Ordinal)).ToArray());
if (which is null or "testkit") await TestKitBenchmark.RunAsync(args.Where(a => a.StartsWith("--", StringComparison.Ordinal)).ToArray());
if (which is null or "provision") await ProvisionBenchmark.RunAsync(args.Where(a => a.StartsWith("--", StringComparison.Ordinal)).ToArray());
if (which is null or "readapi") await ReadApiBenchmark.RunAsync(args.Where(a => a.StartsWith("--", StringComparison.Ordinal)).ToArray());
if (which is null or "province") await ProvinceBenchmark.RunAsync(args.Where(a => a.StartsWith("--", StringComparison.Ordinal)).ToArray());
if (which is null or "county") await CountyBenchmark.RunAsync(args.Where(a => a.StartsWith("--", StringComparison.Ordinal)).ToArray());
if (which is null or "partygroup") await PartyGroupBenchmark.RunAsync(args.Where(a => a.StartsWith("--", StringComparison.Ordinal)).ToArray());
if (which is null or "institute") await InstituteBenchmark.RunAsync(args.Where(a => a.StartsWith("--", StringComparison.Ordinal)).ToArray());
if (which is null or "thirdbatch") await ThirdBatchBenchmark.RunAsync(args.Where(a => a.StartsWith("--", StringComparison.Ordinal)).ToArray());
if (which is null or "startup") await StartupBenchmark.RunAsync(args.Where(a => a.StartsWith("--", StringComparison.Ordinal)).ToArray());
ResultTable.Print();
return ResultTable.Failed;
