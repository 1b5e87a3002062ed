using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;
using NewsPortal.Web.Media;

namespace NewsPortal.Web.Data;

/// <summary>Why a copy did not happen or did not finish, in one sentence for the operator; the target holds no copied row.</summary>
public sealed class StoreCopyException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>What a finished copy leaves for the operator to do: photos are files, not rows.</summary>
internal sealed record StoreCopyOutcome(int StoriesWithPhotoFiles);

/// <summary>
/// Copies every table of the model from a SQLite store into an empty PostgreSQL database. The source is read in one
/// read transaction (a single snapshot) and streamed, one table after another in the order their foreign keys need;
/// rows are written through EF Core in batches, each forgotten once saved, so a store of any size passes through a
/// fixed amount of memory. Everything is written in one PostgreSQL transaction: a copy that fails leaves no row.
/// Values pass through as EF Core reads and writes them; times keep PostgreSQL's precision, the microsecond, so the
/// tenths of a microsecond SQLite may hold (times the app took from the clock) are dropped.
/// </summary>
internal sealed class StoreCopy(string sourceFile, string targetConnectionString, TextWriter output)
{
    /// <summary>Rows saved at a time: large enough for few round trips, small enough for a batch of long stories.</summary>
    public const int BatchSize = 1000;

    private readonly NpgsqlConnectionStringBuilder _target = new(targetConnectionString)
    {
        // One connection for the whole copy; the advisory lock taken on it goes when it closes, not back to a pool.
        Pooling = false,
    };

    private string TargetName => $"The PostgreSQL database {_target.Database} on {_target.Host}:{_target.Port}";

    public async Task<StoreCopyOutcome> RunAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.StartNew();
        await using var source = new NewsPortalDbContext(new DbContextOptionsBuilder<NewsPortalDbContext>()
            .UseSqlite(new SqliteConnectionStringBuilder { DataSource = sourceFile, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString())
            .Options);
        await using var target = new PostgresNewsPortalDbContext(new DbContextOptionsBuilder<PostgresNewsPortalDbContext>()
            .UseNpgsql(_target.ConnectionString, npgsql => npgsql.CommandTimeout(300))
            .Options)
        {
            SavesRowsAsRead = true,
        };
        target.ChangeTracker.AutoDetectChangesEnabled = false;

        await using var snapshot = await OpenSourceAsync(source, cancellationToken);
        await OpenTargetAsync(target, cancellationToken);
        try
        {
            await target.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({StorePreparation.PreparationLock})", cancellationToken);
            await MigrateTargetAsync(target, cancellationToken);

            var tables = Table.AllOf(target.Model);
            await using var writing = await target.Database.BeginTransactionAsync(cancellationToken);
            await EnsureEmptyAsync(target, tables, cancellationToken);

            var copied = new List<(string Table, long Rows)>();
            foreach (var table in tables)
            {
                var tableStarted = Stopwatch.StartNew();
                var rows = await table.CopyAsync(source, target, cancellationToken);
                copied.Add((table.Name, rows));
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Copied {table.Name}: {rows:N0} rows in {tableStarted.Elapsed.TotalSeconds:0.0} s."));
            }

            await ContinueSequencesAsync(target, tables, cancellationToken);
            await VerifyAsync(source, target, tables, cancellationToken);
            var photoFiles = await source.Articles.CountAsync(a => a.Photo.ImageUrl != null && a.Photo.ImageUrl.StartsWith(PhotoStore.UrlPrefix), cancellationToken);
            await writing.CommitAsync(cancellationToken);

            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Copied {sourceFile} to {_target.Database} on {_target.Host}:{_target.Port}: {copied.Sum(t => t.Rows):N0} rows in {started.Elapsed.TotalSeconds:0.0} s."));
            return new StoreCopyOutcome(photoFiles);
        }
        catch (Exception error) when (IsStoreFailure(error))
        {
            throw new StoreCopyException($"The copy stopped and was rolled back, so {_target.Database} holds no copied row: {Cause(error)}", error);
        }
        finally
        {
            await target.Database.CloseConnectionAsync();
        }
    }

    // A deferred transaction: a SQLite snapshot taken at the first read, held until the last, without the write lock
    // that BEGIN IMMEDIATE (Microsoft.Data.Sqlite's default) would try to take on a file opened read-only.
    private async Task<DbTransaction> OpenSourceAsync(NewsPortalDbContext source, CancellationToken cancellationToken)
    {
        List<string> pending;
        try
        {
            await source.Database.OpenConnectionAsync(cancellationToken);
            pending = [.. await source.Database.GetPendingMigrationsAsync(cancellationToken)];
        }
        catch (SqliteException error)
        {
            throw new StoreCopyException($"{sourceFile} cannot be read as a SQLite store: {error.Message.TrimEnd('.')}.", error);
        }

        if (pending.Count > 0)
        {
            throw new StoreCopyException(
                $"The store {sourceFile} is not up to date ({pending.Count} of the app's migrations are not applied to it): start the app on it once first, then copy it.");
        }

        var transaction = ((SqliteConnection)source.Database.GetDbConnection()).BeginTransaction(deferred: true);
        await source.Database.UseTransactionAsync(transaction, cancellationToken);
        return transaction;
    }

