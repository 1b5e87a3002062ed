using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsPortal.Web.Data.Migrations.Postgres
{
    /// <summary>The same change as SQLite's <see cref="Migrations.SentBackFilter"/>, in the same SQL.</summary>
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
                type: "boolean",
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

            migrationBuilder.DropColumn(
                name: "SentBack",
                table: "Articles");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_AuthorId",
                table: "Articles",
                column: "AuthorId");
        }
    }
}
