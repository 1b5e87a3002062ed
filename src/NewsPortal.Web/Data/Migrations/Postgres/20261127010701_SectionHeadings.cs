using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsPortal.Web.Data.Migrations.Postgres
{
    /// <summary>The same change as SQLite's <see cref="Migrations.SectionHeadings"/>, in the same SQL.</summary>
    public partial class SectionHeadings : Migration
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
