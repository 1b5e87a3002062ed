using Microsoft.EntityFrameworkCore;

namespace NewsPortal.Web.Data;

/// <summary>
/// The store on PostgreSQL. A type of its own only so that EF Core keeps a second set of migrations
/// (Data/Migrations/Postgres) beside SQLite's; the model is the same.
/// </summary>
public sealed class PostgresNewsPortalDbContext(DbContextOptions<PostgresNewsPortalDbContext> options) : NewsPortalDbContext(options);
