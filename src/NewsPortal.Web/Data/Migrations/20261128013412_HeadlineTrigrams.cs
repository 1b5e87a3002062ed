using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsPortal.Web.Data.Migrations
{
    /// <summary>
    /// An index of every three characters of each headline (FTS5's trigram tokenizer, folding letter case in every
    /// script as SQLite's search does), for the newsroom's filter, which finds its text anywhere in a headline: read
    /// through a LIKE, every headline was lower-cased by the app on each look-up. Kept in step by triggers, as the
    /// search index is; the table of stories holds the text, so the index holds only where each trigram is.
    /// </summary>
    public partial class HeadlineTrigrams : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE HeadlineTrigrams USING fts5(
                    Headline, content = 'Articles', content_rowid = 'Id',
                    tokenize = "trigram case_sensitive 0");
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER HeadlineTrigramsAfterInsert AFTER INSERT ON Articles BEGIN
                    INSERT INTO HeadlineTrigrams (rowid, Headline) VALUES (new.Id, new.Headline);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER HeadlineTrigramsAfterDelete AFTER DELETE ON Articles BEGIN
                    INSERT INTO HeadlineTrigrams (HeadlineTrigrams, rowid, Headline) VALUES ('delete', old.Id, old.Headline);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER HeadlineTrigramsAfterUpdate AFTER UPDATE OF Headline ON Articles BEGIN
                    INSERT INTO HeadlineTrigrams (HeadlineTrigrams, rowid, Headline) VALUES ('delete', old.Id, old.Headline);
                    INSERT INTO HeadlineTrigrams (rowid, Headline) VALUES (new.Id, new.Headline);
                END;
                """);
            migrationBuilder.Sql("INSERT INTO HeadlineTrigrams (HeadlineTrigrams) VALUES ('rebuild');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS HeadlineTrigramsAfterUpdate;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS HeadlineTrigramsAfterDelete;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS HeadlineTrigramsAfterInsert;");
            migrationBuilder.Sql("DROP TABLE HeadlineTrigrams;");
        }
    }
}
