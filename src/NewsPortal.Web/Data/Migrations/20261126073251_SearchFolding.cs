using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsPortal.Web.Data.Migrations
{
    /// <summary>
    /// Indexes every story again with the letters of <see cref="Search.SearchFolding"/> folded (ł → l, ø → o, ß → ss…),
    /// which FTS5's unicode61 tokenizer keeps as they are, and with U+02BC (ʼ, the Ukrainian apostrophe) between words,
    /// as ’ and ' already are ("Umerovʼs" holds the word "umerov"). The index is fed the folded text while highlight()
    /// and snippet() still read the stories as written: folding turns letters into letters, so both see the same
    /// words in the same places. The letters are written out (<see cref="SearchIndexText"/>), not read from
    /// SearchFolding, so that this migration stays what it was when it ran.
    /// </summary>
    public partial class SearchFolding : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            SqliteSearchIndex.Drop(migrationBuilder);
            SqliteSearchIndex.Create(migrationBuilder, "Articles", "unicode61 remove_diacritics 2 separators 'ʼ'", SearchIndexText.Folded);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            SqliteSearchIndex.Drop(migrationBuilder);
            SqliteSearchIndex.Create(migrationBuilder, "Articles", "unicode61 remove_diacritics 2", column => column);
        }
    }
}
