using Modular.Tests.Infrastructure;

namespace Modular.Tests.Database;

/// <summary>The shared per-process cluster every database test runs on.</summary>
public class TestClusterTests
{
    [Fact]
    public async Task Answers_select_1()
    {
        var admin = await TestPostgres.AdminAsync();
        Assert.Equal(1, await Sql.ScalarAsync<int>(admin, "select 1"));
    }

    [Fact]
    public async Task Listens_on_a_unix_socket_only()
    {
        var cluster = await TestPostgres.GetAsync();
        var admin = await TestPostgres.AdminAsync();

        Assert.Equal("", await Sql.ScalarAsync<string>(admin, "show listen_addresses"));
        Assert.Equal(cluster.SocketDirectory, await Sql.ScalarAsync<string>(admin, "show unix_socket_directories"));
        Assert.StartsWith("/", cluster.SocketDirectory);
    }

    [Fact]
    public async Task Uses_utf8_and_the_role_of_the_cluster_owner()
    {
        var cluster = await TestPostgres.GetAsync();
        var admin = await TestPostgres.AdminAsync();

        Assert.Equal("UTF8", await Sql.ScalarAsync<string>(admin, "show server_encoding"));
        Assert.Equal(Environment.IsPrivilegedProcess ? "postgres" : Environment.UserName, cluster.Role);
        Assert.Equal(cluster.Role, await Sql.ScalarAsync<string>(admin, "select current_user"));
    }
}
