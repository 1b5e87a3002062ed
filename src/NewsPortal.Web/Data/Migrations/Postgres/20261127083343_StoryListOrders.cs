using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsPortal.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class StoryListOrders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Articles_PublishedAt_Id",
                table: "Articles",
                columns: new[] { "PublishedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_Status_Headline_Id",
                table: "Articles",
                columns: new[] { "Status", "Headline", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_UpdatedAt_Id",
                table: "Articles",
                columns: new[] { "UpdatedAt", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Articles_PublishedAt_Id",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_Status_Headline_Id",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_UpdatedAt_Id",
                table: "Articles");
        }
    }
}
