using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsPortal.Web.Data.Migrations
{
    /// <summary>
    /// The newsroom list's "mine" and "sent back" filters: each story records whether it is a draft sent back to its
    /// author (marked from the revisions for drafts sent back before, see <see cref="StoredReviewRounds"/>), and
    /// indexes read one author's stories, or the few sent-back drafts, in each order of the list. The index of the
    /// users' foreign key gives way to the author's, which it leads. Plain CREATE INDEX and ALTER TABLE: a rebuilt
    /// table of stories would lose SQLite's search triggers.
    /// </summary>
    public partial class SentBackFilter : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Articles_AuthorId",
                table: "Articles");

            migrationBuilder.AddColumn<bool>(
                name: "SentBack",
                table: "Articles",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.Sql(StoredReviewRounds.MarkSentBack);

            migrationBuilder.CreateIndex(
                name: "IX_Articles_Mine_Headline",
                table: "Articles",
                columns: new[] { "AuthorId", "HeadlineSortKey", "Id", "SentBack", "Headline" });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_Mine_LastChange",
                table: "Articles",
                columns: new[] { "AuthorId", "UpdatedAt", "Id", "SentBack", "Headline" });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_Mine_PublishTime",
                table: "Articles",
                columns: new[] { "AuthorId", "PublishedAt", "Id", "SentBack", "Headline" });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_MineByState_Headline",
                table: "Articles",
                columns: new[] { "AuthorId", "Status", "HeadlineSortKey", "Id", "PublishedAt", "Headline" });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_MineByState_LastChange",
                table: "Articles",
                columns: new[] { "AuthorId", "Status", "UpdatedAt", "Id", "PublishedAt", "Headline" });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_MineByState_PublishTime",
                table: "Articles",
                columns: new[] { "AuthorId", "Status", "PublishedAt", "Id", "Headline" });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_SentBack_Headline",
                table: "Articles",
                columns: new[] { "SentBack", "HeadlineSortKey", "Id", "AuthorId", "Headline" },
                filter: "\"SentBack\"");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_SentBack_LastChange",
                table: "Articles",
                columns: new[] { "SentBack", "UpdatedAt", "Id", "AuthorId", "Headline" },
                filter: "\"SentBack\"");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_SentBack_PublishTime",
                table: "Articles",
                columns: new[] { "SentBack", "PublishedAt", "Id", "AuthorId", "Headline" },
                filter: "\"SentBack\"");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Articles_Mine_Headline",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_Mine_LastChange",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_Mine_PublishTime",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_MineByState_Headline",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_MineByState_LastChange",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_MineByState_PublishTime",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_SentBack_Headline",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_SentBack_LastChange",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_SentBack_PublishTime",
                table: "Articles");

            // EF Core would rebuild the table to drop a column, and the search triggers with it.
            migrationBuilder.Sql("ALTER TABLE \"Articles\" DROP COLUMN \"SentBack\";");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_AuthorId",
                table: "Articles",
                column: "AuthorId");
        }
    }
}
