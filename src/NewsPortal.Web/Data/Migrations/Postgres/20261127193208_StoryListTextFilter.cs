using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsPortal.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class StoryListTextFilter : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Articles_PublishedAt_Id",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_Status_PublishedAt_Id",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_Status_UpdatedAt",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_UpdatedAt_Id",
                table: "Articles");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_PublishedAt_Id_Headline",
                table: "Articles",
                columns: new[] { "PublishedAt", "Id", "Headline" });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_Status_PublishedAt_Id_Headline",
                table: "Articles",
                columns: new[] { "Status", "PublishedAt", "Id", "Headline" });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_Status_UpdatedAt_Id_Headline",
                table: "Articles",
                columns: new[] { "Status", "UpdatedAt", "Id", "Headline" });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_UpdatedAt_Id_Headline",
                table: "Articles",
                columns: new[] { "UpdatedAt", "Id", "Headline" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Articles_PublishedAt_Id_Headline",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_Status_PublishedAt_Id_Headline",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_Status_UpdatedAt_Id_Headline",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_UpdatedAt_Id_Headline",
                table: "Articles");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_PublishedAt_Id",
                table: "Articles",
                columns: new[] { "PublishedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_Status_PublishedAt_Id",
                table: "Articles",
                columns: new[] { "Status", "PublishedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_Status_UpdatedAt",
                table: "Articles",
                columns: new[] { "Status", "UpdatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_UpdatedAt_Id",
                table: "Articles",
                columns: new[] { "UpdatedAt", "Id" });
        }
    }
}
