using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsPortal.Web.Data.Migrations.Postgres
{
    /// <summary>
    /// PostgreSQL's full-text index behind search: a generated column holding the headline (weight A) and body (B),
    /// with a GIN index. Words are case- and accent-folded as SQLite's FTS5 index folds them, by a text search
    /// configuration (newsportal_search) that passes words through unaccent; ts_headline with the same configuration
    /// then marks the words as written. unaccent is a trusted extension: the database's owner may create it.
    /// </summary>
    public partial class StorySearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS unaccent;");
            migrationBuilder.Sql("CREATE TEXT SEARCH CONFIGURATION newsportal_search (COPY = simple);");
            migrationBuilder.Sql("ALTER TEXT SEARCH CONFIGURATION newsportal_search ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;");
            migrationBuilder.Sql("""
                ALTER TABLE "Articles" ADD COLUMN "SearchVector" tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('newsportal_search', coalesce("Headline", '')), 'A') ||
                    setweight(to_tsvector('newsportal_search', coalesce("BodyMarkdown", '')), 'B')) STORED;
                """);
            migrationBuilder.Sql("""CREATE INDEX "IX_Articles_SearchVector" ON "Articles" USING GIN ("SearchVector");""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX "IX_Articles_SearchVector";""");
            migrationBuilder.Sql("""ALTER TABLE "Articles" DROP COLUMN "SearchVector";""");
            migrationBuilder.Sql("DROP TEXT SEARCH CONFIGURATION newsportal_search;");
        }
    }
}
