using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SoTTTT.Portal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DashboardIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_ProgressReports_DocumentId_Status",
                table: "ProgressReports",
                columns: new[] { "DocumentId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ProgressReports_SubmittedAtUtc",
                table: "ProgressReports",
                column: "SubmittedAtUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ProgressReports_DocumentId_Status",
                table: "ProgressReports");

            migrationBuilder.DropIndex(
                name: "IX_ProgressReports_SubmittedAtUtc",
                table: "ProgressReports");
        }
    }
}