    private async Task OpenTargetAsync(PostgresNewsPortalDbContext target, CancellationToken cancellationToken)
    {
        try
        {
            await target.Database.OpenConnectionAsync(cancellationToken);
        }
        catch (Exception error) when (IsStoreFailure(error))
        {
            var hint = Innermost(error) is PostgresException { SqlState: PostgresErrorCodes.InvalidCatalogName }
                ? $" Create it first: createdb {_target.Database}."
                : "";
            throw new StoreCopyException($"{TargetName} cannot be opened: {Cause(error)}{hint}", error);
        }
    }

    // As the app's own start does: the history table made beforehand so that a new database's first migration is not
    // preceded by EF Core's failed (and logged) read of it.
    private async Task MigrateTargetAsync(PostgresNewsPortalDbContext target, CancellationToken cancellationToken)
    {
        try
        {
            await target.Database.ExecuteSqlRawAsync(target.GetService<IHistoryRepository>().GetCreateIfNotExistsScript(), cancellationToken);
            await target.Database.MigrateAsync(cancellationToken);
        }
        catch (Exception error) when (IsStoreFailure(error))
        {
            throw new StoreCopyException($"{TargetName} could not be given the app's schema: {Cause(error)}", error);
        }
    }

    private async Task EnsureEmptyAsync(PostgresNewsPortalDbContext target, IReadOnlyList<Table> tables, CancellationToken cancellationToken)
    {
        var occupied = new List<string>();
        foreach (var table in tables)
        {
            if (await table.AnyAsync(target, cancellationToken))
            {
                occupied.Add(table.Name);
            }
        }

        if (occupied.Count > 0)
        {
            throw new StoreCopyException(
                $"{TargetName} already holds rows (in {string.Join(", ", occupied)}); a copy only goes into an empty database, so nothing was written.");
        }
    }

    // The copied keys were given, not drawn from the identity sequences, which therefore still stand at 1: each is set
    // past its table's highest key, so the site's next story or event gets a new one.
    private static async Task ContinueSequencesAsync(PostgresNewsPortalDbContext target, IReadOnlyList<Table> tables, CancellationToken cancellationToken)
    {
        foreach (var table in tables)
        {
            var schema = table.Schema ?? "public";
            var columns = await target.Database.SqlQuery<string>($"""
                SELECT column_name AS "Value" FROM information_schema.columns
                WHERE table_schema = {schema} AND table_name = {table.Name} AND (is_identity = 'YES' OR column_default LIKE 'nextval(%')
                """).ToListAsync(cancellationToken);
            foreach (var column in columns)
            {
                var qualified = $"{Quoted(schema)}.{Quoted(table.Name)}";
#pragma warning disable EF1002 // Both names are identifiers read from the database's catalogue, quoted.
                await target.Database.ExecuteSqlRawAsync(
                    $"SELECT setval(pg_get_serial_sequence({{0}}, {{1}}), coalesce(max({Quoted(column)}), 0) + 1, false) FROM {qualified}",
                    [qualified, column], cancellationToken);
#pragma warning restore EF1002
            }
        }
    }

    private async Task VerifyAsync(NewsPortalDbContext source, PostgresNewsPortalDbContext target, IReadOnlyList<Table> tables, CancellationToken cancellationToken)
    {
        var counts = new List<(string Table, long Source, long Target)>();
        foreach (var table in tables)
        {
            counts.Add((table.Name, await table.CountAsync(source, cancellationToken), await table.CountAsync(target, cancellationToken)));
        }

        var width = Math.Max("Table".Length, counts.Max(c => c.Table.Length));
        await output.WriteLineAsync();
        await output.WriteLineAsync($"{"Table".PadRight(width)}  {"SQLite",12}  {"PostgreSQL",12}");
        foreach (var (name, from, to) in counts)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{name.PadRight(width)}  {from,12:N0}  {to,12:N0}{(from == to ? "" : "  <- differs")}"));
        }

