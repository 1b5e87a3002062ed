using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsPortal.Web.Data.Migrations.Postgres
{
    /// <summary>
    /// The same change as SQLite's <see cref="Migrations.ApostrophesInWords"/>: the apostrophes inside words are
    /// indexed as combining marks, which the parser keeps in the word and unaccent drops, so "Kam'yanets", "Kam’yanets"
    /// and "Kamʼyanets" are all the word "kamyanets"; ʼ before s is still read as ’ (<see cref="Search.SearchApostrophes"/>).
    /// The function newsportal_search_text writes that text for the index and for ts_headline alike.
    /// </summary>
    public partial class ApostrophesInWords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql($"""
                CREATE FUNCTION newsportal_search_text(story_text text) RETURNS text
                LANGUAGE sql IMMUTABLE PARALLEL SAFE
                AS $$ SELECT replace({SearchIndexText.ApostrophesInWords("story_text")}, 'ʼ', '’') $$;
                """);
            ReplaceSearchVector(migrationBuilder, """newsportal_search_text(coalesce("Headline", ''))""", """newsportal_search_text(coalesce("BodyMarkdown", ''))""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            ReplaceSearchVector(migrationBuilder, """replace(coalesce("Headline", ''), 'ʼ', '’')""", """replace(coalesce("BodyMarkdown", ''), 'ʼ', '’')""");
            migrationBuilder.Sql("DROP FUNCTION newsportal_search_text(text);");
        }

        private static void ReplaceSearchVector(MigrationBuilder migrationBuilder, string headline, string body)
        {
            migrationBuilder.Sql("""DROP INDEX "IX_Articles_SearchVector";""");
            migrationBuilder.Sql("""ALTER TABLE "Articles" DROP COLUMN "SearchVector";""");
            migrationBuilder.Sql($"""
                ALTER TABLE "Articles" ADD COLUMN "SearchVector" tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('newsportal_search', {headline}), 'A') ||
                    setweight(to_tsvector('newsportal_search', {body}), 'B')) STORED;
                """);
            migrationBuilder.Sql("""CREATE INDEX "IX_Articles_SearchVector" ON "Articles" USING GIN ("SearchVector");""");
        }
    }
}
