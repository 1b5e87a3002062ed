using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsPortal.Web.Data.Migrations
{
    /// <summary>
    /// Indexes every story again with the apostrophes inside its words as part of them (<see cref="Search.SearchApostrophes"/>):
    /// "Kam'yanets", "Kam’yanets" and "Kamʼyanets" are all the word "kamyanets". Each apostrophe is fed to the index as
    /// a combining mark, which the tokenizer keeps in its word and drops with the accents; highlight() and snippet()
    /// read the stories through the view ArticleSearchText, which writes the same marks, so that they see the same
    /// words in the same places as the index (search puts the apostrophes back in what they mark).
    /// </summary>
    public partial class ApostrophesInWords : Migration
    {
        private const string Tokenizer = "unicode61 remove_diacritics 2 separators 'ʼ'";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            SqliteSearchIndex.Drop(migrationBuilder);
            migrationBuilder.Sql($"""
                CREATE VIEW ArticleSearchText AS
                SELECT Id, {SearchIndexText.ApostrophesInWords("Headline")} AS Headline,
                       {SearchIndexText.ApostrophesInWords("BodyMarkdown")} AS BodyMarkdown
                FROM Articles;
                """);
            SqliteSearchIndex.Create(migrationBuilder, "ArticleSearchText", Tokenizer, SearchIndexText.Folded, SearchIndexText.ApostrophesInWords);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            SqliteSearchIndex.Drop(migrationBuilder);
            migrationBuilder.Sql("DROP VIEW ArticleSearchText;");
            SqliteSearchIndex.Create(migrationBuilder, "Articles", Tokenizer, SearchIndexText.Folded);
        }
    }
}
