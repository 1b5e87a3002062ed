using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsPortal.Web.Data.Migrations.Postgres
{
    /// <summary>The same change as SQLite's <see cref="Migrations.SectionHeadings"/>, in the same SQL.</summary>
    // Data only: the model is unchanged, so there is no model copy (Designer file) to keep beside it.
    [DbContext(typeof(PostgresNewsPortalDbContext))]
    [Migration("20261127010701_SectionHeadings")]
    public class SectionHeadings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(StoredHeadings.DemoteTopLevel);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Which h2 was an h1 is not kept; the new rendering is right under the old code too.
        }
    }
}
