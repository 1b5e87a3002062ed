using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsPortal.Web.Data.Migrations.Postgres
{
    /// <summary>
    /// Indexes U+02BC (ʼ, the Ukrainian apostrophe) as ’, so that "Umerovʼs" holds the word "umerov" as "Umerov’s"
    /// does: PostgreSQL's parser reads ʼ as a letter and would index "umerov's" as one word. Search marks matches in
    /// the text with the same replacement (<see cref="Search.PostgresStorySearch"/>).
    /// </summary>
    public partial class SearchApostrophes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) =>
            ReplaceSearchVector(migrationBuilder, """replace(coalesce("Headline", ''), 'ʼ', '’')""", """replace(coalesce("BodyMarkdown", ''), 'ʼ', '’')""");

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) =>
            ReplaceSearchVector(migrationBuilder, """coalesce("Headline", '')""", """coalesce("BodyMarkdown", '')""");

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
