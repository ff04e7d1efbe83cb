// TEMPORARY until the database pieces are merged.
namespace Modular.Tests.Infrastructure;
public sealed class TestDatabase : IAsyncDisposable { public string ConnectionString => ""; public static Task<TestDatabase> CreateAsync(string? t = null) => Task.FromResult(new TestDatabase()); public ValueTask DisposeAsync() => default; }
