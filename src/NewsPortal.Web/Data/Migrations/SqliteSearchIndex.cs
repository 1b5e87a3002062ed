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
    /// The index, fed each story's text through a first step (if any), then <paramref name="indexed"/>;
    /// highlight() and snippet() read the text from <paramref name="content"/>, which must hold the same words in the
    /// same places. The two steps are separate queries in the triggers: written as one expression, thirty replace()
    /// calls deep, the triggers were too deep for the parser of the sqlite3 shell and other tools, which then
    /// refused to open the store at all ("parser stack overflow").
    /// </summary>
    public static void Create(MigrationBuilder migrationBuilder, string content, string tokenizer, Func<string, string> indexed) =>
        Create(migrationBuilder, content, tokenizer, indexed, column => column);

    /// <inheritdoc cref="Create(MigrationBuilder, string, string, Func{string, string})"/>
    public static void Create(MigrationBuilder migrationBuilder, string content, string tokenizer, Func<string, string> indexed, Func<string, string> prepared)
    {
        string Stories(string row) => $"SELECT {row}.Id AS Id, {prepared($"{row}.Headline")} AS Headline, {prepared($"{row}.BodyMarkdown")} AS BodyMarkdown";
        var fed = $"SELECT Id, {indexed("Headline")}, {indexed("BodyMarkdown")} FROM";
        migrationBuilder.Sql($"""
            CREATE VIRTUAL TABLE ArticleSearch USING fts5(
                Headline, BodyMarkdown,
                content = '{content}', content_rowid = 'Id',
                tokenize = "{tokenizer}");
            """);
        migrationBuilder.Sql($"""
            CREATE TRIGGER ArticleSearchAfterInsert AFTER INSERT ON Articles BEGIN
                INSERT INTO ArticleSearch (rowid, Headline, BodyMarkdown) {fed} ({Stories("new")});
            END;
            """);
        migrationBuilder.Sql($"""
            CREATE TRIGGER ArticleSearchAfterDelete AFTER DELETE ON Articles BEGIN
                INSERT INTO ArticleSearch (ArticleSearch, rowid, Headline, BodyMarkdown) SELECT 'delete', * FROM ({fed} ({Stories("old")}));
            END;
            """);
        migrationBuilder.Sql($"""
            CREATE TRIGGER ArticleSearchAfterUpdate AFTER UPDATE OF Headline, BodyMarkdown ON Articles BEGIN
                INSERT INTO ArticleSearch (ArticleSearch, rowid, Headline, BodyMarkdown) SELECT 'delete', * FROM ({fed} ({Stories("old")}));
                INSERT INTO ArticleSearch (rowid, Headline, BodyMarkdown) {fed} ({Stories("new")});
            END;
            """);
        // Not 'rebuild', which would index the content as highlight() reads it.
        migrationBuilder.Sql($"INSERT INTO ArticleSearch (rowid, Headline, BodyMarkdown) {fed} ({Stories("Articles")} FROM Articles);");
    }
}
