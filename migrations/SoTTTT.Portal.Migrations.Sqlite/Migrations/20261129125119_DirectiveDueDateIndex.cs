using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SoTTTT.Portal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DirectiveDueDateIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Assignments_DocumentId_CompletedOn_DueDate",
                table: "Assignments",
                columns: new[] { "DocumentId", "CompletedOn", "DueDate" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Assignments_DocumentId_CompletedOn_DueDate",
                table: "Assignments");
        }
    }
}
