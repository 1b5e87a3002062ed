using Microsoft.EntityFrameworkCore.Migrations;

namespace NewsPortal.Web.Data.Migrations;

/// <summary>
/// SQLite's search index as the migrations make it: the FTS5 table ArticleSearch over the stories and the triggers
/// that keep it in step with Articles, whatever writes a story.
/// </summary>
internal static class SqliteSearchIndex
{
    /// <summary>
    /// Drops the index and its triggers. A migration back that rebuilds Articles (dropping a column) takes the
    /// triggers with the table: the index is made again whole on the way up.
    /// </summary>
    public static void Drop(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("DROP TRIGGER IF EXISTS ArticleSearchAfterUpdate;");
        migrationBuilder.Sql("DROP TRIGGER IF EXISTS ArticleSearchAfterDelete;");
        migrationBuilder.Sql("DROP TRIGGER IF EXISTS ArticleSearchAfterInsert;");
        migrationBuilder.Sql("DROP TABLE ArticleSearch;");
    }

    /// <summary>
    /// The index, fed each story's text through <paramref name="indexed"/>; highlight() and snippet() read the text
    /// from <paramref name="content"/>, which must hold the same words in the same places.
    /// </summary>
    public static void Create(MigrationBuilder migrationBuilder, string content, string tokenizer, Func<string, string> indexed)
    {
        migrationBuilder.Sql($"""
            CREATE VIRTUAL TABLE ArticleSearch USING fts5(
                Headline, BodyMarkdown,
                content = '{content}', content_rowid = 'Id',
                tokenize = "{tokenizer}");
            """);
        migrationBuilder.Sql($"""
            CREATE TRIGGER ArticleSearchAfterInsert AFTER INSERT ON Articles BEGIN
                INSERT INTO ArticleSearch (rowid, Headline, BodyMarkdown) VALUES (new.Id, {indexed("new.Headline")}, {indexed("new.BodyMarkdown")});
            END;
            """);
        migrationBuilder.Sql($"""
            CREATE TRIGGER ArticleSearchAfterDelete AFTER DELETE ON Articles BEGIN
                INSERT INTO ArticleSearch (ArticleSearch, rowid, Headline, BodyMarkdown) VALUES ('delete', old.Id, {indexed("old.Headline")}, {indexed("old.BodyMarkdown")});
            END;
            """);
        migrationBuilder.Sql($"""
            CREATE TRIGGER ArticleSearchAfterUpdate AFTER UPDATE OF Headline, BodyMarkdown ON Articles BEGIN
                INSERT INTO ArticleSearch (ArticleSearch, rowid, Headline, BodyMarkdown) VALUES ('delete', old.Id, {indexed("old.Headline")}, {indexed("old.BodyMarkdown")});
                INSERT INTO ArticleSearch (rowid, Headline, BodyMarkdown) VALUES (new.Id, {indexed("new.Headline")}, {indexed("new.BodyMarkdown")});
            END;
            """);
        // Not 'rebuild', which would index the content as highlight() reads it.
        migrationBuilder.Sql($"INSERT INTO ArticleSearch (rowid, Headline, BodyMarkdown) SELECT Id, {indexed("Headline")}, {indexed("BodyMarkdown")} FROM Articles;");
    }
}
