using Modular.Benchmarks;

// Runs each benchmark in turn. Arguments are passed to every benchmark (e.g. --days=90).
await RollupBenchmark.RunAsync(args);
