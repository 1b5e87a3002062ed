using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsPortal.Web.Data.Migrations
{
    /// <summary>
    /// Each revision keeps the story's state when it was saved, so that the history tells a scheduled story from a live
    /// one; older revisions get it where what they recorded tells it (<see cref="StoredRevisionStates"/>).
    /// </summary>
    public partial class RevisionStates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "ScheduledFor",
                table: "ArticleRevisions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "State",
                table: "ArticleRevisions",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.Sql(StoredRevisionStates.Derive);
            migrationBuilder.Sql(StoredRevisionStates.DeriveScheduledTimes);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ScheduledFor",
                table: "ArticleRevisions");

            migrationBuilder.DropColumn(
                name: "State",
                table: "ArticleRevisions");
        }
    }
}
