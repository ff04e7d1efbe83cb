namespace Modular.Host.Database;

/// <summary>Stops the embedded PostgreSQL when the host shuts down (if this host started it).</summary>
internal sealed class EmbeddedPostgresLifetime(EmbeddedPostgres embedded) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => embedded.StopAsync();
}
