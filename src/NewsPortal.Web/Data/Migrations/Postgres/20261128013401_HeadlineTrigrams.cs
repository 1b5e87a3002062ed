using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsPortal.Web.Data.Migrations.Postgres
{
    /// <summary>
    /// The same change as SQLite's <see cref="Migrations.HeadlineTrigrams"/>: a GIN index of pg_trgm's trigrams of each
    /// headline, which answers the newsroom filter's ILIKE without a read of every headline. pg_trgm is a trusted
    /// extension: the database's owner may create it.
    /// </summary>
    public partial class HeadlineTrigrams : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_Headline_Trigrams",
                table: "Articles",
                column: "Headline")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Articles_Headline_Trigrams",
                table: "Articles");

            migrationBuilder.AlterDatabase()
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,");
        }
    }
}
