using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Modular.Host.Database;
using Modular.Tests.Infrastructure;

namespace Modular.Tests.Database;

public class DatabaseSetupTests
{
    [Fact]
    public async Task A_configured_connection_string_is_used_and_nothing_is_started()
    {
        var config = Config(("ConnectionStrings:Modular", "Host=db.example;Database=modular"));

        var (connectionString, embedded) = await DatabaseSetup.ResolveConnectionStringAsync(
            config, "/nowhere/host/Modular.Host", NullLoggerFactory.Instance, CancellationToken.None);

        Assert.Equal("Host=db.example;Database=modular", connectionString);
        Assert.Null(embedded);
    }

    [Theory]
    [InlineData(null, "/repo/.data/postgres")]
    [InlineData("state", "/repo/host/Modular.Host/state/postgres")]
    [InlineData("/var/lib/modular", "/var/lib/modular/postgres")]
    public void The_embedded_cluster_lives_under_the_data_directory(string? configured, string expected)
    {
        var config = configured is null ? Config() : Config(("Modular:DataDirectory", configured));
        Assert.Equal(expected, DatabaseSetup.EmbeddedDataDirectory(config, "/repo/host/Modular.Host"));
    }

    [Fact]
    public async Task Without_a_connection_string_an_embedded_cluster_serves_database_modular()
    {
        using var scratch = new ScratchDirectory();
        var config = Config(("Modular:DataDirectory", scratch.Path));

        var (connectionString, embedded) = await DatabaseSetup.ResolveConnectionStringAsync(
            config, "/nowhere", NullLoggerFactory.Instance, CancellationToken.None);
        await using (embedded)
        {
            Assert.Equal(scratch.Combine("postgres"), embedded!.DataDirectory);
            Assert.Equal("modular", await Sql.ScalarAsync<string>(connectionString, "select current_database()"));
        }
    }

    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value)))
            .Build();
}
