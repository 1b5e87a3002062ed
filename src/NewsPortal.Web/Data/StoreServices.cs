using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using NewsPortal.Web.Search;

namespace NewsPortal.Web.Data;

/// <summary>Which database keeps the store: SQLite, one file beside the app, or PostgreSQL, shared by several instances.</summary>
public enum StoreProvider
{
    Sqlite,
    Postgres,
}

public static class StoreServices
{
    public const string ProviderKey = "Database:Provider";

    public static StoreProvider Provider(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = configuration[ProviderKey];
        if (string.IsNullOrWhiteSpace(configured))
        {
            return StoreProvider.Sqlite;
        }

        return Enum.TryParse<StoreProvider>(configured, ignoreCase: true, out var provider) && Enum.IsDefined(provider)
            ? provider
            : throw new StoreStartupException($"{ProviderKey} is \"{configured}\"; it must be Sqlite or Postgres.");
    }

    /// <summary>
    /// The DbContext pool on the configured database, its search, and the start-up step that brings the schema up to
    /// date. Every EF Core interceptor registered in the services is applied: SQLite's pragmas and reuse of prepared
    /// statements, the reader cache's eviction, and whatever a host adds (tests record the statements sent).
    /// </summary>
    // A story's tags and notices come by their own query, joined to the page of stories already picked: as one
    // query, the database would build the stories-to-tags join for the whole store first.
    private const QuerySplittingBehavior SplitQueries = QuerySplittingBehavior.SplitQuery;

    public static IServiceCollection AddNewsPortalStore(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        if (Provider(configuration) == StoreProvider.Postgres)
        {
            AddPostgresStore(services, StoreConnection.Postgres(configuration));
        }
        else
        {
            AddSqliteStore(services, StoreConnection.Sqlite(configuration, environment));
        }

        services.AddHostedService<StorePreparation>();
        return services;
    }

    // Each provider in a method of its own, so that a site loads only its own provider's assemblies: the JIT loads
    // every type a method names when it compiles the method, whichever branch runs.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AddPostgresStore(IServiceCollection services, string connectionString)
    {
        services.AddDbContextPool<NewsPortalDbContext, PostgresNewsPortalDbContext>((provider, options) => options
            .UseNpgsql(connectionString, npgsql => npgsql.UseQuerySplittingBehavior(SplitQueries))
            .LogFailuresAsWarnings()
            .RefuseUnorderedLimits()
            .AddInterceptors(provider.GetServices<IInterceptor>()));
        services.AddScoped<IStorySearch, PostgresStorySearch>();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AddSqliteStore(IServiceCollection services, string connectionString)
    {
        services.AddSingleton<IInterceptor, SqlitePragmas>();
        services.AddSingleton<IInterceptor, StatementReuse>();
        services.AddDbContextPool<NewsPortalDbContext>((provider, options) => options
            .UseSqlite(connectionString, sqlite => sqlite.UseQuerySplittingBehavior(SplitQueries))
            .KeepSqliteConnectionsOpen()
            .LogFailuresAsWarnings()
            .RefuseUnorderedLimits()
            .AddInterceptors(provider.GetServices<IInterceptor>()));
        services.AddScoped<IStorySearch, SqliteStorySearch>();
    }

    // EF Core logs at Error every failure it then throws, before the app has decided what the failure means: a save
    // that lost a race for an address is retried (ArticleEditor), and one the app cannot handle reaches the error
    // page, which logs it at Error itself. EF's own line says it at Warning, so a handled race is no error in the log
    // and an unhandled failure is not reported twice.
    private static DbContextOptionsBuilder LogFailuresAsWarnings(this DbContextOptionsBuilder options) =>
        options.ConfigureWarnings(warnings => warnings.Log(
            (RelationalEventId.CommandError, LogLevel.Warning),
            (CoreEventId.SaveChangesFailed, LogLevel.Warning),
            (CoreEventId.QueryIterationFailed, LogLevel.Warning)));

    // A limit (Take, Skip) without an order takes whichever rows the database happens to read first, so a batch or a
    // page could differ from one run to the next. EF says so once per process, as a warning; such a query fails
    // instead, every time, so that the tests find it.
    private static DbContextOptionsBuilder RefuseUnorderedLimits(this DbContextOptionsBuilder options) =>
        options.ConfigureWarnings(warnings => warnings.Throw(CoreEventId.RowLimitingOperationWithoutOrderByWarning));
}