        await output.WriteLineAsync();
        var differing = counts.Where(c => c.Source != c.Target).ToList();
        if (differing.Count > 0)
        {
            throw new StoreCopyException(string.Create(CultureInfo.InvariantCulture,
                $"The row counts differ in {string.Join(", ", differing.Select(c => $"{c.Table} ({c.Source:N0} in SQLite, {c.Target:N0} in PostgreSQL)"))}, so the copy was rolled back and {_target.Database} holds no copied row."));
        }
    }

    private static string Quoted(string identifier) => $"\"{identifier.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    // EF Core's PostgreSQL execution strategy reports a lost or refused connection as an InvalidOperationException
    // ("likely due to a transient failure") around the NpgsqlException that says what happened.
    private static bool IsStoreFailure(Exception error) => Innermost(error) is DbException;

    private static Exception Innermost(Exception error) => error switch
    {
        InvalidOperationException { InnerException: DbException inner } => inner,
        DbUpdateException { InnerException: DbException inner } => inner,
        _ => error,
    };

    private static string Cause(Exception error)
    {
        var cause = Innermost(error);
        var message = cause.Message.TrimEnd('.');
        // "Failed to connect to 127.0.0.1:5432" says where, the socket's error says why.
        if (cause is NpgsqlException { InnerException: { } why } and not PostgresException && !message.Contains(why.Message, StringComparison.Ordinal))
        {
            message += $": {why.Message.TrimEnd('.')}";
        }

        return message + ".";
    }

    /// <summary>One table of the model, read and written as its entity type, so EF Core's own mapping converts every value.</summary>
    private abstract class Table(IEntityType type)
    {
        public string Name { get; } = type.GetTableName()!;
        public string? Schema { get; } = type.GetSchema();
        protected IEntityType Type { get; } = type;

        /// <summary>
        /// Every table the model maps an entity type to (owned types go with their owner, derived types with their
        /// root), principals before dependents so that each foreign key finds its row already written.
        /// </summary>
        public static IReadOnlyList<Table> AllOf(IModel model)
        {
            var types = model.GetEntityTypes()
                .Where(t => t.BaseType is null && !t.IsOwned() && t.GetTableName() is not null && t.FindPrimaryKey() is not null)
                .OrderBy(t => t.GetTableName(), StringComparer.Ordinal)
                .ToList();
            // Round by round: the tables whose principals are all written, by name within a round.
            var ordered = new List<IEntityType>();
            while (ordered.Count < types.Count)
            {
                var ready = types.Where(t => !ordered.Contains(t) && t.GetForeignKeys()
                        .Select(fk => fk.PrincipalEntityType.GetRootType())
                        .All(principal => principal == t || ordered.Contains(principal) || !types.Contains(principal)))
                    .ToList();
                if (ready.Count == 0)
                {
                    throw new InvalidOperationException("The model's foreign keys go round in a circle; its tables cannot be copied one after another.");
                }

                ordered.AddRange(ready);
            }

            return [.. ordered.Select(t => (Table)Activator.CreateInstance(typeof(Table<>).MakeGenericType(t.ClrType), t)!)];
        }

        public abstract Task<bool> AnyAsync(DbContext db, CancellationToken cancellationToken);
        public abstract Task<long> CountAsync(DbContext db, CancellationToken cancellationToken);

        /// <summary>Streams the rows from <paramref name="source"/> in key order, saving them a batch at a time.</summary>
        public abstract Task<long> CopyAsync(DbContext source, DbContext target, CancellationToken cancellationToken);
    }

    private sealed class Table<TEntity>(IEntityType type) : Table(type)
        where TEntity : class
    {
        public override Task<bool> AnyAsync(DbContext db, CancellationToken cancellationToken) => Rows(db).AnyAsync(cancellationToken);

        public override Task<long> CountAsync(DbContext db, CancellationToken cancellationToken) => Rows(db).LongCountAsync(cancellationToken);

        public override async Task<long> CopyAsync(DbContext source, DbContext target, CancellationToken cancellationToken)
        {
            var rows = Rows(source).AsNoTracking();
            IOrderedQueryable<TEntity>? ordered = null;
            foreach (var key in Type.FindPrimaryKey()!.Properties.Select(p => p.Name))
            {
                ordered = ordered is null ? rows.OrderBy(r => EF.Property<object>(r, key)) : ordered.ThenBy(r => EF.Property<object>(r, key));
            }

            long copied = 0;
            var batch = new List<TEntity>(BatchSize);
            await foreach (var row in (ordered ?? rows).AsAsyncEnumerable().WithCancellation(cancellationToken))
            {
                batch.Add(row);
                if (batch.Count == BatchSize)
                {
                    copied += await SaveAsync(target, batch, cancellationToken);
                }
            }

            return copied + await SaveAsync(target, batch, cancellationToken);
        }

        // Added, saved and forgotten: the change tracker holds one batch at most.
        private async Task<int> SaveAsync(DbContext target, List<TEntity> batch, CancellationToken cancellationToken)
        {
            var saved = batch.Count;
            if (saved > 0)
            {
                Rows(target).AddRange(batch);
                await target.SaveChangesAsync(cancellationToken);
                target.ChangeTracker.Clear();
                batch.Clear();
            }

            return saved;
        }

        private DbSet<TEntity> Rows(DbContext db) => Type.HasSharedClrType ? db.Set<TEntity>(Type.Name) : db.Set<TEntity>();
    }
}
