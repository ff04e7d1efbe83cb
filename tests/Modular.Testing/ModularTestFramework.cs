using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Modular.Testing;

/// <summary>
/// xunit's own framework plus two steps: the collections that run for minutes start first
/// (<see cref="RunsLongAttribute"/>, <see cref="LongestFirst"/>), and <see cref="TestPostgres"/> shuts down after the last
/// test, before the run reports itself finished. Neither a process-exit handler nor the
/// framework's Dispose is enough: VSTest kills the test host ~100 ms after the run ends, before a
/// server stop and a folder delete can finish.
/// </summary>
public sealed class ModularTestFramework(IMessageSink messageSink) : XunitTestFramework(messageSink)
{
    protected override ITestFrameworkExecutor CreateExecutor(AssemblyName assemblyName) =>
        new Executor(assemblyName, SourceInformationProvider, DiagnosticMessageSink);

    private sealed class Executor(AssemblyName assemblyName, ISourceInformationProvider sourceInformationProvider, IMessageSink diagnosticMessageSink)
        : XunitTestFrameworkExecutor(assemblyName, sourceInformationProvider, diagnosticMessageSink)
    {
        protected override async void RunTestCases(IEnumerable<IXunitTestCase> testCases, IMessageSink executionMessageSink, ITestFrameworkExecutionOptions executionOptions)
        {
            using var runner = new AssemblyRunner(TestAssembly, testCases, DiagnosticMessageSink, executionMessageSink, executionOptions);
            await runner.RunAsync();
        }
    }

    private sealed class AssemblyRunner(ITestAssembly testAssembly, IEnumerable<IXunitTestCase> testCases, IMessageSink diagnosticMessageSink, IMessageSink executionMessageSink, ITestFrameworkExecutionOptions executionOptions)
        : XunitTestAssemblyRunner(testAssembly, testCases, diagnosticMessageSink, executionMessageSink, executionOptions)
    {
        protected override async Task AfterTestAssemblyStartingAsync()
        {
            await base.AfterTestAssemblyStartingAsync();
            TestCollectionOrderer = new LongestFirst(TestCollectionOrderer, TestCases);
        }

        protected override Task BeforeTestAssemblyFinishedAsync()
        {
            TestPostgres.Shutdown();
            return base.BeforeTestAssemblyFinishedAsync();
        }
    }
}

/// <summary>
/// The collections marked <see cref="RunsLongAttribute"/> (on a test class or the collection's definition) first, longest
/// first; the others after them in xunit's own order. xunit starts collections in this order and runs a few at a time, so a
/// long one started last would run on alone at the end.
/// </summary>
internal sealed class LongestFirst(ITestCollectionOrderer inner, IEnumerable<IXunitTestCase> testCases) : ITestCollectionOrderer
{
    private readonly Dictionary<Guid, int> _seconds = testCases
        .Select(c => (Collection: c.TestMethod.TestClass.TestCollection, Class: c.TestMethod.TestClass.Class))
        .GroupBy(c => c.Collection.UniqueID)
        .ToDictionary(g => g.Key, g => g.Max(c => Math.Max(Seconds(c.Class), Seconds(c.Collection.CollectionDefinition))));

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        inner.OrderTestCollections(testCollections).OrderByDescending(c => _seconds.GetValueOrDefault(c.UniqueID)).ToList(); // a stable sort

    private static int Seconds(ITypeInfo? type) =>
        (type as IReflectionTypeInfo)?.Type.GetCustomAttributes(typeof(RunsLongAttribute), inherit: false).Cast<RunsLongAttribute>().FirstOrDefault()?.Seconds ?? 0;
}
