using Modular.Benchmarks;

// Runs each benchmark in turn, or the one named first: `dotnet run -c Release -- roster` or `-- rollup [--days=90]`.
// Both print their figures beside a raw baseline measured in the same run.
var which = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal));
if (which is null or "roster") await RosterImportBenchmark.RunAsync();
if (which is null or "rollup") await RollupBenchmark.RunAsync(args.Where(a => a.StartsWith("--", StringComparison.Ordinal)).ToArray());
