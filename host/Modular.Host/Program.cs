using Modular.Host.Database;
using Modular.Host;

try
{
    await using var app = await ModularApp.BuildAsync(args);
    await app.RunAsync();
    return 0;
}
catch (EmbeddedPostgresException ex)
{
    // One line a person can act on (e.g. which package to install), not a stack trace.
    Console.Error.WriteLine($"modular: {ex.Message}");
    return 2;
}

public partial class Program;
