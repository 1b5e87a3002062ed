using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsPortal.Web.Data.Migrations
{
    /// <summary>
    /// Indexes every story again with the letters of <see cref="Search.SearchFolding"/> folded (ł → l, ø → o, ß → ss…),
    /// which FTS5's unicode61 tokenizer keeps as they are, and with U+02BC (ʼ, the Ukrainian apostrophe) between words,
    /// as ’ and ' already are ("Umerovʼs" holds the word "umerov"). The index is fed the folded text while highlight()
    /// and snippet() still read the stories as written: folding turns letters into letters, so both see the same
    /// words in the same places. The letters are written out here, not read from SearchFolding, so that this
    /// migration stays what it was when it ran; a test checks the two agree.
    /// </summary>
    public partial class SearchFolding : Migration
    {
        private static readonly (string Letter, string Plain)[] Letters =
        [
            ("ł", "l"), ("Ł", "L"), ("ø", "o"), ("Ø", "O"), ("đ", "d"), ("Đ", "D"), ("ð", "d"), ("Ð", "D"),
            ("þ", "th"), ("Þ", "Th"), ("ß", "ss"), ("ẞ", "SS"), ("æ", "ae"), ("Æ", "Ae"), ("œ", "oe"), ("Œ", "Oe"),
            ("ı", "i"), ("ħ", "h"), ("Ħ", "H"), ("ŧ", "t"), ("Ŧ", "T"),
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            DropIndex(migrationBuilder);
            CreateIndex(migrationBuilder, "unicode61 remove_diacritics 2 separators 'ʼ'", Folded);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            DropIndex(migrationBuilder);
            CreateIndex(migrationBuilder, "unicode61 remove_diacritics 2", column => column);
        }

        private static string Folded(string column) =>
            Letters.Aggregate(column, (text, pair) => $"replace({text}, '{pair.Letter}', '{pair.Plain}')");

        private static void DropIndex(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER ArticleSearchAfterUpdate;");
            migrationBuilder.Sql("DROP TRIGGER ArticleSearchAfterDelete;");
            migrationBuilder.Sql("DROP TRIGGER ArticleSearchAfterInsert;");
            migrationBuilder.Sql("DROP TABLE ArticleSearch;");
        }

        private static void CreateIndex(MigrationBuilder migrationBuilder, string tokenizer, Func<string, string> indexed)
        {
            migrationBuilder.Sql($"""
                CREATE VIRTUAL TABLE ArticleSearch USING fts5(
                    Headline, BodyMarkdown,
                    content = 'Articles', content_rowid = 'Id',
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
            // Not 'rebuild', which would index the stories as written.
            migrationBuilder.Sql($"INSERT INTO ArticleSearch (rowid, Headline, BodyMarkdown) SELECT Id, {indexed("Headline")}, {indexed("BodyMarkdown")} FROM Articles;");
        }
    }
}
