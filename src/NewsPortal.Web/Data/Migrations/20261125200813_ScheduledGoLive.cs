using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsPortal.Web.Data.Migrations
{
    /// <summary>
    /// Marks scheduled stories until their going live is recorded; stories already scheduled when this runs are
    /// marked too (times are stored as sortable UTC text).
    /// </summary>
    public partial class ScheduledGoLive : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "GoLivePending",
                table: "Articles",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateIndex(
                name: "IX_Articles_GoLivePending_PublishedAt",
                table: "Articles",
                columns: new[] { "GoLivePending", "PublishedAt" });

            migrationBuilder.Sql("""
                UPDATE "Articles" SET "GoLivePending" = 1
                WHERE "Status" = 'Published' AND "PublishedAt" > strftime('%Y-%m-%d %H:%M:%f', 'now');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Articles_GoLivePending_PublishedAt",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "GoLivePending",
                table: "Articles");
        }
    }
}
