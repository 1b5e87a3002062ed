using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsPortal.Web.Data.Migrations.Postgres
{
    /// <summary>
    /// PostgreSQL's full-text index behind search: a generated column holding the headline (weight A) and body (B),
    /// case- and accent-folded as SQLite's FTS5 index folds them, with a GIN index. Being generated, it is kept in
    /// step by every way of writing a story. unaccent is a trusted extension: the database's owner may create it.
    /// </summary>
    public partial class StorySearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS unaccent;");
            // unaccent() itself is only STABLE (its dictionary could change); a generated column needs IMMUTABLE,
            // which naming the dictionary makes true in practice.
            migrationBuilder.Sql("""
                CREATE FUNCTION newsportal_unaccent(text) RETURNS text
                LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
                RETURN unaccent('unaccent'::regdictionary, $1);
                """);
            migrationBuilder.Sql("""
                ALTER TABLE "Articles" ADD COLUMN "SearchVector" tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('simple', newsportal_unaccent(coalesce("Headline", ''))), 'A') ||
                    setweight(to_tsvector('simple', newsportal_unaccent(coalesce("BodyMarkdown", ''))), 'B')) STORED;
                """);
            migrationBuilder.Sql("""CREATE INDEX "IX_Articles_SearchVector" ON "Articles" USING GIN ("SearchVector");""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX "IX_Articles_SearchVector";""");
            migrationBuilder.Sql("""ALTER TABLE "Articles" DROP COLUMN "SearchVector";""");
            migrationBuilder.Sql("DROP FUNCTION newsportal_unaccent(text);");
        }
    }
}
