using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsPortal.Web.Data.Migrations
{
    /// <summary>
    /// The FTS5 index behind search: an external-content table over Articles (no second copy of the text),
    /// kept in step by triggers so every way of writing a story updates it.
    /// </summary>
    public partial class StorySearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE ArticleSearch USING fts5(
                    Headline, BodyMarkdown,
                    content = 'Articles', content_rowid = 'Id',
                    tokenize = 'unicode61 remove_diacritics 2');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER ArticleSearchAfterInsert AFTER INSERT ON Articles BEGIN
                    INSERT INTO ArticleSearch (rowid, Headline, BodyMarkdown) VALUES (new.Id, new.Headline, new.BodyMarkdown);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER ArticleSearchAfterDelete AFTER DELETE ON Articles BEGIN
                    INSERT INTO ArticleSearch (ArticleSearch, rowid, Headline, BodyMarkdown) VALUES ('delete', old.Id, old.Headline, old.BodyMarkdown);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER ArticleSearchAfterUpdate AFTER UPDATE OF Headline, BodyMarkdown ON Articles BEGIN
                    INSERT INTO ArticleSearch (ArticleSearch, rowid, Headline, BodyMarkdown) VALUES ('delete', old.Id, old.Headline, old.BodyMarkdown);
                    INSERT INTO ArticleSearch (rowid, Headline, BodyMarkdown) VALUES (new.Id, new.Headline, new.BodyMarkdown);
                END;
                """);
            migrationBuilder.Sql("INSERT INTO ArticleSearch (ArticleSearch) VALUES ('rebuild');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER ArticleSearchAfterUpdate;");
            migrationBuilder.Sql("DROP TRIGGER ArticleSearchAfterDelete;");
            migrationBuilder.Sql("DROP TRIGGER ArticleSearchAfterInsert;");
            migrationBuilder.Sql("DROP TABLE ArticleSearch;");
        }
    }
}
