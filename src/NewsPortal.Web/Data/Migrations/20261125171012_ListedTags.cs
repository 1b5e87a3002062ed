using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsPortal.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ListedTags : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ArticleTags_TagId_ArticleId",
                table: "ArticleTags");

            migrationBuilder.AddColumn<DateTime>(
                name: "ListedAt",
                table: "ArticleTags",
                type: "TEXT",
                nullable: true);

            // Stores made before this column get it filled once from their stories.
            migrationBuilder.Sql("""
                UPDATE "ArticleTags" SET "ListedAt" = (
                    SELECT a."PublishedAt" FROM "Articles" a
                    WHERE a."Id" = "ArticleTags"."ArticleId" AND a."Status" = 'Published');
                """);

            migrationBuilder.CreateIndex(
                name: "IX_ArticleTags_TagId_ListedAt_ArticleId",
                table: "ArticleTags",
                columns: new[] { "TagId", "ListedAt", "ArticleId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ArticleTags_TagId_ListedAt_ArticleId",
                table: "ArticleTags");

            migrationBuilder.DropColumn(
                name: "ListedAt",
                table: "ArticleTags");

            migrationBuilder.CreateIndex(
                name: "IX_ArticleTags_TagId_ArticleId",
                table: "ArticleTags",
                columns: new[] { "TagId", "ArticleId" });
        }
    }
}
