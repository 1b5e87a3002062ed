using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsPortal.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class FlagIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Articles_GoLivePending_PublishedAt",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_IsHot_Status_PublishedAt_Id",
                table: "Articles");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_GoLivePending",
                table: "Articles",
                columns: new[] { "Status", "PublishedAt" },
                filter: "\"GoLivePending\"");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_Hot",
                table: "Articles",
                columns: new[] { "Status", "PublishedAt", "Id" },
                filter: "\"IsHot\"");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Articles_GoLivePending",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_Hot",
                table: "Articles");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_GoLivePending_PublishedAt",
                table: "Articles",
                columns: new[] { "GoLivePending", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_IsHot_Status_PublishedAt_Id",
                table: "Articles",
                columns: new[] { "IsHot", "Status", "PublishedAt", "Id" });
        }
    }
}
