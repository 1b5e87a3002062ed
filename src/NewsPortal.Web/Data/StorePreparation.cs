using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsPortal.Web.Import;

namespace NewsPortal.Web.Data;

/// <summary>Thrown when the store cannot be made ready; its message is meant for the operator, as is.</summary>
public sealed class StoreStartupException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// Before the server takes requests: bring the schema up to date and, on an empty store, import the seed
/// folder. Runs in <see cref="StartingAsync"/> so no request ever sees a half-made store.
/// </summary>
internal sealed class StorePreparation(IServiceScopeFactory scopes, IOptions<SeedOptions> seeds, ILogger<StorePreparation> logger)
    : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsPortalDbContext>();
        var connectionString = db.Database.GetConnectionString()!;
        StoreFile.EnsureUsable(connectionString);
        try
        {
            await db.Database.MigrateAsync(cancellationToken);
            // WAL is a property of the file: readers never wait for the writer.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken);
        }
        catch (SqliteException error)
        {
            throw StoreFile.Damaged(connectionString, error);
        }

        if (!seeds.Value.ImportWhenEmpty || await db.Articles.AnyAsync(cancellationToken))
        {
            return;
        }

        var folder = seeds.Value.FullFolderPath;
        if (!Directory.Exists(folder))
        {
            logger.LogWarning("The store is empty and the seed folder {SeedFolder} does not exist; starting with no stories", folder);
            return;
        }

        try
        {
            await scope.ServiceProvider.GetRequiredService<WireImporter>().ImportFolderAsync(folder, cancellationToken);
        }
        catch (WireFormatException error)
        {
            throw new StoreStartupException($"The seed import stopped and nothing was imported: {Path.Combine(folder, error.FileName)}, line {error.Line}: {error.Problem}", error);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
