using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Options;
using Npgsql;
using NewsPortal.Web.Articles;
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
    /// <summary>
    /// Any fixed number: the PostgreSQL advisory lock that lets one starting instance at a time prepare the store. A
    /// data copy holds it too, so an instance started on the target meanwhile does not import the seed beside it.
    /// </summary>
    internal const long PreparationLock = 0x4E657773506F7274; // "NewsPort"

    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsPortalDbContext>();
        // By the context's type rather than IsNpgsql(), which would load the PostgreSQL provider into a SQLite site.
        if (db is PostgresNewsPortalDbContext)
        {
            await PreparePostgresAsync(scope, db, cancellationToken);
        }
        else
        {
            await PrepareSqliteAsync(scope, db, cancellationToken);
        }
    }

    private async Task PrepareSqliteAsync(AsyncServiceScope scope, NewsPortalDbContext db, CancellationToken cancellationToken)
    {
        var connectionString = db.Database.GetConnectionString()!;
        StoreFile.EnsureUsable(connectionString);
        try
        {
            await StoreUpdateLock.WaitUntilFreeAsync(connectionString, logger, cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
            // WAL is a property of the file: readers never wait for the writer.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken);
        }
        catch (SqliteException error)
        {
            throw StoreFile.Damaged(connectionString, error);
        }

        await KeyHeadlinesAsync(db, cancellationToken);
        await ImportSeedIfEmptyAsync(scope, db, cancellationToken);
    }

    // Several instances may start at once: under the lock, one migrates and imports the seed, and the others then
    // find the schema current and the store not empty. The lock goes with the connection, whatever happens.
    private async Task PreparePostgresAsync(AsyncServiceScope scope, NewsPortalDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }
        catch (NpgsqlException error)
        {
            var store = new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString());
            var hint = error is PostgresException { SqlState: PostgresErrorCodes.InvalidCatalogName }
                ? $" Create it first: createdb {store.Database}."
                : "";
            throw new StoreStartupException($"The PostgreSQL store {store.Database} on {store.Host}:{store.Port} cannot be opened: {error.Message.TrimEnd('.')}.{hint}", error);
        }

        try
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({PreparationLock})", cancellationToken);
            // Made beforehand so a new database's first migration is not preceded by EF Core's failed (and logged as
            // an error) read of the missing history table.
            await db.Database.ExecuteSqlRawAsync(db.GetService<IHistoryRepository>().GetCreateIfNotExistsScript(), cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
            await KeyHeadlinesAsync(db, cancellationToken);
            await ImportSeedIfEmptyAsync(scope, db, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task KeyHeadlinesAsync(NewsPortalDbContext db, CancellationToken cancellationToken)
    {
        var keyed = await HeadlineKeys.KeyStaleAsync(db, cancellationToken);
        if (keyed > 0)
        {
            logger.LogInformation("Put {StoryCount} stories in A–Z order by {HeadlineOrder}", keyed, db.HeadlineOrder.Version);
        }
    }

    private async Task ImportSeedIfEmptyAsync(AsyncServiceScope scope, NewsPortalDbContext db, CancellationToken cancellationToken)
    {
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
            throw new StoreStartupException($"The seed import stopped and nothing was imported: {error.Where(folder)}: {error.Problem}", error);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
